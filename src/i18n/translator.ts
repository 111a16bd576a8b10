// The one function every interface string goes through: a Translator bound to one language,
// whose `t(key, values)` formats the catalog's ICU message (plural, select, numbers) with
// FormatJS intl-messageformat. Messages are compiled once per language on first use; a message
// that only joins text and plain arguments (most of them) is then a few string concatenations.
import { IntlMessageFormat } from 'intl-messageformat';
import { BoundedMemo } from '../kernel/bounded-memo.ts';
import {
  type AdminMessageKey,
  adminSourceCatalog,
  type Catalog,
  type MessageKey,
  shippedAdminCatalogs,
  shippedCatalogs,
  SOURCE_LOCALE,
  sourceCatalog,
} from './catalogs.ts';
import { ELEMENT, type MessageElement } from './message-ast.ts';
import { PSEUDO_LOCALE, pseudoMessage } from './pseudo-locale.ts';

/** Values of a plain message: text and numbers. */
export type MessageValues = Record<string, string | number>;

/** Values of a message formatted into parts: anything, and functions for its rich-text tags. */
export type PartValues<T> = Record<string, string | number | T | ((chunks: (string | T)[]) => T)>;

/** The interface text of one language (the reader's by default; `Translator<AdminMessageKey>` for the admin). */
export interface Translator<K extends string = MessageKey> {
  /** The catalog's locale, e.g. `zh-Hans`. */
  readonly locale: string;
  /** The BCP 47 tag of the text it writes, for `lang` attributes and `Intl` (e.g. `zh-CN`). */
  readonly lang: string;
  /** The message `key` as plain text (escape it where it goes into markup). */
  t(key: K, values?: MessageValues): string;
  /** The message as text parts and the caller's objects (for markup around some arguments). */
  parts<T extends object>(key: K, values: PartValues<T>): (string | T)[];
}

interface Compiled {
  format(values: MessageValues | undefined): string;
  intl: IntlMessageFormat;
  /** For a message of text and plain arguments: its pieces, argument names marked (else null). */
  pieces: { text: string; argument: boolean }[] | null;
}

/** Outputs kept per message of plurals or numbers at most (the 256 used last always among them). */
const MEMO_SIZE = 512;

/** The values of one call as a memo key (names and values; a name's place never matters). */
function memoKey(values: MessageValues): string {
  let key = '';
  for (const name of Object.keys(values).sort())
    key += `${name}\u0000${typeof values[name]}\u0000${values[name]}\u0001`;
  return key;
}

/** Parses `message` (or takes a parsed tree) into a formatter for `locale`. */
function compile(source: string | MessageElement[], locale: string): Compiled {
  const intl = new IntlMessageFormat(source as string, locale, undefined, { ignoreTag: false });
  const ast = intl.getAst() as unknown as MessageElement[];
  const simple = ast.every((el) => el.type === ELEMENT.literal || el.type === ELEMENT.argument);
  if (!simple) {
    // Plurals and numbers: the same few values come back on every page (a reading time, a
    // count), so each message keeps its recent outputs by value.
    const memo = new BoundedMemo<string, string>(MEMO_SIZE);
    return {
      intl,
      pieces: null,
      format: (values) => {
        const key = values ? memoKey(values) : '';
        const hit = memo.get(key);
        if (hit !== undefined) return hit;
        const result = intl.format(values);
        const out = typeof result === 'string' ? result : (result as unknown[]).join('');
        memo.set(key, out);
        return out;
      },
    };
  }
  // Text and plain arguments: concatenation (an argument is written as String(value), as
  // intl-messageformat writes it).
  const pieces = ast.map((el) => el.value ?? '');
  const isArgument = ast.map((el) => el.type === ELEMENT.argument);
  const marked = pieces.map((text, i) => ({ text, argument: isArgument[i] === true }));
  if (!isArgument.includes(true)) {
    const text = pieces.join('');
    return { intl, pieces: marked, format: () => text };
  }
  return {
    intl,
    pieces: marked,
    format: (values) => {
      let out = '';
      for (let i = 0; i < pieces.length; i++) {
        const piece = pieces[i] as string;
        if (!isArgument[i]) out += piece;
        else {
          const value = values?.[piece];
          if (value === undefined) throw new Error(`message argument "${piece}" is missing`);
          out += String(value);
        }
      }
      return out;
    },
  };
}

class CatalogTranslator<K extends string> implements Translator<K> {
  private readonly compiled = new Map<string, Compiled>();

  constructor(
    readonly locale: string,
    readonly lang: string,
    private readonly catalog: Catalog,
    private readonly pseudo: boolean,
    private readonly english: Readonly<Record<string, string>>,
  ) {}

  private message(key: K): Compiled {
    let c = this.compiled.get(key);
    if (c) return c;
    const own = this.catalog[key];
    const source = own ?? this.english[key];
    if (source === undefined) throw new Error(`no message "${key}" in any catalog`);
    if (this.pseudo) {
      const english = new IntlMessageFormat(source, SOURCE_LOCALE).getAst() as unknown as MessageElement[];
      c = compile(pseudoMessage(english), this.lang);
    } else {
      // A message missing from this catalog falls back to English (`i18n check` reports it).
      c = compile(source, own === undefined ? SOURCE_LOCALE : this.lang);
    }
    this.compiled.set(key, c);
    return c;
  }

