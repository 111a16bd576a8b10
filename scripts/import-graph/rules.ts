// The layering of src/ (DESIGN.md §2), as data: each top-level folder (or root file) has a rank,
// and an import may only point to a higher rank number (further down the list). Folders that
// share a rank sit beside each other: they may not import each other, except features, which may
// use another feature's public entry (its index.ts) as long as no folder-level circle forms.

import layering from './layers.json' with { type: 'json' };

/** A top-level part of src/ (a folder name, or a root file such as `main.ts`). */
export type Part = string;

/** Ranks from the top (entry points) to the bottom (the database layer): layers.json, which
 * eslint.config.js reads too. */
export const LAYERS: readonly (readonly Part[])[] = layering.layers;

/** Parts whose members may import each other's public entry (index.ts). */
export const FEATURES: ReadonlySet<Part> = new Set(LAYERS[layering.featureRank]);

/** Parts whose sub-folders are separate surfaces that may only share through `shared/`. */
export const SURFACE_PARTS: ReadonlySet<Part> = new Set([layering.surfacePart]);

/** The sub-folder every surface of a SURFACE_PART may import. */
export const SHARED_SURFACE = layering.sharedSurface;

const rankOf = new Map<Part, number>();
LAYERS.forEach((parts, rank) => parts.forEach((p) => rankOf.set(p, rank)));

/** The rank of a part, or undefined for a part the layering does not know. */
export function rank(part: Part): number | undefined {
  return rankOf.get(part);
}

/** Folders (paths under src/) whose modules must do no I/O. */
export const PURE_FOLDERS: readonly string[] = layering.pure.folders;

/** The packages and Node built-ins a pure folder may import. */
export const PURE_PACKAGES: ReadonlySet<string> = new Set(layering.pure.packages);

/** The pure folder holding `path`, or null. */
export function pureFolderOf(path: string): string | null {
  return PURE_FOLDERS.find((f) => path.startsWith(`${f}/`)) ?? null;
}
