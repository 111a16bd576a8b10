// The message catalogs: one JSON file per language in ./catalogs/ (a flat object, key → ICU
// message), read once. English is the source catalog: its keys are the type of every key, and
// a key missing elsewhere falls back to it. Adding a language is adding a file (docs/translating.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import adminEn from './admin-catalogs/en.json' with { type: 'json' };
import en from './catalogs/en.json' with { type: 'json' };

/** Every message key (the English catalog's). */
export type MessageKey = keyof typeof en;

/** Every key of the admin's interface (its English catalog's). */
export type AdminMessageKey = keyof typeof adminEn;

/** A catalog: key → ICU MessageFormat string. */
export type Catalog = Record<string, string>;

/** The source language, whose catalog every other one translates. */
export const SOURCE_LOCALE = 'en';

/** The English catalog. */
export const sourceCatalog: Readonly<Record<MessageKey, string>> = en;

/** The English admin catalog. */
export const adminSourceCatalog: Readonly<Record<AdminMessageKey, string>> = adminEn;

/** True when `key` names a message of the catalogs (a key built from a value, such as a status). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(sourceCatalog, key);
}

/** True when `key` names a message of the admin catalogs (a form's error given as a key). */
export function isAdminMessageKey(key: string): key is AdminMessageKey {
  return Object.hasOwn(adminSourceCatalog, key);
}

/** The folder of the shipped catalogs. */
export const CATALOG_DIR = fileURLToPath(new URL('./catalogs/', import.meta.url));

/** The folder of the admin's catalogs (English, Simplified Chinese, Russian). */
export const ADMIN_CATALOG_DIR = fileURLToPath(new URL('./admin-catalogs/', import.meta.url));

let loaded: Map<string, Catalog> | null = null;
let adminLoaded: Map<string, Catalog> | null = null;

/** Reads every `*.json` in a catalog folder: locale (the file name) → catalog. */
export function readCatalogDir(dir: string): Map<string, Catalog> {
  const catalogs = new Map<string, Catalog>();
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    const locale = file.slice(0, -'.json'.length);
    const parsed: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error(`catalog ${file}: expected an object of key → message`);
    const catalog: Catalog = {};
    for (const [key, message] of Object.entries(parsed)) {
      if (typeof message !== 'string') throw new Error(`catalog ${file}: ${key} is not a string`);
      catalog[key] = message;
    }
    catalogs.set(locale, catalog);
  }
  return catalogs;
}

/** The shipped catalogs (read on first use), English included. */
export function shippedCatalogs(): ReadonlyMap<string, Catalog> {
  loaded ??= readCatalogDir(CATALOG_DIR);
  return loaded;
}

/** The shipped admin catalogs (read on first use), English included. */
export function shippedAdminCatalogs(): ReadonlyMap<string, Catalog> {
  adminLoaded ??= readCatalogDir(ADMIN_CATALOG_DIR);
  return adminLoaded;
}
