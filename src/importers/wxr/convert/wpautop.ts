// WordPress's wpautop() semantics, reimplemented: blank lines separate paragraphs, a single line
// break is a <br>, block-level elements are never wrapped in <p>, and <pre>, <script>, <style>
// and comments are left untouched.

const BLOCK =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|' +
  'blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|' +
  'footer|nav|figure|figcaption|details|menu|summary|iframe|video|audio|object|embed|source)';
const OPEN_BLOCK = new RegExp(`(<${BLOCK}[\\s/>])`, 'gi');
const CLOSE_BLOCK = new RegExp(`(</${BLOCK}>)`, 'gi');
const P_BEFORE_BLOCK = new RegExp(`<p>\\s*(</?${BLOCK}[\\s/>][^>]*>|</?${BLOCK}>)`, 'gi');
const P_AFTER_BLOCK = new RegExp(`(</?${BLOCK}(?:[\\s/][^>]*)?>)\\s*</p>`, 'gi');
const BR_AFTER_BLOCK = new RegExp(`(</?${BLOCK}(?:[\\s/][^>]*)?>)\\s*<br />`, 'gi');
const BR_BEFORE_BLOCK =
  /<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol|figure|figcaption|table|tr)[\s/>])/gi;
const PROTECTED = /<(pre|script|style|textarea|svg|math|select)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
/** Shortcodes that render block output; on a line of their own they are not wrapped in <p>. */
const BLOCK_SHORTCODE = /^\[(caption|wp_caption|gallery|embed|video|audio|playlist)\b[\s\S]*\]$/;

const BLOCK_PROTECTED = /^<(pre|style|math|textarea|svg|select)\b/i;

/** Applies wpautop paragraph and line-break rules to classic-editor HTML. */
export function wpautop(html: string): string {
  if (html.trim() === '') return '';
  const saved: string[] = [];
  const hide = (m: string): string => {
    const mark = `\uE000${saved.push(m) - 1}\uE001`;
    return BLOCK_PROTECTED.test(m) ? `\n\n${mark}\n\n` : mark;
  };
  let text = html.replace(/\r\n?/g, '\n').replace(PROTECTED, hide);
  text = text.replace(/<[^>]*>/g, (tag) => tag.replace(/\n/g, ' '));
  text = text.replace(/<br\s*\/?>\s*<br\s*\/?>/gi, '\n\n');
  text = text.replace(OPEN_BLOCK, '\n\n$1').replace(CLOSE_BLOCK, '$1\n\n');
  text = text.replace(/<hr\s*\/?>/gi, '$&\n\n');
  text = text
    .split(/\n\s*\n/)
    .map((c) => c.trim())
    .filter((c) => c !== '')
    .map(paragraph)
    .join('\n');
  text = text.replace(/<p>\s*<\/p>/g, '');
  text = text.replace(P_BEFORE_BLOCK, '$1').replace(P_AFTER_BLOCK, '$1');
  text = text.replace(BR_AFTER_BLOCK, '$1').replace(BR_BEFORE_BLOCK, '$1');
  return text.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => saved[Number(i)] ?? '');
}

/** One chunk between blank lines: single line breaks become <br />, then it is wrapped in <p> unless it is a block. */
function paragraph(chunk: string): string {
  if (BLOCK_SHORTCODE.test(chunk) || /^\uE000\d+\uE001$/.test(chunk)) return chunk;
  const withBreaks = chunk.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/(?<!<br \/>)\n/g, '<br />\n');
  return `<p>${withBreaks}</p>`;
}
