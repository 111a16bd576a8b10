// Referral links: a link that carries the commenter's own referral or affiliate code
// (`?ref=7hQk2mWz9R`, `/ref/jdoe99`, `?aff_id=4477`), so that every reader who follows it earns the
// commenter a sign-up bonus or a commission. It is the commonest way a comment spammer is paid for
// a link (paid-to-click and survey sites, crypto exchanges, shops' affiliate programmes), and
// readers citing a page have no code of their own to put in it. Sites' own tracking parameters
// (`?ref=share`, `?ref=hn`, `ref=sr_1_7`, `utm_source=…`) are words or a site's internal codes,
// not a person's: a value counts only when it looks like an account code (letters and digits, at
// least four, with a digit or a capital inside it), which rules those out.

/** Query parameters that carry a referral or affiliate code. */
const PARAM =
  /[?&#;](?:ref|refid|ref_id|refcode|ref_code|referral|referralcode|referral_code|referer|aff|affid|aff_id|affiliate|affiliateid|affiliate_id|rb|invite|invitecode|invite_code|inviter)=([A-Za-z0-9]{4,40})(?=$|[&#;\s])/i;

/** Path segments that carry one: `/ref/CODE`, `/referral/CODE`, `/invite/CODE`, `/aff/CODE`. */
const PATH = /\/(?:ref|referral|refer|invite|aff|affiliate)\/([A-Za-z0-9]{4,40})(?=$|[/?#&\s])/i;

/** Whether a code looks like an account's, not a word: a digit, or a capital after the first letter. */
function looksLikeCode(value: string): boolean {
  return /\d/.test(value) || /.[A-Z]/.test(value);
}

/** Whether one link (as written, case kept) carries a referral or affiliate code. */
export function isReferralLink(url: string): boolean {
  const clean = url.replace(/&amp;/g, '&');
  for (const re of [PARAM, PATH]) {
    const m = re.exec(clean);
    if (m?.[1] !== undefined && looksLikeCode(m[1])) return true;
  }
  return false;
}

/** How many of the links carry a referral or affiliate code. */
export function countReferralLinks(urls: readonly string[]): number {
  let n = 0;
  for (const url of urls) if (isReferralLink(url)) n++;
  return n;
}
