// Development examples of the spun praise a blog receives under a person's name with a website
// (issue 15, 2026-12-07, third session; docs/spam.md, "Spun praise templates II"): sentences
// produced by the thousand from a few templates, where the only commercial part is the website the
// author's name links to. Beside them genuine readers who give their own blog as their website and
// praise or question the post in their own words. Written before any code change (held out:
// spun-praise-heldout-examples.ts).
import type { CommentInput } from '../analyze.ts';

const by = (content: string, author: string, url: string): CommentInput => ({ content, author, url });

/** Spun praise with a website (development set). */
export const SPUN_PRAISE_SPAM_DEV: readonly CommentInput[] = [
  by(
    "It's like you read my mind! You seem to know so much about this, like you wrote the book in it or something.",
    'Marcus',
    'https://bestcasinobonus.club',
  ),
  by(
    'This post could not be written any better! Reading this post reminds me of my old room mate! He always kept chatting about this.',
    'Helen',
    'http://ketoslimpills.shop',
  ),
  by(
    'I was recommended this blog by my cousin. I am not sure whether this post is written by him as nobody else know such detailed about my trouble.',
    'Derek',
    'http://rx-pharma-online.net',
  ),
  by(
    'Appreciating the dedication you put into your website and in depth information you provide. It is nice to come across a blog every once in a while that is not the same old rehashed material.',
    'Olivia',
    'https://cheap-replica-bags.store',
  ),
  by(
    'Hello, neat post. There is a problem with your site in internet explorer, would check this? IE still is the market leader and a large portion of people will miss your great writing because of this problem.',
    'Tom',
    'http://slot-gacor-88.site',
  ),
  by(
    'Hi there, I enjoy reading through your article post. I wanted to write a little comment to support you.',
    'Anna',
    'https://instafollowers-cheap.com',
  ),
  by(
    'Hey there! Do you know if they make any plugins to help with SEO? I am trying to get my blog to rank for some targeted keywords.',
    'Lucas',
    'https://bitcoin-doubler.io',
  ),
  by(
    "Greetings from Florida! I'm bored at work so I decided to browse your site on my iphone during lunch break.",
    'Jenny',
    'http://escortsdubai24.com',
  ),
  by(
    'My brother suggested I might like this web site. He was totally right. This post truly made my day.',
    'Paul',
    'https://payday-cash-fast.net',
  ),
  by(
    'Hmm it seems like your site ate my first comment (it was extremely long) so I guess I will just sum it up what I wrote.',
    'Nina',
    'https://vpn-best-deals.org',
  ),
  by(
    'Does your site have a contact page? I am having a tough time locating it but I would like to send you an email.',
    'Rick',
    'http://essay-writer-pro.co',
  ),
  by(
    "What's up, it's me, I am also visiting this website daily, this web page is truly good and the people are genuinely sharing nice thoughts.",
    'Lily',
    'https://cbd-gummies-shop.com',
  ),
];

/** Genuine readers with their own website (development set). */
export const SPUN_PRAISE_GENUINE_DEV: readonly CommentInput[] = [
  by(
    'You read my mind: I was about to ask whether link mode works across filesystems.',
    'Marek Novak',
    'https://mareknovak.dev',
  ),
  by(
    'My cousin sent me this post. We had the same collation problem after the glibc update.',
    'Aigerim',
    'https://aigerim.kz',
  ),
  by(
    'The page renders badly in Firefox on Android, the code blocks overflow the screen.',
    'Tom Becker',
    'https://tombecker.net',
  ),
  by(
    'I wrote a small plugin to check extension versions before pg_upgrade, happy to share it.',
    'Li Wei',
    'https://liwei.blog',
  ),
  by(
    'Greetings from Almaty! We did the same upgrade last week, the vacuumdb step was the slowest.',
    'Daniyar',
    'https://daniyar.me',
  ),
  by(
    'Is there a contact page? I found a typo in the second command and wanted to report it.',
    'Sam',
    'https://samwrites.org',
  ),
  by(
    'This post could save a lot of people a weekend. Thank you for the replica section especially.',
    'Rita',
    'https://rita-dba.net',
  ),
];