  t(key: K, values?: MessageValues): string {
    return this.message(key).format(values);
  }

  parts<T extends object>(key: K, values: PartValues<T>): (string | T)[] {
    const message = this.message(key);
    if (message.pieces) {
      // Text and plain arguments (most messages around markup): no formatter needed.
      return message.pieces.map((p) => {
        if (!p.argument) return p.text;
        const value = values[p.text];
        if (value === undefined) throw new Error(`message argument "${p.text}" is missing`);
        return typeof value === 'object' ? (value as T) : String(value);
      });
    }
    return message.intl.formatToParts<T>(values as never).map((p) => p.value as string | T);
  }
}

/** The language part of a tag with its likely script (`zh-CN` → `zh-Hans`, `uz` → `uz-Latn`). */
function languageAndScript(tag: string): string | null {
  try {
    const max = new Intl.Locale(tag).maximize();
    return `${max.language}-${max.script ?? ''}`;
  } catch {
    return null;
  }
}

function primaryOf(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

/**
 * The catalog for `language`: the same tag, else the same language and script (`zh-CN` reads
 * `zh-Hans`, `kk-KZ` reads `kk`), else the same language in another script (`uz-Cyrl` reads
 * `uz-Latn`, and its text is marked as such). Null when no catalog is in that language.
 */
export function resolveCatalogLocale(
  language: string,
  available: Iterable<string>,
): { locale: string; sameScript: boolean } | null {
  const locales = [...available];
  const wanted = language.toLowerCase();
  const exact = locales.find((l) => l.toLowerCase() === wanted);
  if (exact) return { locale: exact, sameScript: true };
  const script = languageAndScript(language);
  if (script) {
    const same = locales.find((l) => l !== PSEUDO_LOCALE && languageAndScript(l) === script);
    if (same) return { locale: same, sameScript: true };
  }
  const primary = primaryOf(language);
  const other = locales.find((l) => l !== PSEUDO_LOCALE && primaryOf(l) === primary);
  return other ? { locale: other, sameScript: false } : null;
}

const translators = new Map<string, Translator>();

function build<K extends string>(
  language: string,
  fallback: string | undefined,
  catalogs: ReadonlyMap<string, Catalog>,
  english: Readonly<Record<string, string>>,
): Translator<K> {
  const names = [...catalogs.keys(), PSEUDO_LOCALE];
  const found =
    resolveCatalogLocale(language, names) ??
    (fallback ? resolveCatalogLocale(fallback, names) : null) ??
    ({ locale: SOURCE_LOCALE, sameScript: false } as const);
  const lang = found.sameScript && primaryOf(found.locale) === primaryOf(language) ? language : found.locale;
  if (found.locale === PSEUDO_LOCALE)
    return new CatalogTranslator<K>(PSEUDO_LOCALE, PSEUDO_LOCALE, {}, true, english);
  return new CatalogTranslator<K>(found.locale, lang, catalogs.get(found.locale) ?? {}, false, english);
}

/**
 * The translator for text in `language` (a BCP 47 tag): its catalog, else `fallback`'s (the
 * site's language, for an article in a language without a catalog), else English. Made once per
 * pair and kept: a page asks for it with one Map lookup.
 */
export function translatorFor(language: string, fallback?: string): Translator {
  const key = fallback ? `${language}|${fallback}` : language;
  let t = translators.get(key);
  if (!t) {
    t = build<MessageKey>(language, fallback, shippedCatalogs(), sourceCatalog);
    translators.set(key, t);
  }
  return t;
}

const adminTranslators = new Map<string, Translator<AdminMessageKey>>();

/**
 * The admin's interface text in `language`: the admin catalog of that language (`en`, `zh-Hans`,
 * `ru`, and the pseudo-locale), else English. The admin has fewer languages than the reader's
 * side, so a site in Kazakh gets an English admin unless the user picks another in their profile.
 */
export function adminTranslatorFor(language: string): Translator<AdminMessageKey> {
  let t = adminTranslators.get(language);
  if (!t) {
    t = build<AdminMessageKey>(language, undefined, shippedAdminCatalogs(), adminSourceCatalog);
    adminTranslators.set(language, t);
  }
  return t;
}

/** The locales of the admin catalogs (English first), without the pseudo-locale. */
export function adminLocales(): string[] {
  const names = [...shippedAdminCatalogs().keys()].filter((l) => l !== SOURCE_LOCALE);
  return [SOURCE_LOCALE, ...names];
}

/** The locales of the shipped catalogs (English first), without the pseudo-locale. */
export function shippedLocales(): string[] {
  const names = [...shippedCatalogs().keys()].filter((l) => l !== SOURCE_LOCALE);
  return [SOURCE_LOCALE, ...names];
}
