// What the dashboard shows, read from the repositories for one user: what waits for them
// (comments, stories in review, the schedule, their drafts) and what the spam filter caught.
// Role-aware: people who only handle their own posts get their own figures, moderating comments
// and the spam figures need those permissions.
import type { AdminListItem } from '../../../content/article-admin-repo.ts';
import { can } from '../../../users/permissions.ts';
import type { User } from '../../../users/user.ts';
import type { AdminDeps } from '../context.ts';

/** A few stories and how many there are in all. */
export interface StoryList {
  total: number;
  items: AdminListItem[];
}

/** Everything the dashboard shows (null: the role does not see that part). */
export interface DashboardFigures {
  /** Post counts by status (every post for editors, own posts otherwise). */
  postCounts: Record<string, number>;
  /** True when the figures cover only the user's own posts. */
  ownPostsOnly: boolean;
  review: StoryList;
  scheduled: StoryList;
  drafts: StoryList;
  comments: { count: number; oldestAt: string | null } | null;
  spam: {
    day: { caught: number; falsePositives: number };
    week: { caught: number; falsePositives: number };
  } | null;
}

const SHOWN = 5;
const HOUR = 3_600_000;

/** Reads the dashboard's figures for `user` at `now`. */
export async function loadDashboard(deps: AdminDeps, user: User, now: Date): Promise<DashboardFigures> {
  const repo = deps.editorial.adminArticles;
  const ownPostsOnly = !can(user, 'posts.manageAll');
  const scope = ownPostsOnly ? { authorId: user.id } : {};
  const list = (status: 'review' | 'scheduled' | 'draft', extra: object = {}) =>
    repo.list({ kind: 'post', status, ...scope, ...extra, limit: SHOWN, offset: 0 });
  const since = (hours: number) => new Date(now.getTime() - hours * HOUR).toISOString();
  const moderates = can(user, 'comments.moderateOwn');
  const seesSpam = can(user, 'comments.moderateAll');
  const [postCounts, review, scheduled, drafts, comments, day, week] = await Promise.all([
    repo.countByStatus('post', ownPostsOnly ? user.id : undefined),
    list('review'),
    list('scheduled', { order: 'soonest' }),
    // Drafts are always the user's own: the ones they are writing.
    repo.list({ kind: 'post', status: 'draft', authorId: user.id, limit: SHOWN, offset: 0 }),
    moderates
      ? deps.comments.moderation.pendingSummary(
          can(user, 'comments.moderateAll') ? {} : { articleAuthorId: user.id },
        )
      : null,
    seesSpam ? deps.spam.stats.caughtSince(since(24)) : null,
    seesSpam ? deps.spam.stats.caughtSince(since(24 * 7)) : null,
  ]);
  return {
    postCounts,
    ownPostsOnly,
    review,
    scheduled,
    drafts,
    comments,
    spam: day && week ? { day, week } : null,
  };
}
