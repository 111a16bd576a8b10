// A commercial keyword heading a bare link (issue 15, 2026-12-07, third session): "Cheap web
// hosting with free SSL – <site>", "Payday loans online with instant decision: <site>", "Best CBD
// oil for sleep >> <site>". It is the plain-text form of a keyword anchor (seo.ts counts the HTML,
// BBCode and Markdown forms): the comment is nothing but the keywords a shop wants to rank for and
// its address. A reader who links something says who or what it is ("Source:", "the ministry's
// table:", "my write-up:") or writes a sentence around it, so the heading must be the whole
// comment's last sentence, hold no pronoun and no word of a cited document, and name something sold.

// The comment, lower-cased with its links replaced by the normaliser's placeholder (U+E000): its
// last sentence is up to 120 characters of heading, a separator, then only the link(s) ("…
// Regardless, I'm pleased I stumbled upon it. Buy cheap jerseys: <site>").
const SHAPE =
  /(?:^|[.!?]\s)\s*([^.!?\n\uE000]{6,120}?)\s*(?:[:：>»→|–—-]+|\.{2,})\s*(?:\uE000\s*)+[.!]*\s*$/u;

// What a shop sells or promises (whole words).
export const SOLD =
  /\b(?:cheap(?:est)?|affordable|discount(?:ed)?|buy|for sale|best prices?|lowest prices?|deals|coupons?|promo codes?|free shipping|next day delivery|same day|loans?|lenders?|hosting|vps|cbd|replicas?|insurance|pills|prescription|pharmacy|escorts?|casino|slots|betting|essays?|assignment help|seo services|followers|jerseys|handbags|outlet|bad credit|no credit check)\b/;

// A pronoun, or a word that presents the link as a source: a reader's sentence, not a heading.
export const READER =
  /\b(?:i|i'm|i've|me|my|we|we're|our|us|you|your|this|that|it|he|she|they|his|her|their|here|there|source|sources|data|report|statement|document|official|ministry|government|law|study|paper|analysis|article|news|video|photo|map|table|chart|thread|petition|warning|scam)\b/;

/** 1 when the comment ends in a commercial keyword heading followed by its link(s), else 0. */
export function countKeywordHeading(text: string): number {
  if (text.length > 400 || !text.includes('\uE000')) return 0;
  const m = SHAPE.exec(text);
  if (m === null) return 0;
  const heading = m[1] ?? '';
  const words = heading.split(/\s+/).filter((w) => w !== '').length;
  if (words < 2 || words > 14) return 0;
  return SOLD.test(heading) && !READER.test(heading) ? 1 : 0;
}
