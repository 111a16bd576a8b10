// Test setup (vitest.config.ts setupFiles): an Html value given to a string matcher fails loudly.
// Vitest's toContain turns any object that is not a string into an array first; Html is an object,
// so `expect(html).toContain(x)` would fail for the wrong reason and, worse,
// `expect(html).not.toContain('<script>')` would pass whatever the markup held. Reading `length`
// is how that conversion starts: on Html it throws, naming the fix (String(h) or h.text).
import { EMPTY_HTML } from '../../src/views/html.ts';

Object.defineProperty(Object.getPrototypeOf(EMPTY_HTML) as object, 'length', {
  configurable: true,
  get(): never {
    throw new TypeError('An Html value is not a string: read it with String(h) or h.text before matching.');
  },
});
