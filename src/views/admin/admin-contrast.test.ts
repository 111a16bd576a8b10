// WCAG 2.2 AA non-text contrast (3:1) of the admin's chart colours against the theme's page and
// surface backgrounds, in light and dark mode, read from admin.css and theme.css themselves.
import { describe, expect, it } from 'vitest';
import { themeCss } from '../index.ts';
import { adminCss } from './assets.ts';

type Palette = Record<string, string>;

const vars = (block: string): Palette =>
  Object.fromEntries(
    [...block.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]),
  );

const palettes = (css: string) => ({
  light: vars(/^:root\s*\{([^}]*)\}/m.exec(css)?.[1] ?? ''),
  dark: vars(/@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? ''),
});

function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('admin chart colours', () => {
  const theme = palettes(themeCss);
  const admin = palettes(adminCss);
  for (const mode of ['light', 'dark'] as const) {
    it(`reach 3:1 on the page and on surfaces (${mode})`, () => {
      const charts = Object.keys(admin[mode]).filter((k) => k.startsWith('chart-'));
      expect(charts).toHaveLength(4);
      for (const chart of charts)
        for (const bg of ['color-bg', 'color-surface']) {
          const ratio = contrast(admin[mode][chart]!, theme[mode][bg]!);
          expect(ratio, `${chart} on ${bg} (${mode})`).toBeGreaterThanOrEqual(3);
        }
    });
  }
});
