// Spun blog praise before a keyword tail (issue 15, 2026-12-07, fifth session; docs/spam.md, "Open
// gaps"): "I will right away grab your feed since I cannot find your newsletter link … so that I
// can subscribe. Affordable dental implants Tijuana", "Your web site is a real gem … I am going to
// recommend it to my friends. Digg it! Roof repair company Denver". The templates are spun without
// end (praise-template.ts names the common skeletons), but their matter is always the same: the
// writer's habits with "your blog" (bookmarking it, subscribing to its feed, sharing it with
// friends, digging it, coming back), which is what a template says about any blog. So the shape
// is read, not a phrase list: two of those habits, or one and the blog itself addressed ("your
// site", "this web page"). It is praise only to a keyword tail (seo.ts): readers bookmark,
// subscribe and share too, but their last sentence is a remark, a question or a greeting, never a
// bare trade phrase ("Bookmarked and shared with my team, we hit the same bug …" has none).
// The blog addressed: "your blog", "this web site", "your feed", "your newsletter".
const SITE =
  /\b(?:your|this)\s+(?:blog|weblog|web\s*site|site|web\s*page|webpage|(?:rss\s+)?feed|newsletter|blog\s+posts?)\b/;
// The writer's habits with it, each a family of its own.
const HABITS: readonly RegExp[] = [
  // keeping it: bookmarks, favourites, a reading list
  /\bbook\s*-?\s*mark(?:ed|ing|s)?\b|\b(?:favou?rites|reading\s+list)\b/,
  // following it: subscribing, grabbing the feed, an RSS reader
  /\bsubscrib(?:e|ed|ing)\b|\b(?:grab|saved?|add(?:ed)?)\s+(?:your|the)\s+(?:rss\s+)?feed\b|\brss\b|\bnewsletter\b/,
  // passing it on: sharing with friends, telling them, recommending it, digg, delicious, stumbleupon
  /\bshar(?:e|ed|ing)\s+(?:it|this|them|the\s+\w+|your\s+\w+)?\s*(?:with|on|to)\s+(?:all\s+)?(?:my|our)\s+\w+|\b(?:tell|told)\s+(?:all\s+)?my\s+(?:\w+\s+)?(?:friends|brother|sister|family|classmates|colleagues)\b|\brecommend(?:ed|ing)?\s+(?:it\s+|this\s+\w+\s+|your\s+\w+\s+)?to\s+(?:all\s+)?my\s+\w+|\b(?:digg|delicious|stumble\s*upon|stumbled\s*upon)\b|\bpass\s+it\s+on\b/,
  // coming back: again, daily, for more, "keep visiting"
  /\b(?:come|coming)\s+back\b|\breturn\s+for\s+more\b|\bkeep\s+(?:visiting|reading|coming)\b|\brevisit\b|\bvisit\s+(?:it|this\s+\w+|your\s+\w+|here)\s+(?:again|daily|every\s+day|regularly|on\s+a\s+regular\s+basis)\b|\b(?:i|we)\s+visit\s+it\s+every\s+day\b/,
];
const GUARD =
  /book|favou?rite|reading list|subscrib|feed|rss|newsletter|shar|tell|told|recommend|digg|delicious|stumble|pass it on|back|return|keep|revisit|visit/;

/** Whether the praise before a keyword tail (lower-cased) is about the writer's habits with the blog. */
export function isBlogPraise(head: string): boolean {
  if (!GUARD.test(head)) return false;
  let habits = 0;
  for (const re of HABITS) if (re.test(head)) habits++;
  return habits >= 2 || (habits === 1 && SITE.test(head));
}
