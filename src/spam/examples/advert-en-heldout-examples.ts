// Held-out examples of the English advert grammar (advert-grammar-en.ts, 2026-12-07), written at the
// same time as advert-en-examples.ts and before any code was changed, and measured only once, after
// the code was written; nothing in the code was chosen by them.

/** English adverts of other products and services (held out). */
export const ADVERT_EN_SPAM_HELDOUT: readonly string[] = [
  'Chimney sweeping and inspection, certified sweeps, clean and tidy work, book before winter. Call 01632 960123',
  'Fence installation and repair, wood, vinyl and chain link, free estimates, serving Orange County. 714-555-0160',
  'Affordable daycare with openings for toddlers, licensed and CPR certified staff, meals included. Text 404-555-0175',
  'Guitar lessons online, all styles, beginner friendly, first lesson free! Email lessons@sixstringacademy.com',
  'Garage door repair same day, springs, openers, cables, 24/7 emergency service. Call 816-555-0115',
  'Professional resume writing, get more interviews, 48 hour turnaround, money back if not satisfied. Visit careerlift-cv.com',
  'Limo and party bus rental for proms, weddings and birthdays, best rates in Atlanta. Call 678-555-0181',
  'Pool cleaning weekly service, chemicals included, reliable and affordable, call Dave 602-555-0155',
  'Mold removal and inspection, certified technicians, free assessment, serving Miami-Dade. 305-555-0127',
  'Selling refurbished laptops, Dell and Lenovo, with warranty, cheap prices, bulk discounts. WhatsApp +234 803 555 0199',
  'Lawn care and landscaping, mowing, edging, mulch, spring cleanups. Free quote, text 919-555-0108',
  'Notary public, mobile service, I come to you, evenings and weekends, fast and reliable. Call 702-555-0143',
  'Home inspection before you buy, certified inspector, report in 24 hours, affordable rates. homecheckpro.net',
  'Eyelash extensions and brow lamination, 30% off your first visit, book now on Instagram @lashstudio_nyc',
  'Student visa to Canada and Australia, experienced consultants, high approval rate, free counseling. Call +91 98765 43210',
  'Bathroom remodeling, tile and showers, licensed contractor, 5 year warranty, free in-home estimate. 813-555-0192',
  'Personal trainer in London, weight loss and strength, first session free, DM me for details',
  'Epoxy garage floors, durable and beautiful, done in one day, financing available, call 480-555-0104',
  'Catering for weddings and corporate events, custom menus, affordable packages. Email events@tablefeast-catering.com',
  'Computer repair and virus removal, same day, no fix no fee, serving Sheffield. 0114 496 0456',
  'Septic tank pumping and repair, 24/7, licensed and insured, senior discounts. Call 352-555-0168',
];

/** Genuine English comments of the same surface (held out). */
export const ADVERT_EN_GENUINE_HELDOUT: readonly string[] = [
  'We hired a chimney sweep last fall after reading a similar article. Cost us $250 and they found a cracked liner, so worth it.',
  'The library is hosting a free resume workshop on Tuesday evening, bring your laptop. Call the front desk at 555-0142 to reserve a seat.',
  'Beware: "Garage door repair, 24/7, call 816-555-0111" is a known bait and switch. They quoted $89 and charged my dad $1,100.',
  'I own a small landscaping company and the water restrictions in this article are going to cost us half our summer work.',
  'The article quotes the agency as saying "we provide free counseling and guaranteed approval". That alone should tell you it is a scam.',
  'Media contact for the hospital, per the press release: Jane Doe, communications, jdoe@stmaryshospital.org, 555-0199.',
  'Can anyone recommend an honest mechanic near downtown? The one in this story sounds awful.',
  'Our church youth group is running a car wash on Saturday 9 to 2 to raise money for the mission trip, $10 a car.',
  'My sister is a licensed daycare provider and she says the new ratio rules will force half the small centers to close.',
  'I called them and they said the free inspection only applies if you sign a contract first. Classic trick.',
  'According to the state data, home inspection fees average $400, and the report says buyers skip them to win bidding wars.',
  'The pool company we used was reliable for years until they got bought out. Now nobody answers at 602-555-0150.',
  'Great to see local caterers getting some attention. We used Table Feast for our wedding and the food was fantastic.',
  'Anyone else think the city should license notaries better? My landlord used a fake one.',
  'I am a personal trainer and I agree with the doctor in this piece, most diet pills advertised online are useless or dangerous.',
  'The veterans group meets every first Monday at the legion hall, all welcome. Questions to the secretary at vets.post41@gmail.com',
  'Report scam calls offering "solar with zero upfront cost" to the FTC at reportfraud.ftc.gov. I got three this week.',
  'We paid $18,000 for the bathroom remodel and the contractor walked off halfway. The licensing board says they get complaints like mine every week.',
  'The computer repair shop on Main Street fixed my laptop for $60 after the big chain wanted $300. Support local businesses!',
  'Thanks to the reporter for including the hotline for the flood relief program: 1-800-555-0100, open weekdays 8 to 6.',
];
