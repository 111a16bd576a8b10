// Catalog messages inside markup: the message's own text is escaped, while values that are
// markup we rendered ourselves (a link, a <time>, as Html) and the message's rich-text tags
// (`<link>…</link>`) come out as written. Plain text goes through `ui.t` and the html tag instead.
import type { MessageKey, Translator } from '../i18n/index.ts';
import { BoundedMemo } from '../kernel/bounded-memo.ts';
import { type Html, html, isHtml } from './html.ts';

/** What a rich-text tag of the message becomes: its inner markup wrapped in our markup. */
export type TagRenderer = (inner: Html) => Html;

/**
 * Messages written recently, per translator, by key and values. A page writes the same few
 * messages on every render (the comment section's "N responses to “Title”", the byline's dates),
 * and a message with a plural goes through intl-messageformat's formatToParts each time: about
 * 0.15 ms of a 2 ms cache-off article render (docs/scaling.md, 2026-12-06). The markup depends on
 * nothing but the translator, the key and the values, so it is kept.
 */
const written = new WeakMap<object, BoundedMemo<string, Html>>();
/** Entries per translator at most (the 1,000 used last always among them). */
const MEMO_ENTRIES = 2000;
/** Longer keys (long values) are not kept: comparing them would cost what writing costs. */
const MAX_KEY_CHARS = 1000;

/**
 * The memo key of `key` with `values`: each name and value with its length, and each value with its
 * kind, since a number, a string and markup of the same characters write different markup (a
 * number is formatted, a string escaped).
 * Null when the values are too long to be worth keeping, or a number String() cannot tell apart.
 */
function memoKey(key: string, values: Record<string, string | number | Html>): string | null {
  let out = key;
  for (const name in values) {
    const value = values[name] as string | number | Html;
    let text: string;
    if (typeof value === 'number') {
      if (Object.is(value, -0)) return null;
      text = `n${value}`;
    } else if (typeof value === 'string') text = `s${value}`;
    else if (isHtml(value)) text = `h${value.text}`;
    else return null;
    // Lengths first: no name or value, whatever characters it holds, can pass for another.
    out += `|${name.length}:${name}${text.length}:${text}`;
    if (out.length > MAX_KEY_CHARS) return null;
  }
  return out;
}

/** The message `key` as markup (text escaped, Html values and tag output as written). */
export function messageHtml<K extends string = MessageKey>(
  ui: Translator<K>,
  key: K,
  values: Record<string, string | number | Html>,
  tags: Record<string, TagRenderer> = {},
): Html {
  // Tags are functions: a message with tags is written afresh.
  const memoised = Object.keys(tags).length === 0 ? memoKey(key, values) : null;
  let memo: BoundedMemo<string, Html> | undefined;
  if (memoised !== null) {
    memo = written.get(ui);
    const hit = memo?.get(memoised);
    if (hit !== undefined) return hit;
  }
  const all: Record<string, string | number | Html | ((chunks: (string | Html)[]) => Html)> = {
    ...values,
  };
  for (const [name, render] of Object.entries(tags)) all[name] = (chunks) => render(html`${chunks}`);
  const out = html`${ui.parts<Html>(key, all)}`;
  if (memoised !== null) {
    if (memo === undefined) written.set(ui, (memo = new BoundedMemo(MEMO_ENTRIES)));
    memo.set(memoised, out);
  }
  return out;
}
