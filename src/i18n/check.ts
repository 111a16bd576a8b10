// The catalog check behind `silkpress i18n check` and its unit test: for each language, the
// keys missing from its catalog or unknown to English, messages that do not parse, and
// placeholder mismatches (an argument or rich-text tag the English message has and the
// translation lacks, or the other way round, which would drop a value or fail at render time).
import { IntlMessageFormat } from 'intl-messageformat';
import type { Catalog } from './catalogs.ts';
import { type MessageElement, type MessageShape, shapeOf } from './message-ast.ts';

/** One problem in one catalog. */
export interface CatalogProblem {
  locale: string;
  key: string;
  kind: 'missing' | 'extra' | 'syntax' | 'placeholders';
  detail: string;
}

function parse(message: string, locale: string): MessageShape | string {
  try {
    return shapeOf(new IntlMessageFormat(message, locale).getAst() as unknown as MessageElement[]);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

const diff = (a: Set<string>, b: Set<string>): string[] => [...a].filter((x) => !b.has(x)).sort();

/** Compares every catalog with the source one (`source` names it in `catalogs`). */
export function checkCatalogs(catalogs: ReadonlyMap<string, Catalog>, source = 'en'): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const english = catalogs.get(source);
  if (!english)
    return [{ locale: source, key: '', kind: 'missing', detail: 'the source catalog is missing' }];
  const shapes = new Map<string, MessageShape>();
  for (const [key, message] of Object.entries(english)) {
    const shape = parse(message, source);
    if (typeof shape === 'string') problems.push({ locale: source, key, kind: 'syntax', detail: shape });
    else shapes.set(key, shape);
  }
  for (const [locale, catalog] of catalogs) {
    if (locale === source) continue;
    for (const key of Object.keys(english))
      if (!(key in catalog)) problems.push({ locale, key, kind: 'missing', detail: 'not translated' });
    for (const [key, message] of Object.entries(catalog)) {
      const want = shapes.get(key);
      if (!(key in english)) {
        problems.push({ locale, key, kind: 'extra', detail: 'no such key in the English catalog' });
        continue;
      }
      const shape = parse(message, locale);
      if (typeof shape === 'string') {
        problems.push({ locale, key, kind: 'syntax', detail: shape });
        continue;
      }
      if (!want) continue;
      const lacks = [
        ...diff(want.arguments, shape.arguments),
        ...diff(want.tags, shape.tags).map((t) => `<${t}>`),
      ];
      const adds = [
        ...diff(shape.arguments, want.arguments),
        ...diff(shape.tags, want.tags).map((t) => `<${t}>`),
      ];
      if (lacks.length || adds.length) {
        const said = [
          lacks.length ? `lacks ${lacks.join(', ')}` : '',
          adds.length ? `adds ${adds.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; ');
        problems.push({ locale, key, kind: 'placeholders', detail: said });
      }
    }
  }
  return problems;
}

/** The problems as lines for a person, grouped by language. */
export function formatProblems(problems: CatalogProblem[]): string[] {
  return problems.map((p) => `${p.locale}: ${p.kind} ${p.key}${p.detail ? ` (${p.detail})` : ''}`);
}
