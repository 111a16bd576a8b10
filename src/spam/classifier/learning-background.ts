// The text learning measures rarity against (rarity.ts): the site's recent comments judged ham
// and the articles they were posted on, plus the decided comment's own article. Comments like
// the decided one are left out: the rest of its campaign, not moderated yet, is not everyday
// text. Read from the stored verdicts at most once a minute (moderators decide in runs).
import { type CommentInput, MAX_ANALYZED_CHARS } from '../analyze.ts';
import { isNearDuplicate, type MinHash, minhash } from '../context/minhash.ts';

/** Recent ham comments read (newest first), and how long they are reused. */
const COMMENTS = 300;
const TTL_MS = 60_000;

interface Recent {
  at: number;
  comments: { content: string; print: MinHash }[];
  articles: string[];
}

/** The background of one service instance. */
export class LearningBackground {
  private recent: Recent | null = null;

  constructor(
    private readonly verdicts: { recentHamInputs(limit: number): Promise<string[]> },
    private readonly now: () => Date,
  ) {}

  /** The background texts for learning from a decision about `decided`. */
  async texts(decided: CommentInput): Promise<string[]> {
    const print = minhash(decided.content);
    const { comments, articles } = await this.load();
    const texts = decided.article?.text ? [decided.article.text, ...articles] : [...articles];
    for (const c of comments) if (!isNearDuplicate(print, c.print)) texts.push(c.content);
    return texts;
  }

  private async load(): Promise<Recent> {
    const at = this.now().getTime();
    if (this.recent && at - this.recent.at < TTL_MS) return this.recent;
    const comments: Recent['comments'] = [];
    const articles = new Set<string>();
    for (const json of await this.verdicts.recentHamInputs(COMMENTS)) {
      let input: Partial<CommentInput>;
      try {
        input = JSON.parse(json) as Partial<CommentInput>;
      } catch {
        continue;
      }
      if (typeof input.content === 'string')
        comments.push({ content: input.content, print: minhash(input.content) });
      if (typeof input.article?.text === 'string')
        articles.add(input.article.text.slice(0, MAX_ANALYZED_CHARS));
    }
    this.recent = { at, comments, articles: [...articles] };
    return this.recent;
  }
}
