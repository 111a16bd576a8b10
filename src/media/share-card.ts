// Share cards: the image an article without a feature image shows in search results, link
// previews and its NewsArticle data, drawn as SVG (rendered to PNG by render-svg.ts). The
// headline is set as large as fits in the card's three shapes (Google asks for 16x9, 4x3 and 1x1
// images at least 1200 pixels wide), and the site's default logo is a monogram of its name.
import { cleanText } from '../kernel/clean-text.ts';

/** The card shapes and their sizes in pixels. */
export const CARD_SIZES = {
  '16x9': { width: 1200, height: 675 },
  '4x3': { width: 1200, height: 900 },
  '1x1': { width: 1200, height: 1200 },
} as const;

/** One of the card shapes. */
export type CardShape = keyof typeof CARD_SIZES;

/** The default logo's size (Google wants a logo of at least 112 × 112 pixels). */
export const LOGO_SIZE = 512;

const ACCENT = '#a3161a';
const INK = '#111111';
const MUTED = '#565656';
const PAPER = '#f5f3ef';
const FONTS = "'DejaVu Serif', 'Noto Serif CJK SC', 'Noto Serif', serif";
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

const escape = (s: string) =>
  cleanText(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Approximate width of `text` in ems: CJK characters are square, others about 0.64 em in bold serif. */
function ems(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 1 : ch === ' ' ? 0.32 : 0.64;
  return w;
}

/** Breaks text into lines of at most `maxEms`: at spaces, or between any two CJK characters. */
export function wrapText(text: string, maxEms: number): string[] {
  const tokens =
    text.match(
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60]|[^\s\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60]+|\s+/gu,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line && ems(candidate.trimEnd()) > maxEms && token.trim()) {
      lines.push(line.trimEnd());
      line = token;
    } else line = candidate;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.map((l) => l.trimStart());
}

/** The largest font size (and its lines) at which `text` fits the box; cut with … at the smallest. */
function fit(text: string, box: { width: number; height: number }): { size: number; lines: string[] } {
  for (let size = 88; size >= 40; size -= 4) {
    const lines = wrapText(text, box.width / size);
    if (lines.length * size * 1.22 <= box.height) return { size, lines };
  }
  const size = 40;
  const max = Math.max(1, Math.floor(box.height / (size * 1.22)));
  const lines = wrapText(text, box.width / size);
  return { size, lines: lines.length > max ? [...lines.slice(0, max - 1), `${lines[max - 1]}…`] : lines };
}

/** What a card shows. */
export interface CardText {
  headline: string;
  siteName: string;
  /** The site's host, written at the bottom. */
  host: string;
}

/** The SVG of a share card of `shape`. */
export function shareCardSvg(text: CardText, shape: CardShape): string {
  const { width, height } = CARD_SIZES[shape];
  const pad = 84;
  const top = pad + 70;
  const bottom = height - pad - 50;
  const { size, lines } = fit(text.headline, { width: width - 2 * pad, height: bottom - top });
  const lineHeight = size * 1.22;
  const first = top + (bottom - top - lines.length * lineHeight) / 2 + size;
  const headline = lines
    .map((l, i) => `<tspan x="${pad}" y="${Math.round(first + i * lineHeight)}">${escape(l)}</tspan>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${PAPER}"/>`,
    `<rect width="${width}" height="16" fill="${ACCENT}"/>`,
    `<text x="${pad}" y="${pad + 24}" font-family="${FONTS}" font-size="40" font-weight="bold" fill="${ACCENT}">${escape(text.siteName)}</text>`,
    `<text font-family="${FONTS}" font-size="${size}" font-weight="bold" fill="${INK}">${headline}</text>`,
    `<text x="${pad}" y="${height - pad}" font-family="${FONTS}" font-size="30" fill="${MUTED}">${escape(text.host)}</text>`,
    '</svg>',
  ].join('\n');
}

/** Up to two initials of a name (the first letters of its first two words). */
export function initialsOf(name: string): string {
  const words = cleanText(name).trim().split(/\s+/).filter(Boolean);
  const letters = words.slice(0, 2).map((w) => [...w][0] ?? '');
  return letters.join('').toUpperCase() || 'S';
}

/** The SVG of the default logo: the site's initials on its accent colour. */
export function monogramSvg(siteName: string): string {
  const s = LOGO_SIZE;
  const initials = initialsOf(siteName);
  const size = initials.length > 1 ? 220 : 300;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">`,
    `<rect width="${s}" height="${s}" fill="${ACCENT}"/>`,
    `<text x="${s / 2}" y="${s / 2}" dy="0.35em" text-anchor="middle" font-family="${FONTS}" font-size="${size}" font-weight="bold" fill="#ffffff">${escape(initials)}</text>`,
    '</svg>',
  ].join('\n');
}
