// WordPress post HTML (classic or block editor, with shortcodes) → Silkpress Markdown.
import type { ConvertContentOptions, ConvertedContent } from './convert-types.ts';
import { stripBlockComments } from './block-comments.ts';
import type TurndownService from 'turndown';
import { fastHtmlToMarkdown } from './fast-markdown.ts';
import { FootnoteNumbering } from './footnotes.ts';
import { createMarkdownConverter } from './markdown-converter.ts';
import { createShortcodeHandler, ENCLOSING_SHORTCODES } from './render-shortcodes.ts';
import { isPlainText, plainTextToMarkdown } from './plain-text.ts';
import { replaceShortcodes } from './shortcodes.ts';
import { wpautop } from './wpautop.ts';

const KNOWN_SHORTCODES = new Set(['caption', 'wp_caption', 'gallery', 'embed', 'video', 'audio']);
/** Void blocks that carry no content of their own but are handled elsewhere. */
const QUIET_VOID_BLOCKS = new Set(['footnotes', 'more', 'nextpage', 'separator', 'spacer']);

/**
 * Converts WordPress HTML to Markdown the way WordPress would display it: block delimiters
 * stripped, wpautop applied to classic content, core shortcodes rendered, unknown ones kept as
 * visible text. Pure: the same input always gives the same output.
 */
export function convertContent(html: string, options: ConvertContentOptions = {}): ConvertedContent {
  if (isPlainText(html)) {
    return { markdown: plainTextToMarkdown(html), warnings: [], unknownShortcodes: [], mediaUrls: [] };
  }
  const warnings: string[] = [];
  const warn = (w: string): void => void (warnings.includes(w) || warnings.push(w));
  const unknown = new Set<string>();
  const media = new Set<string>();
  let text = html.replace(/\r\n?/g, '\n');

  if (options.comment) {
    text = wpautop(text);
  } else {
    const stripped = stripBlockComments(text, options.reusableBlocks);
    const dynamic = [...new Set(stripped.voidBlocks.filter((name) => !QUIET_VOID_BLOCKS.has(name)))];
    if (dynamic.length > 0)
      warn(`blocks WordPress renders at view time were left out: ${dynamic.join(', ')}`);
    // WordPress skips wpautop for block-editor content (do_blocks removes the filter).
    text = stripped.hadBlocks ? stripped.html : wpautop(stripped.html);
    if (/<!--\s*nextpage\s*-->/.test(text))
      warn('<!--nextpage--> page breaks removed: the post shows as one page');
    const handle = createShortcodeHandler(options, warn);
    text = replaceShortcodes(text, ENCLOSING_SHORTCODES, handle, (name) => {
      if (!KNOWN_SHORTCODES.has(name)) unknown.add(name);
    });
  }

  const footnotes = new FootnoteNumbering(options.footnotesJson, warn);
  const rewriteUrl = options.rewriteUrl ?? ((url: string) => url);
  const addMedia = (url: string): void => void media.add(url);
  let converter: TurndownService | null = null;
  const turndown = (html: string): string =>
    (converter ??= createMarkdownConverter({ rewriteUrl, addMedia, warn, footnotes })).turndown(html);
  // Most posts are paragraphs, headings, lists and links: those skip the DOM (same output).
  const body = (fastHtmlToMarkdown(text, { rewriteUrl, addMedia }) ?? turndown(text)).trim();
  const notes = footnotes.definitions((note) => turndown(note).trim());
  const markdown = notes === '' ? body : `${body}\n\n${notes}`;
  if (unknown.size > 0) warn(`unknown shortcodes kept as text: ${[...unknown].join(', ')}`);
  return { markdown, warnings, unknownShortcodes: [...unknown], mediaUrls: [...media] };
}
