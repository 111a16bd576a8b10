// The operator's theme as the configuration names it (THEME, THEME_CSS: docs/themes.md), loaded
// once at start: the module's exports and the stylesheet's text. views/theme.ts checks the
// module's shape and merges it over the stock theme (buildApp does, when it builds the site).
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Config } from '../config.ts';

/** What THEME and THEME_CSS name, loaded; null where nothing is configured (the stock theme). */
export interface ThemeSource {
  /** The THEME module's exports, with its absolute path (error messages name it). */
  module: { path: string; exports: Record<string, unknown> } | null;
  /** The THEME_CSS file's text, added after the theme's stylesheet. */
  css: { path: string; text: string } | null;
}

/** The stock theme alone. */
export const NO_THEME: ThemeSource = { module: null, css: null };

/** Imports the THEME module and reads the THEME_CSS file; fails naming the variable and file. */
export async function loadThemeSource(theme: Config['theme']): Promise<ThemeSource> {
  const module = theme.module
    ? {
        path: theme.module,
        exports: (await import(pathToFileURL(theme.module).href).catch((err: unknown) => {
          throw new Error(`THEME: cannot load ${theme.module}`, { cause: err });
        })) as Record<string, unknown>,
      }
    : null;
  const css = theme.css
    ? {
        path: theme.css,
        text: await readFile(theme.css, 'utf8').catch((err: unknown) => {
          throw new Error(`THEME_CSS: cannot read ${theme.css}`, { cause: err });
        }),
      }
    : null;
  return { module, css };
}
