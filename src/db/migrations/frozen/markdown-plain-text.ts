// Frozen: the Markdown → plain text rule of content/markdown.ts (toPlainText) as it was when
// migrations 007 and 015 were written. Migrations run on databases of any age, so they never
// import live feature code; never edit this file (a new rule gets a new copy).
import MarkdownIt, { type PluginSimple } from 'markdown-it';
import footnote from 'markdown-it-footnote';

/** Builds the frozen Markdown → plain text function (text, code and line breaks, tags dropped). */
export function frozenPlainText(): (markdown: string) => string {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: true }).use(
    footnote as unknown as PluginSimple,
  );
  type Tokens = ReturnType<typeof md.parse>;
  return (markdown) => {
    const out: string[] = [];
    const walk = (list: Tokens): void => {
      for (const t of list) {
        if (t.children) walk(t.children);
        else if (['text', 'code_inline', 'code_block', 'fence'].includes(t.type)) out.push(t.content);
        else if (t.type === 'softbreak' || t.type === 'hardbreak') out.push(' ');
        if (t.block && t.nesting === -1) out.push('\n');
      }
    };
    walk(md.parse(markdown, {}));
    return out
      .join('')
      .replace(/[ \t]+/g, ' ')
      .replace(/\n\s*/g, '\n')
      .trim();
  };
}
