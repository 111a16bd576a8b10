// Finding WordPress shortcodes in post text: `[name attrs]`, `[name attrs /]`,
// `[name attrs]content[/name]`, and the escaped form `[[name]]` which shows literally.

/** One shortcode occurrence. */
export interface Shortcode {
  name: string;
  /** Named attributes, keys lower-cased; values as written (HTML). */
  attrs: Record<string, string>;
  /** Attributes without a name (`[embed https://…]`). */
  positional: string[];
  /** Text between the opening and closing tag, or null for a self-contained shortcode. */
  content: string | null;
}

/** What to do with a shortcode: return its replacement HTML, or null to leave it as text. */
export type ShortcodeHandler = (shortcode: Shortcode) => string | null;

const OPEN = /\[([A-Za-z_][\w-]*)((?:\s(?:"[^"]*"|'[^']*'|[^\]"'])*)?)(\/?)\]/g;
const ATTR =
  /([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'"]+)|"([^"]*)"|'([^']*)'|(\S+)/g;
/** Regions where shortcodes are not expanded (code shows them literally). */
const CODE = /<(pre|code)\b[\s\S]*?<\/\1\s*>/gi;

/** Parses a shortcode's attribute text the way WordPress's shortcode_parse_atts does. */
export function parseShortcodeAttrs(text: string): Pick<Shortcode, 'attrs' | 'positional'> {
  const attrs: Record<string, string> = {};
  const positional: string[] = [];
  for (const m of text.trim().replace(/\/$/, '').matchAll(ATTR)) {
    const key = m[1] ?? m[3] ?? m[5];
    const value = m[2] ?? m[4] ?? m[6];
    if (key !== undefined && value !== undefined) attrs[key.toLowerCase()] = value;
    else positional.push(m[7] ?? m[8] ?? m[9] ?? '');
  }
  return { attrs, positional };
}

/**
 * Replaces shortcodes outside <pre>/<code>. `enclosing` names take content up to their closing
 * tag. `handle` returns replacement HTML or null (the text stays); every name found is reported.
 */
export function replaceShortcodes(
  html: string,
  enclosing: ReadonlySet<string>,
  handle: ShortcodeHandler,
  onName: (name: string) => void = () => {},
): string {
  let out = '';
  let last = 0;
  for (const code of html.matchAll(CODE)) {
    out += replaceIn(html.slice(last, code.index), enclosing, handle, onName) + code[0];
    last = code.index + code[0].length;
  }
  return out + replaceIn(html.slice(last), enclosing, handle, onName);
}

function replaceIn(
  text: string,
  enclosing: ReadonlySet<string>,
  handle: ShortcodeHandler,
  onName: (name: string) => void,
): string {
  let out = '';
  let pos = 0;
  const lower = text.toLowerCase();
  const open = new RegExp(OPEN.source, 'g');
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const [whole, rawName = '', attrText = '', selfClose] = m;
    const at = m.index;
    if (text[at - 1] === '[' && text[at + whole.length] === ']') {
      // [[name]] is WordPress's escape: show "[name]" literally.
      out += text.slice(pos, at - 1) + whole;
      pos = at + whole.length + 1;
      open.lastIndex = pos;
      continue;
    }
    const name = rawName.toLowerCase();
    let content: string | null = null;
    let end = at + whole.length;
    if (enclosing.has(name) && !selfClose) {
      const close = lower.indexOf(`[/${name}]`, end);
      if (close >= 0) {
        content = text.slice(end, close);
        end = close + name.length + 3;
      }
    }
    onName(name);
    const replacement = handle({ name, ...parseShortcodeAttrs(attrText), content });
    if (replacement !== null) {
      out += text.slice(pos, at) + replacement;
      pos = end;
      open.lastIndex = end;
    }
  }
  return out + text.slice(pos);
}
