// Development examples of commercial spam a technical blog receives that slipped past the shipped
// model (issue 15, 2026-12-07, third session; docs/spam.md, "Keyword headings, own workplaces,
// spun praise"): (1) a commercial keyword heading a bare link ("Cheap web hosting with free SSL:
// <site>"), (2) a company introducing itself after praise and asking to be contacted ("We are a
// leading web design company in Lagos … Contact us today"), (3) praise followed by "visit us at
// <trade> in <city>" with no link, (4) the long spun praise templates with a link, (5) support
// numbers written with a letter O for a zero or odd dashes. Beside them genuine comments of the
// same surface that must stay published. Written before any code change (held out:
// tech-blog-heldout-examples.ts).

/** Spam (development set). */
export const TECH_BLOG_SPAM_DEV: readonly string[] = [
  // (1) keyword headings
  'Payday loans online with instant decision: cashnow-direct.com',
  'Cheap web hosting with free SSL and domain – hostingsaver.net',
  'Best CBD oil for sleep and anxiety >> calmleaf-cbd.shop',
  'Affordable SEO services for small business: rankfast-seo.agency',
  'Replica Rolex watches UK, swiss made, next day delivery: timelux-replica.co.uk',
  'Used cars for sale in Lagos, best prices: lagosautodeals.ng',
  // (2) company pitches
  'Nice article on indexes. We are a leading web design company in Lagos offering responsive websites and e-commerce at affordable rates. Contact us today for a free quote!',
  'Very informative post, thanks. We are a trusted roofing contractor in Leeds with 20 years of experience. Call us for a free inspection.',
  'Great tips! Our agency is the top rated SEO company in Dubai, helping brands rank on the first page of Google. Get in touch now.',
  'Good read. We are the best packers and movers in Bangalore, providing safe and affordable relocation services. Contact us for best price.',
  // (3) praise then "visit us at"
  'Thanks a lot for this guide, it helped me. Visit us at emergency electrician in Manchester',
  'Awesome write-up, keep posting. Check out best wedding photographer in Toronto',
  // (4) spun praise templates with a link
  'Hey there! I know this is kinda off topic but I was wondering if you knew where I could get a captcha plugin for my comment form? Cheap flights to Bali: bali-flightdeals.com',
  'Wow, fantastic blog layout! How long have you been blogging for? You made blogging look easy. Check out my site: forex-robot-pro.net',
  "I could have sworn I've visited this website before but after looking at many of the posts I realized it's new to me. Regardless, I'm definitely pleased I stumbled upon it. Buy cheap jerseys: jerseys4less.shop",
  'Hello there, I found your site via Google while searching for a related topic, your website came up, it looks good. Visit my page for online casino bonuses: spinwin-bonus.club',
  // (5) support numbers with a letter for a digit or odd dashes
  'Call Microsoft Office support number 1‒877‒604‒3381 for activation errors, certified technicians online',
  'Avast antivirus helpline number +1 (888) 5O2-7l46, call now for renewal and refund',
  'Sage accounting error support, call us at 1―844―2O9―5510 toll free',
];

/** Genuine comments of the same surface (development set). */
export const TECH_BLOG_GENUINE_DEV: readonly string[] = [
  'Payday loans online were capped at 0.8% a day in the UK in 2015; the article on lending apps should mention it.',
  'Cheap web hosting is fine for a blog like this, but for Postgres you need dedicated IOPS.',
  'Nice article. We are a small data team in Lagos and we hit the same collation bug after the glibc update.',
  'Very informative post. Our company in Leeds ran the upgrade on 40 servers and the extension check took longest.',
  'Great tips! Visit us at the Postgres meetup in Austin next Thursday, we are discussing exactly this.',
  'Thanks for this. I wrote up our own upgrade with downtime figures on my blog: dbnotes.dev/pg17',
  'Hey there, slightly off topic, but which monitoring tool do you use for replication lag?',
  'Wow, great explanation of link mode. How long did the whole upgrade take for you?',
  'I called Microsoft support at 1-800-642-7676 about the licence and they told me to reinstall. Useless.',
  'The error code was 0x8007000E and the log line said "could not open file base/16384/2619: No such file".',
  "Our vendor's helpline kept us waiting two hours, so I wrote this checklist for the team instead.",
];
