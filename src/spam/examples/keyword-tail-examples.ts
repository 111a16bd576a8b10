// Development examples of generic praise ending in a bare keyword fragment (issue 15, 2026-12-07,
// third session; docs/spam.md, "Keyword tails"): the anchor text of an SEO comment whose link the
// form stripped or never had ("Nice blog, keep posting. Cleaning company in Manchester"). Beside
// them readers who praise and then add a short remark of their own. Written before any code change
// (held out: keyword-tail-heldout-examples.ts).

/** Spam (development set). */
export const KEYWORD_TAIL_SPAM_DEV: readonly string[] = [
  'Nice blog, keep posting. Cleaning company in Manchester',
  'Really appreciate you sharing this blog post. Keep writing. Dubai desert safari deals',
  'Great article, thanks for sharing. Best roofing contractors Leeds',
  'Very informative post. Cheap flights to Bali',
  'Thanks for the info, very helpful! Affordable wedding photographer Toronto.',
  'Awesome content, bookmarked. Emergency plumber near me',
  'Well written article. Online casino bonus no deposit',
  'Keep up the good work! Car rental Almaty airport',
];

/** Genuine comments (development set). */
export const KEYWORD_TAIL_GENUINE_DEV: readonly string[] = [
  'Great article, thanks for sharing. Bakhty is still closed on Sundays though.',
  'Very informative post. Cheap flights are the only reason we can visit family in Urumqi.',
  'Nice piece. Freight rates in Almaty doubled since March.',
  'Thanks for the info. Trains to Urumqi, twice a week, as before.',
  'Well written. Sad news for the drivers.',
  'Keep up the good work! Greetings from Osh.',
];
