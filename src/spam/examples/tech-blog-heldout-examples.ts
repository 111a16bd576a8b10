// Held-out examples for the technical blog's commercial spam (issue 15, 2026-12-07, third session;
// docs/spam.md, "Keyword headings, own workplaces, spun praise"): other wordings of the kinds in
// tech-blog-examples.ts, written before any code change and measured once, after it.

/** Spam (held out). */
export const TECH_BLOG_SPAM_HELDOUT: readonly string[] = [
  'Fast personal loans for bad credit, apply online: loanbridge-quick.com',
  'Cheap VPS hosting in Europe from $2: vpsbargain.eu',
  'Buy Adderall online without prescription – meds-express.store',
  'Thanks for sharing. We are a reputed mobile app development company in Pune offering Android and iOS development. Reach out to us today!',
  'Helpful article. We are the leading carpet cleaning service in Sydney. Call now for 20% off your first clean.',
  'Really enjoyed this post. Visit us at affordable dentist in Phoenix',
  'Excellent beat! I would like to apprentice while you amend your website, how can I subscribe for a blog site? Essay writing service: essayprime.net',
  'Way cool! Some very valid points! I appreciate you penning this article and the rest of the website is also very good. Cheap car insurance quotes: insure-cheap.co',
  'Norton support phone number 1‒855‒7O8‒2290, our experts fix setup and renewal issues 24/7',
  'Epson printer not printing? Call Epson printer support at 1―888―3O4―8812 now',
];

/** Genuine comments of the same surface (held out). */
export const TECH_BLOG_GENUINE_HELDOUT: readonly string[] = [
  'Personal loans for bad credit are what pushed my cousin into debt; I hope the regulator reads this.',
  'We are a small consultancy in Pune and we did this upgrade for a client last month, the reindex took longest.',
  'Helpful article. Visit us at the Sydney Postgres user group in March if you want to present it.',
  'Way cool explanation. Does link mode work across filesystems, or only on the same one?',
  'Norton flagged pg_upgrade.exe as a threat on our Windows box, we had to whitelist it.',
  'My support ticket number was 2O24-118 (they use the letter O, weirdly), still no answer after a week.',
  'Cheap VPS providers throttle disk I/O, so the vacuumdb step took 3 hours for us.',
];
