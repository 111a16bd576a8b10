// Block-editor (Gutenberg) delimiters: `<!-- wp:name {"attrs"} -->…<!-- /wp:name -->` and void
// `<!-- wp:name /-->`. The HTML between delimiters is the saved static markup, which we keep.

const DELIMITER =
  /<!--\s+(\/)?wp:((?:[a-z][a-z0-9_-]*\/)?[a-z][a-z0-9_-]*)\s+(?:(\{[\s\S]*?\})\s+)?(\/)?-->/g;

/** Content without block delimiters; void blocks are rendered by WordPress at view time and have no saved HTML. */
export interface StrippedBlocks {
  html: string;
  hadBlocks: boolean;
  /** Names of void (server-rendered) blocks, e.g. 'archives', 'latest-posts', 'block' (reusable). */
  voidBlocks: string[];
}

/** The saved HTML of reusable blocks (items of post type `wp_block`), by WordPress id. */
export type ReusableBlocks = ReadonlyMap<number, string>;

/**
 * Removes block delimiters, keeping inner HTML, inlines reusable blocks (`<!-- wp:block
 * {"ref":12} /-->`) found in `reusable`, and lists the void blocks that were dropped.
 */
export function stripBlockComments(
  html: string,
  reusable: ReusableBlocks = new Map(),
  depth = 0,
): StrippedBlocks {
  const voidBlocks: string[] = [];
  let hadBlocks = false;
  const out = html.replace(
    DELIMITER,
    (_whole, _closer, rawName: string, attrs: string | undefined, isVoid) => {
      hadBlocks = true;
      const name = rawName.replace(/^core\//, '');
      if (!isVoid) return '';
      const ref = name === 'block' ? /"ref"\s*:\s*(\d+)/.exec(attrs ?? '')?.[1] : undefined;
      const inner = ref === undefined ? undefined : reusable.get(Number(ref));
      if (inner !== undefined && depth < 5) {
        const nested = stripBlockComments(inner, reusable, depth + 1);
        voidBlocks.push(...nested.voidBlocks);
        return nested.html;
      }
      voidBlocks.push(ref === undefined ? name : `block ${ref} (reusable, not in the export)`);
      return '';
    },
  );
  return { html: out, hadBlocks, voidBlocks };
}
