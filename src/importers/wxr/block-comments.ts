// Block-editor (Gutenberg) delimiters: `<!-- wp:name {"attrs"} -->…<!-- /wp:name -->` and void
// `<!-- wp:name /-->`. The HTML between delimiters is the saved static markup, which we keep.

const DELIMITER =
  /<!--\s+(\/)?wp:((?:[a-z][a-z0-9_-]*\/)?[a-z][a-z0-9_-]*)\s+(?:(\{[\s\S]*?\})\s+)?(\/)?-->/g;

/** Void blocks whose output WordPress renders at view time; they have no saved HTML to keep. */
export interface StrippedBlocks {
  html: string;
  hadBlocks: boolean;
  /** Names of void (server-rendered) blocks, e.g. 'archives', 'latest-posts', 'block' (reusable). */
  voidBlocks: string[];
}

/** True when the content was saved by the block editor (WordPress then skips wpautop). */
export function hasBlocks(html: string): boolean {
  return html.includes('<!-- wp:');
}

/** Removes block delimiters, keeping inner HTML, and lists the void blocks that were dropped. */
export function stripBlockComments(html: string): StrippedBlocks {
  const voidBlocks: string[] = [];
  let hadBlocks = false;
  const out = html.replace(DELIMITER, (_whole, _closer, name: string, _attrs, isVoid) => {
    hadBlocks = true;
    if (isVoid) voidBlocks.push(name.replace(/^core\//, ''));
    return '';
  });
  return { html: out, hadBlocks, voidBlocks };
}
