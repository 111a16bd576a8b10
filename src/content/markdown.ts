// Markdown → safe HTML for articles (raw HTML disabled, dangerous link schemes refused by
// markdown-it), and Markdown → plain text for excerpts, search and reading time.
import MarkdownIt, { type PluginSimple } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { ARTICLE_IMAGE_SIZES, mediaSrcset } from '../media/index.ts';

/** Renders article Markdown: CommonMark + GFM tables and strikethrough + footnotes. */
export interface MarkdownRenderer {
  toHtml(markdown: string): string;
  toPlainText(markdown: string): string;
  /** Both at once, parsing the Markdown once (what toHtml and toPlainText give). */
  toHtmlAndText(markdown: string): { html: string; text: string };
}

/** Builds the renderer the public site and the admin preview share. */
export function createMarkdownRenderer(): MarkdownRenderer {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: true }).use(
    // The plugin's bundled types point at markdown-it's CommonJS typings; the runtime is the same.
    footnote as unknown as PluginSimple,
  );

  const defaultImage = md.renderer.rules.image;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    token?.attrSet('loading', 'lazy');
    token?.attrSet('decoding', 'async');
    // Our own uploads have WebP variants: let the browser pick the width it needs.
    const srcset = mediaSrcset(token?.attrGet('src') ?? '');
    if (srcset) {
      token?.attrSet('srcset', srcset);
      token?.attrSet('sizes', ARTICLE_IMAGE_SIZES);
    }
    return defaultImage
      ? defaultImage(tokens, idx, options, env, self)
      : self.renderToken(tokens, idx, options);
  };
  // Wide tables scroll inside a focusable region instead of breaking narrow layouts.
  md.renderer.rules.table_open = () =>
    '<div class="table-wrap" tabindex="0" role="region" aria-label="Table">\n<table>\n';
  md.renderer.rules.table_close = () => '</table>\n</div>\n';
  // Column alignment as a class, not an inline style: the Content-Security-Policy blocks
  // inline styles.
  for (const cell of ['th_open', 'td_open'] as const) {
    md.renderer.rules[cell] = (tokens, idx, options, _env, self) => {
      const token = tokens[idx];
      const align = token?.attrGet('style')?.match(/text-align:(left|right|center)/)?.[1];
      if (token && align) {
        token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
        token.attrJoin('class', `align-${align}`);
      }
      return self.renderToken(tokens, idx, options);
    };
  }

  type Tokens = ReturnType<typeof md.parse>;
  const plainText = (tokens: Tokens): string => {
    const out: string[] = [];
    const walk = (list: Tokens): void => {
      for (const t of list) {
        if (t.children) walk(t.children);
        else if (
          t.type === 'text' ||
          t.type === 'code_inline' ||
          t.type === 'code_block' ||
          t.type === 'fence'
        )
          out.push(t.content);
        else if (t.type === 'softbreak' || t.type === 'hardbreak') out.push(' ');
        if (t.block && t.nesting === -1) out.push('\n');
      }
    };
    walk(tokens);
    return out
      .join('')
      .replace(/[ \t]+/g, ' ')
      .replace(/\n\s*/g, '\n')
      .trim();
  };

  return {
    toHtml: (markdown) => md.render(markdown),
    toPlainText: (markdown) => plainText(md.parse(markdown, {})),
    toHtmlAndText(markdown) {
      // md.render(src) is renderer.render(parse(src, env), options, env); the text walk reads
      // only token types and contents, which rendering does not change, so it goes first.
      const env = {};
      const tokens = md.parse(markdown, env);
      const text = plainText(tokens);
      return { html: md.renderer.render(tokens, md.options, env), text };
    },
  };
}

/** The first `max` characters of plain text, cut at a word boundary, with an ellipsis. */
export function truncateText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/u, '')}…`;
}
