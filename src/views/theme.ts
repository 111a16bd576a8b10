// The site theme: the public stylesheet and the views a site may replace (layout, header, footer,
// article page, article card). The stock theme is today's views and theme.css; an operator's theme
// (THEME, THEME_CSS: docs/themes.md) is a partial one merged over it, each replaced view receiving
// the one it replaces as `parent`, as a WordPress child theme falls back to its parent's templates.
import type { ThemeSource } from '../compose/theme-source.ts';
import { renderArticleCard } from './article-card.ts';
import { defaultArticlePage } from './article-page.ts';
import { themeCss } from './assets.ts';
import { EMPTY_HTML, type Html, html } from './html.ts';
import { defaultLayout } from './layout.ts';
import { renderSiteFooter } from './site-footer.ts';
import { renderSiteHeader } from './site-header.ts';
import type { ThemeViews } from './types.ts';

export type { ThemeViews } from './types.ts';

/** A complete theme: its name, the public pages' stylesheet and every view. */
export interface Theme {
  name: string;
  /** The whole stylesheet of the public pages (served fingerprinted, cached for a year). */
  css: string;
  views: ThemeViews;
}

/** A replacement for one view: its props, and the view it replaces (call it to wrap it). */
export type ViewOverride<K extends keyof ThemeViews> = (
  props: Parameters<ThemeViews[K]>[0],
  parent: ThemeViews[K],
) => Html;

/** What a theme module gives: any of a name, a stylesheet (replacing the stock one) and views. */
export interface ThemeOverrides {
  name?: string;
  css?: string;
  views?: { [K in keyof ThemeViews]?: ViewOverride<K> };
}

/** What a theme module written as a function receives, so it needs no import from Silkpress. */
export interface ThemeKit {
  /** The template tag: escapes every interpolated value that is not itself markup. */
  html: typeof html;
  EMPTY_HTML: Html;
  /** The stock theme (its `css` to extend, its views to reuse). */
  defaultTheme: Theme;
}

/** The stock theme. */
export const defaultTheme: Theme = {
  name: 'default',
  css: themeCss,
  views: {
    layout: defaultLayout,
    siteHeader: renderSiteHeader,
    siteFooter: renderSiteFooter,
    article: defaultArticlePage,
    articleCard: renderArticleCard,
  },
};

const VIEW_NAMES = Object.keys(defaultTheme.views) as Array<keyof ThemeViews>;

/** Thrown when a theme module does not have the shape of a theme; names the module and the problem. */
export class ThemeError extends Error {
  constructor(origin: string, problem: string) {
    super(`Theme ${origin}: ${problem}`);
    this.name = 'ThemeError';
  }
}

/** `base` with `overrides` merged over it: each replaced view gets the base's as its parent. */
export function applyTheme(base: Theme, overrides: ThemeOverrides): Theme {
  const views = { ...base.views };
  for (const name of VIEW_NAMES) {
    const override = overrides.views?.[name] as ViewOverride<typeof name> | undefined;
    if (!override) continue;
    const parent = base.views[name] as (props: unknown) => Html;
    (views as Record<string, (props: unknown) => Html>)[name] = (props) =>
      (override as (props: unknown, parent: (props: unknown) => Html) => Html)(props, parent);
  }
  return { name: overrides.name ?? base.name, css: overrides.css ?? base.css, views };
}

/**
 * The overrides a theme module exports (`default`, else `theme`): an object, or a function of the
 * ThemeKit returning one. Checked here, since a module is code the type checker never saw.
 */
export function themeOverridesOf(exports: Record<string, unknown>, origin: string): ThemeOverrides {
  const exported = exports.default ?? exports.theme;
  if (exported === undefined) throw new ThemeError(origin, 'exports neither a default export nor `theme`');
  const kit: ThemeKit = { html, EMPTY_HTML, defaultTheme };
  const value: unknown =
    typeof exported === 'function' ? (exported as (kit: ThemeKit) => unknown)(kit) : exported;
  if (typeof value !== 'object' || value === null) throw new ThemeError(origin, 'is not an object');
  const { name, css, views, ...unknown } = value as Record<string, unknown>;
  const extra = Object.keys(unknown);
  if (extra.length > 0) {
    throw new ThemeError(origin, `unknown field ${extra.join(', ')} (a theme has name, css and views)`);
  }
  if (name !== undefined && typeof name !== 'string') throw new ThemeError(origin, '`name` must be a string');
  if (css !== undefined && typeof css !== 'string') throw new ThemeError(origin, '`css` must be a string');
  if (views !== undefined) {
    if (typeof views !== 'object' || views === null)
      throw new ThemeError(origin, '`views` must be an object');
    for (const [key, view] of Object.entries(views)) {
      if (!(VIEW_NAMES as string[]).includes(key)) {
        throw new ThemeError(origin, `unknown view ${key} (a theme may replace ${VIEW_NAMES.join(', ')})`);
      }
      if (typeof view !== 'function') throw new ThemeError(origin, `view ${key} must be a function`);
    }
  }
  return value as ThemeOverrides;
}

/**
 * The site's theme from what the composition root loaded: the stock theme, the THEME module's
 * overrides merged over it, then the THEME_CSS file added after its stylesheet (so its rules win).
 */
export function themeFrom(source: ThemeSource): Theme {
  const themed = source.module
    ? applyTheme(defaultTheme, themeOverridesOf(source.module.exports, source.module.path))
    : defaultTheme;
  return source.css ? { ...themed, css: `${themed.css}\n${source.css.text}` } : themed;
}
