// The view boundary: markup is a type of its own. `Html` is made only by the `html` template tag
// (which escapes every interpolated value that is not already Html) and by `unsafeRawHtml`, the one
// door for markup written elsewhere; each use of that door says why its input is safe. A plain
// string where markup is expected fails the type checker, and a string interpolated into `html`
// is text: it is escaped, never read as markup.
import { escapeHtml } from './escape-html.ts';

/** A piece of markup: escaped text and our own tags. Read it with `String(h)` or `h.text`. */
class Html {
  /** Makes the class nominal: an object literal with a `text` field is not Html. */
  declare private readonly brand: never;

  constructor(
    /** The markup as a string. */
    readonly text: string,
  ) {}

  toString(): string {
    return this.text;
  }
}

export type { Html };

/**
 * What a template may interpolate: markup (inserted as it is), text and numbers (escaped), a list
 * of these (each item as such), and nothing (null, undefined: empty). Booleans are not allowed: `${cond && html`…`}` would write
 * "false".
 */
export type HtmlValue = Html | readonly (Html | string)[] | string | number | null | undefined;

/** Whether `value` is markup made by this module. */
export const isHtml = (value: unknown): value is Html => value instanceof Html;

/** Empty markup. */
export const EMPTY_HTML: Html = new Html('');

function valueText(value: HtmlValue): string {
  if (typeof value === 'string') return escapeHtml(value);
  if (value instanceof Html) return value.text;
  if (value == null) return '';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    let out = '';
    for (const item of value as readonly (Html | string)[])
      out += item instanceof Html ? item.text : escapeHtml(String(item));
    return out;
  }
  // Unreachable for well-typed callers; escaped all the same.
  return escapeHtml(String(value));
}

/**
 * The template tag of every view: the literal parts are markup (written raw, as ghtml does),
 * every value is escaped unless it is Html. Escaping is ghtml's (escape-html.ts).
 */
export function html(literals: TemplateStringsArray, ...values: HtmlValue[]): Html {
  const raw = literals.raw;
  let out = raw[0] as string;
  for (let i = 0; i < values.length; i++) out += valueText(values[i]) + (raw[i + 1] as string);
  return new Html(out);
}

/**
 * THE escape hatch: `s` taken as markup, unescaped. Only for audited sources (Markdown rendered by
 * content/markdown.ts, the JSON-LD serialiser, the comment writer that escapes each value itself);
 * every use carries a comment saying why its input is safe. `grep -rn unsafeRawHtml src` lists them.
 */
export function unsafeRawHtml(s: string): Html {
  return new Html(s);
}

/** Several pieces of markup as one, with `separator` (markup too) between them. */
export function joinHtml(items: readonly Html[], separator: Html = EMPTY_HTML): Html {
  let out = '';
  for (let i = 0; i < items.length; i++) out += (i ? separator.text : '') + (items[i] as Html).text;
  return new Html(out);
}
