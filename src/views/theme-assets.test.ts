import { describe, expect, it } from 'vitest';
import { siteJs, themeCss } from './index.ts';

describe('theme.css', () => {
  it('makes no third-party requests and loads no web fonts', () => {
    expect(themeCss).not.toMatch(/@import|@font-face|url\(\s*['"]?(https?:)?\/\//i);
  });

  it('never hides the Back to top link by itself, only through the class site.js adds', () => {
    // Outside print, the only hiding rule is the JS-added modifier.
    const screenOnly = themeCss.split('@media print')[0] ?? '';
    expect(screenOnly).toMatch(/\.back-to-top--hidden\s*\{[^}]*visibility:\s*hidden/);
    expect(screenOnly.match(/\.back-to-top[^{]*\{[^}]*(display:\s*none|visibility:\s*hidden)/g)).toHaveLength(
      1,
    );
  });

  it('scrolls smoothly only when the reader has not asked for reduced motion', () => {
    const smooth = [...themeCss.matchAll(/scroll-behavior:\s*smooth/g)];
    expect(smooth).toHaveLength(1);
    expect(themeCss).toMatch(
      /@media \(prefers-reduced-motion: no-preference\)\s*\{\s*html\s*\{\s*scroll-behavior: smooth;/,
    );
  });

  it('provides dark mode, print styles, focus styles and a readable measure', () => {
    expect(themeCss).toContain('@media (prefers-color-scheme: dark)');
    expect(themeCss).toContain('@media print');
    expect(themeCss).toMatch(/:focus-visible\s*\{[^}]*outline:\s*3px solid/);
    expect(themeCss).toMatch(/--measure:\s*(6[5-9]|7[0-5])ch/);
    expect(themeCss).toMatch(/attr\(href\)/);
    for (const selector of [
      '.table-wrap',
      '.footnotes',
      '.footnote-ref',
      'blockquote',
      'mark',
      'pre',
      'figcaption',
    ]) {
      expect(themeCss).toContain(selector);
    }
    for (const selector of [
      '.form-field',
      '.form-label',
      '.form-input',
      '.form-textarea',
      '.form-error',
      '.button',
      '.notice',
    ]) {
      expect(themeCss).toContain(selector);
    }
  });
});

describe('site.js', () => {
  it('only enhances Back to top: toggles the hiding class and moves focus to the top', () => {
    expect(siteJs).toContain("classList.toggle('back-to-top--hidden'");
    expect(siteJs).toContain("getElementById('top')");
    expect(siteJs).toContain('focus({ preventScroll: true })');
    expect(siteJs).not.toMatch(/https?:\/\/|fetch\(|XMLHttpRequest|eval\(|innerHTML/);
  });
});
