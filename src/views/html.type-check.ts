// Checked by `tsc` (npm run typecheck), never run: a plain string where markup is expected is a
// type error. Each `@ts-expect-error` fails the type check if the line below it ever compiles.
import type { Html } from './html.ts';
import { html, unsafeRawHtml } from './html.ts';
import { renderLayout } from './layout.ts';
import type { LayoutInput } from './layout.ts';

export function plainStringsAreNotHtml(input: Omit<LayoutInput, 'main'>, readerText: string): Html[] {
  // @ts-expect-error a reader's string is not markup
  const fromString: Html = readerText;
  // @ts-expect-error nor is an object that looks like Html
  const lookalike: Html = { text: readerText };
  // @ts-expect-error a page's main content must be Html
  const page = renderLayout({ ...input, main: readerText });
  // @ts-expect-error booleans are not interpolated (`${cond && html`…`}` would write "false")
  const flag = html`<p>${readerText.length > 3}</p>`;
  return [fromString, lookalike, page, flag, unsafeRawHtml('<hr>'), html`<p>${readerText}</p>`];
}
