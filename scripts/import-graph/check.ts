// Judges an import graph against the layering rules: file-level circles, folder-level circles,
// imports that run back up, imports beside (into another feature's internals, or between HTTP
// surfaces), files in parts the layering does not know, and impure imports from pure folders.
import { type Edge, type ImportGraph, circles, partOf, subPartOf } from './graph.ts';
import { FEATURES, PURE_PACKAGES, SHARED_SURFACE, SURFACE_PARTS, pureFolderOf, rank } from './rules.ts';

/** Everything the check found; empty lists mean the tree is the architecture. */
export interface GraphReport {
  fileCircles: string[][];
  folderCircles: string[][];
  upward: Edge[];
  beside: Edge[];
  unplaced: string[];
  /** Imports from a pure folder of anything but pure folders, kernel/, a feature's index.ts or
   * an allowed package (`to` is the file or the package). */
  impure: Edge[];
}

function isPublicEntry(path: string): boolean {
  return /^[^/]+\/index\.ts$/.test(path);
}

/** Classifies one edge between two parts: fine, running back up, or beside. */
function judge(edge: Edge): 'ok' | 'up' | 'beside' | 'unplaced' {
  const from = partOf(edge.from);
  const to = partOf(edge.to);
  if (from === to) {
    if (!SURFACE_PARTS.has(from)) return 'ok';
    const a = subPartOf(edge.from);
    const b = subPartOf(edge.to);
    // A surface may use its own files, the shared helpers and the part's top-level files (the app).
    if (a === b || b === SHARED_SURFACE || b === '') return 'ok';
    // Only the part's top-level files (the app that registers every surface) import surfaces.
    return a === '' ? 'ok' : 'beside';
  }
  const rf = rank(from);
  const rt = rank(to);
  if (rf === undefined || rt === undefined) return 'unplaced';
  if (rt > rf) return 'ok';
  if (rt < rf) return 'up';
  return FEATURES.has(from) && FEATURES.has(to) && isPublicEntry(edge.to) ? 'ok' : 'beside';
}

/** The imports of pure folders that may do I/O: a module outside the pure folders, kernel/ and
 * the features' public entries, or a package not on the list. */
function impureImports(graph: ImportGraph): Edge[] {
  const found: Edge[] = [];
  for (const edge of graph.edges) {
    if (!pureFolderOf(edge.from)) continue;
    const to = partOf(edge.to);
    const pure =
      pureFolderOf(edge.to) !== null ||
      to === 'kernel' ||
      (FEATURES.has(to) && to !== partOf(edge.from) && isPublicEntry(edge.to));
    if (!pure) found.push(edge);
  }
  for (const ext of graph.externals ?? []) {
    if (pureFolderOf(ext.from) && !PURE_PACKAGES.has(ext.spec)) found.push({ from: ext.from, to: ext.spec });
  }
  return found;
}

/** Runs every rule over the graph. */
export function checkGraph(graph: ImportGraph): GraphReport {
  const upward: Edge[] = [];
  const beside: Edge[] = [];
  const unplaced = new Set<string>();
  const folderEdges = new Map<string, Edge>();
  for (const edge of graph.edges) {
    const verdict = judge(edge);
    if (verdict === 'up') upward.push(edge);
    else if (verdict === 'beside') beside.push(edge);
    else if (verdict === 'unplaced') {
      for (const p of [partOf(edge.from), partOf(edge.to)]) if (rank(p) === undefined) unplaced.add(p);
    }
    const from = partOf(edge.from);
    const to = partOf(edge.to);
    if (from !== to) folderEdges.set(`${from}>${to}`, { from, to });
  }
  const parts = [...new Set(graph.files.map(partOf))];
  return {
    fileCircles: circles(graph.files, graph.edges),
    folderCircles: circles(parts, [...folderEdges.values()]),
    upward,
    beside,
    unplaced: [...unplaced].sort(),
    impure: impureImports(graph),
  };
}
