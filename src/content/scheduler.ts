// Publishing scheduled posts when their time comes. Every app instance runs this; each post is
// claimed with a conditional UPDATE, so it is published (and announced) exactly once.
import type { Article } from './article.ts';
import type { ArticleAdminRepo } from './article-admin-repo.ts';
import type { ArticleRepo } from './article-repo.ts';
import { articleChangeKeys, type ListedState } from './change-keys.ts';
import type { Clock } from '../kernel/clock.ts';

/** What the scheduler needs. */
export interface SchedulerDeps extends Clock {
  articles: Pick<ArticleRepo, 'findById' | 'findAdjacent'>;
  admin: Pick<ArticleAdminRepo, 'listDueScheduled' | 'claimScheduled'>;
  changes: { publish(keys: string[]): Promise<void> };
  /** Records a publication in the audit log (actor: the system). */
  audit?: (entry: { action: string; articleId: number; details: Record<string, unknown> }) => Promise<void>;
}

const listed = (a: Article, status: string): ListedState => ({
  id: a.id,
  status,
  publishedAt: a.publishedAt,
  authorId: a.author.id,
  tagIds: a.tags.map((t) => t.id),
  slug: a.slug,
  language: a.language,
});

/** Publishes every due scheduled article this instance manages to claim; returns their ids. */
export async function publishDueArticles(deps: SchedulerDeps): Promise<number[]> {
  const now = deps.now();
  const published: number[] = [];
  for (const id of await deps.admin.listDueScheduled(now)) {
    if (!(await deps.admin.claimScheduled(id, now))) continue; // another instance got it
    const article = await deps.articles.findById(id);
    if (!article) continue;
    const { previous, next } =
      article.kind === 'post'
        ? await deps.articles.findAdjacent(article, now)
        : { previous: null, next: null };
    const neighbours = [previous?.id, next?.id].filter((n): n is number => n !== undefined);
    await deps.changes.publish(
      articleChangeKeys(listed(article, 'scheduled'), listed(article, 'published'), neighbours),
    );
    await deps.audit?.({
      action: `${article.kind}.publish-scheduled`,
      articleId: id,
      details: { title: article.title, publishedAt: article.publishedAt },
    });
    published.push(id);
  }
  return published;
}
