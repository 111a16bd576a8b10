// The praise a comment is made of, as analyze.ts weighs it: generic praise and nothing else
// (praise-only.ts, once a keyword tail is cut: seo.ts), and the spun praise templates
// (praise-template.ts), which count only beside an anchor: a link in the text, the form's website
// (which the author's name links to) or a keyword tail.
import { withoutKeywordTail } from './seo.ts';
import { isPraiseOnly, MAX_PRAISE_ONLY_CHARS } from './praise-only.ts';
import { countPraiseTemplates } from './praise-template.ts';
import { isBlogPraise } from './blog-praise.ts';

/** What analyze.ts reads of a comment's praise. */
export interface PraiseEvidence {
  /** Generic praise is all the comment says (a keyword tail aside). */
  praiseOnly: boolean;
  /** Spun praise template sentences, counted beside an anchor only. */
  templates: number;
  /** The comment ends in a keyword tail after praise. */
  tailed: boolean;
}

/** The praise of a normalised (lower-cased) comment with `links` links and a website or not. */
export function praiseEvidence(lower: string, links: number, website: boolean): PraiseEvidence {
  const untailed = withoutKeywordTail(lower);
  const tailed = untailed !== lower;
  return {
    praiseOnly: lower.length <= MAX_PRAISE_ONLY_CHARS && isPraiseOnly(untailed),
    // (spun praise of the writer's habits with the blog counts as a template before a tail only)
    templates:
      (links > 0 || website || tailed ? countPraiseTemplates(lower) : 0) +
      (tailed && isBlogPraise(untailed) ? 1 : 0),
    tailed,
  };
}
