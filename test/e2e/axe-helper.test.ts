// test/support/axe.ts itself, in Chromium: it reports what axe-core finds, and it checks a page at
// rest, not half way through a transition (the "Back to top" control fades in over 0.2 s: caught
// mid-fade, its text was reported as too faint on a CI run of 2026-12-06).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { chromiumAvailable, launchBrowser } from '../support/browser.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>axe helper</title></head><body><main><h1>Axe helper</h1>${body}</main></body></html>`;

describe.runIf(chromiumAvailable())('the axe helper of the browser tests', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reports a real violation', async () => {
    const tab = await browser.newPage();
    await tab.setContent(page('<p style="color:#bbb;background:#fff">Too faint to read</p>'));
    expect(await axeViolations(tab)).toEqual([expect.stringMatching(/^color-contrast: p$/)]);
    await tab.close();
  });

  it('waits for a fade-in to end before measuring colours', async () => {
    const tab = await browser.newPage();
    await tab.setContent(
      page(
        '<style>#b{opacity:0;transition:opacity 2s linear}#b.on{opacity:1}</style>' +
          '<a id="b" href="#top" style="color:#1a4fa0;background:#fff">Back to top</a>',
      ),
    );
    // Hidden, nothing to report (and axe is now in the page, so the next check starts at once).
    expect(await axeViolations(tab)).toEqual([]);
    // Start the fade, then check at once: part way, the link's text is a pale blue on white.
    await tab.evaluate(() => {
      const b = document.getElementById('b')!;
      void b.offsetWidth;
      b.classList.add('on');
    });
    expect(await axeViolations(tab)).toEqual([]);
    await tab.close();
  });
});
