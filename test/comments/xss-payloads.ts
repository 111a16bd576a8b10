// Hostile strings of our own for rendering tests, and the check that none came out live.
import { expect } from 'vitest';

/** Our own payloads: scripts, handlers, URL schemes, markup breakers. */
export const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">x</a>',
  '[click](javascript:alert(1))',
  '![x](javascript:alert(1))',
  '<iframe src="data:text/html,<script>alert(1)</script>">',
  '</textarea><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '<style>*{display:none}</style>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  'http://example.com/"onmouseover="alert(1)',
  '`<img src=x onerror=alert(1)>`',
  '> <script>alert(1)</script>',
];

/** No live markup from the payload: no tag or handler attribute survives escaping. */
export function assertNoActiveMarkup(html: string, where: string): void {
  expect(html, where).not.toMatch(/<script(?![^>]*(?:type="application\/ld\+json"|src="\/assets\/))/i);
  expect(html, where).not.toMatch(/<(img|svg|iframe|style|math|a)\b[^>]*\son\w+\s*=/i);
  expect(html, where).not.toMatch(/href="\s*javascript:/i);
  expect(html, where).not.toMatch(/<iframe|<style>\*|<svg onload/i);
}
