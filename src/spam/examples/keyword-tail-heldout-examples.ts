// Held-out examples for keyword tails (issue 15, 2026-12-07, third session; docs/spam.md, "Keyword
// tails"): other wordings, written before any code change and measured once, after it.

/** Spam (held out). */
export const KEYWORD_TAIL_SPAM_HELDOUT: readonly string[] = [
  'Thank you for this post, very useful. Carpet cleaning services Sydney',
  'Excellent write-up! Buy Instagram followers cheap',
  'Loved reading this. Best dentist in Houston',
  'Interesting post, keep sharing. Used cars for sale Lagos',
  'Good stuff, thanks. Payday loans bad credit',
  'Helpful tips, bookmarked! Luxury apartments for rent Astana',
];

/** Genuine comments (held out). */
export const KEYWORD_TAIL_GENUINE_HELDOUT: readonly string[] = [
  'Thanks for the article. Wheat prices in Kostanay are at a three-year low.',
  'Good read. Visa-free for thirty days, finally.',
  'Very useful, thank you. Greetings from Khorgos customs.',
  'Interesting post. Cheap Chinese trucks everywhere on the roads now.',
  'Loved this. More on the pipeline please.',
];
