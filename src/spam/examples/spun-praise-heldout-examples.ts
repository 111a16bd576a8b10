// Held-out examples of spun praise with a website (issue 15, 2026-12-07, third session;
// docs/spam.md, "Spun praise templates II"): other spins of the templates, written before any code
// change and measured once, after it.
import type { CommentInput } from '../analyze.ts';

const by = (content: string, author: string, url: string): CommentInput => ({ content, author, url });

/** Spun praise with a website (held out). */
export const SPUN_PRAISE_SPAM_HELDOUT: readonly CommentInput[] = [
  by(
    'Its like you learn my thoughts! You appear to grasp so much about this, such as you wrote the e-book in it or something.',
    'Kevin',
    'https://judi-online-88.net',
  ),
  by(
    'This article could not be written much better! Going through this post reminds me of my previous roommate! He continually kept preaching about this.',
    'Sara',
    'http://diet-pills-fast.com',
  ),
  by(
    'I have been recommended this website by my friend. I am not sure whether this post is written by him as no one else know such specific about my difficulty.',
    'Ben',
    'https://cheap-cialis-rx.org',
  ),
  by(
    'Appreciating the hard work you put into your site and detailed information you present. It is great to come across a blog every once in a while that is not the same out of date rehashed information.',
    'Grace',
    'https://replica-watches-uk.co',
  ),
  by(
    "Howdy! Do you know if they make any plugins to assist with Search Engine Optimization? I'm trying to get my site to rank for some targeted keywords.",
    'Noah',
    'https://crypto-profit-bot.com',
  ),
  by(
    "Hello from Texas! I'm bored to death at work so I decided to check out your blog on my iphone during lunch break.",
    'Emma',
    'http://hot-dating-tonight.com',
  ),
  by(
    'My sister recommended I may like this blog. She was entirely right. This put up actually made my day.',
    'Jack',
    'https://loans-no-credit.net',
  ),
];

/** Genuine readers with their own website (held out). */
export const SPUN_PRAISE_GENUINE_HELDOUT: readonly CommentInput[] = [
  by(
    'My brother runs the same setup and he suggested I read this before our upgrade. Very clear, thanks.',
    'Ivan Petrov',
    'https://ivanpetrov.dev',
  ),
  by(
    'Bored at work, so I tried your steps on a staging box over lunch. It worked first time.',
    'Kate',
    'https://katecodes.io',
  ),
  by(
    'Your site breaks in Safari 16: the table of contents covers the text.',
    'Jon',
    'https://jon.example.org',
  ),
  by(
    'Could not agree more about rebuilding statistics; we forgot it once and paid for it.',
    'Ruslan',
    'https://ruslan.kz',
  ),
];
