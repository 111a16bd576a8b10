// axe-core for browser tests: the violations on the page as it is now, one line each
// ("rule-id target, target"), an empty list when it passes.
//
// Why not AxeBuilder.analyze() from @axe-core/playwright: every call injects axe-core's 1.3 MB
// source into the page again and then, to merge per-frame results, opens a blank page, injects the
// source there too and runs axe.finishRun in it. On the admin pages (100-600 elements) that fixed
// cost was 2-8 s per call at load 8, and axe's own run 0.2-1 s. Here the source is injected once
// per document (again only after a navigation), axe.run checks the document and its same-origin
// frames (Silkpress pages have none), and only violations are built: the passes and inapplicable
// results nobody reads are not turned into selectors and HTML snippets. The rules, their options
// and the violations found are axe-core's, exactly as AxeBuilder's legacy mode runs them. Axe runs
// once running transitions have ended (see below), as a person sees the page at rest.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

// axe-core as @axe-core/playwright depends on it (the version it was released with).
const fromPlaywrightAxe = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const axeSource = readFileSync(fromPlaywrightAxe.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  nodes: { target: unknown[] }[];
}

async function inject(frame: Frame): Promise<void> {
  if (await frame.evaluate(() => typeof (window as { axe?: unknown }).axe === 'undefined'))
    await frame.evaluate(axeSource);
}

/**
 * Runs axe-core on the page as it is now (its viewport and emulated media included): every rule,
 * or only `rules` when given. Returns one line per violation.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  for (const frame of page.frames()) await inject(frame);
  const violations = await page.evaluate(async (only) => {
    // Let running transitions and animations end first: axe measures colours as they are at that
    // moment, and an element fading in (the "Back to top" control, 0.2 s) is transparent half way
    // (a colour-contrast violation that was never on screen at rest). Endless ones are not awaited.
    const ending = document.getAnimations().filter((a) => {
      const end = a.effect?.getComputedTiming().endTime;
      return a.playState === 'running' && typeof end === 'number' && Number.isFinite(end);
    });
    await Promise.race([
      Promise.all(ending.map((a) => a.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 5_000)),
    ]);
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
    const options = {
      resultTypes: ['violations'],
      ...(only ? { runOnly: { type: 'rule', values: only } } : {}),
    };
    return ((await axe.run(document, options)) as { violations: Violation[] }).violations;
  }, rules ?? null);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
