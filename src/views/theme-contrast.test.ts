// WCAG 2.2 AA contrast of the theme's colour pairs, in light and dark mode, computed from the
// custom properties defined in assets/theme.css (the only place colours are defined).
import { describe, expect, it } from 'vitest';
import { themeCss } from './index.ts';

type Palette = Record<string, string>;

function parseVariables(block: string): Palette {
  const out: Palette = {};
  for (const m of block.matchAll(/--(color-[a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)) out[m[1] ?? ''] = m[2] ?? '';
  return out;
}

function palettes(css: string): { light: Palette; dark: Palette } {
  const light = /^:root\s*\{([^}]*)\}/m.exec(css)?.[1] ?? '';
  const dark = /@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return { light: parseVariables(light), dark: parseVariables(dark) };
}

function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT = 4.5;
const UI = 3;

/** [foreground, background, minimum ratio] as used by the stylesheet. */
const PAIRS: [string, string, number][] = [
  ...['bg', 'surface', 'code-bg', 'notice-bg', 'error-bg', 'success-bg'].map(
    (bg): [string, string, number] => ['text', bg, TEXT],
  ),
  ...['heading', 'muted', 'accent', 'link', 'link-hover'].flatMap((fg): [string, string, number][] => [
    [fg, 'bg', TEXT],
    [fg, 'surface', TEXT],
  ]),
  ['link', 'notice-bg', TEXT],
  ['link', 'code-bg', TEXT],
  ['mark-text', 'mark-bg', TEXT],
  ['button-text', 'button-bg', TEXT],
  ['button-text', 'button-hover-bg', TEXT],
  ['error', 'bg', TEXT],
  ['error', 'error-bg', TEXT],
  ['error', 'surface', TEXT],
  ['muted', 'notice-bg', TEXT],
  ['success', 'bg', TEXT],
  ['success', 'success-bg', TEXT],
  ['control-border', 'bg', UI],
  ['control-border', 'surface', UI],
  ['focus', 'bg', UI],
  ['focus', 'surface', UI],
];

describe('theme contrast', () => {
  const { light, dark } = palettes(themeCss);

  it('computes known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('defines the same colours in light and dark mode', () => {
    expect(Object.keys(light).length).toBeGreaterThan(15);
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
  });

  for (const [mode, palette] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    for (const [fg, bg, min] of PAIRS) {
      it(`${mode}: --color-${fg} on --color-${bg} is at least ${min}:1`, () => {
        const a = palette[`color-${fg}`];
        const b = palette[`color-${bg}`];
        expect(a, `--color-${fg}`).toMatch(/^#/);
        expect(b, `--color-${bg}`).toMatch(/^#/);
        expect(contrast(a ?? '', b ?? '')).toBeGreaterThanOrEqual(min);
      });
    }
  }
});
