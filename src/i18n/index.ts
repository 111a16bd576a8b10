// Interface text in the reader's language: catalogs, the translator, the pseudo-locale and the
// catalog check (docs/translating.md).
export {
  type AdminMessageKey,
  type Catalog,
  isAdminMessageKey,
  isMessageKey,
  type MessageKey,
  readCatalogDir,
  shippedAdminCatalogs,
  shippedCatalogs,
  SOURCE_LOCALE,
} from './catalogs.ts';
export {
  adminLocales,
  adminTranslatorFor,
  type MessageValues,
  type PartValues,
  resolveCatalogLocale,
  shippedLocales,
  type Translator,
  translatorFor,
} from './translator.ts';
export { checkCatalogs, type CatalogProblem, formatProblems } from './check.ts';
export { PSEUDO_CLOSE, PSEUDO_LOCALE, PSEUDO_OPEN } from './pseudo-locale.ts';
