// What an archive page lists, for the whole site or one language's front door: the months that
// have posts, the month shown (the one asked for, else the latest) and one page of its posts. A
// month asked for that has no posts on that page does not exist.
import type { ArticleRepo } from '../../content/article-repo.ts';
import { AppError } from '../../kernel/app-error.ts';

/** Reads one archive page; throws NOT_FOUND for an asked-for month with nothing on that page. */
export async function archiveListing(
  articles: Pick<ArticleRepo, 'archiveMonths' | 'listPublished'>,
  q: { now: Date; timeZone: string; perPage: number; month: string | null; page: number; language?: string },
) {
  const months = await articles.archiveMonths(q.now, q.timeZone, q.language);
  const shown = q.month ?? months[0]?.month ?? null;
  const list = shown
    ? await articles.listPublished({
        now: q.now,
        limit: q.perPage,
        offset: (q.page - 1) * q.perPage,
        month: shown,
        timeZone: q.timeZone,
        ...(q.language !== undefined ? { language: q.language } : {}),
      })
    : { items: [], total: 0 };
  if (q.month && list.items.length === 0) throw new AppError('NOT_FOUND', 'Page not found.');
  return { months, shown, list };
}
