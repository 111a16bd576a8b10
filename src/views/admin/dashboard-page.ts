// The dashboard answers "what needs me now": one primary action (Write a story), then cards for
// what waits (comments with the oldest waiting time, stories in review, the schedule, the user's
// drafts) and what the spam filter caught (24 h and 7 days, with the false positives moderators
// corrected), each a link to the filtered list; then the short lists behind the cards.
import { html } from 'ghtml';
import type { FormatIsoDate } from '../format-date.ts';
import { csrfInput } from './form.ts';

/** A story in a dashboard list. */
export interface DashboardStory {
  id: number;
  title: string;
  authorName: string;
  /** Publication time (scheduled) or last update, ISO. */
  when: string;
}

/** A few stories and the link to all of them. */
export interface DashboardList {
  total: number;
  items: DashboardStory[];
  href: string;
}

/** Dashboard state. */
export interface DashboardView {
  userName: string;
  /** Where "Write a story" goes (null when the role cannot write). */
  writeHref: string | null;
  ownPostsOnly: boolean;
  /** Post counts by status, in display order. */
  counts: { status: string; label: string; count: number; href: string }[];
  review: DashboardList;
  scheduled: DashboardList;
  drafts: DashboardList;
  comments: { count: number; oldestAt: string | null; href: string } | null;
  spam: {
    day: { caught: number; falsePositives: number };
    week: { caught: number; falsePositives: number };
    href: string;
  } | null;
  now: string;
  formatTime: FormatIsoDate;
  csrfToken: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 h 20 min", "2 days 4 h", "5 min": how long since `from`. */
export function waitingFor(from: string, now: string): string {
  const minutes = Math.max(0, Math.floor((Date.parse(now) - Date.parse(from)) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} days ${hours % 24} h` : `${days} days`;
}

const card = (id: string, href: string, figure: string, label: string, detail: string) =>
  html`<li class="dash-card">
    <a class="dash-card-link" href="${href}" aria-describedby="${id}-detail">
      <span class="dash-figure">${figure}</span> <span class="dash-label">${label}</span>
    </a>
    <p class="dash-detail" id="${id}-detail">${detail}</p>
  </li>`;

const cards = (v: DashboardView) => {
  const out: string[] = [];
  if (v.comments) {
    const c = v.comments;
    out.push(
      card(
        'dash-comments',
        c.href,
        String(c.count),
        c.count === 1 ? 'comment waiting' : 'comments waiting',
        c.oldestAt
          ? `The oldest has waited ${waitingFor(c.oldestAt, v.now)}.`
          : 'Nothing waits for a moderator.',
      ),
    );
  }
  out.push(
    card(
      'dash-review',
      v.review.href,
      String(v.review.total),
      v.review.total === 1 ? 'story in review' : 'stories in review',
      v.review.items[0] ? `Latest: “${v.review.items[0].title}”.` : 'Nothing waits for review.',
    ),
    card(
      'dash-scheduled',
      v.scheduled.href,
      String(v.scheduled.total),
      'scheduled',
      v.scheduled.items[0]
        ? `Next: “${v.scheduled.items[0].title}”, ${v.formatTime(v.scheduled.items[0].when)}.`
        : 'Nothing is scheduled.',
    ),
    card(
      'dash-drafts',
      v.drafts.href,
      String(v.drafts.total),
      v.drafts.total === 1 ? 'draft of yours' : 'drafts of yours',
      v.drafts.items[0] ? `Latest: “${v.drafts.items[0].title}”.` : 'No drafts in progress.',
    ),
  );
  if (v.spam) {
    const s = v.spam;
    out.push(
      card(
        'dash-spam',
        s.href,
        String(s.day.caught),
        'spam caught in 24 h',
        `${plural(s.week.caught, 'comment')} in 7 days; ${plural(s.week.falsePositives, 'false positive')} corrected by moderators (${String(s.day.falsePositives)} in 24 h).`,
      ),
    );
  }
  return html`<ul class="dash-cards">
    !${out}
  </ul>`;
};

const storyList = (id: string, title: string, list: DashboardList, v: DashboardView, empty: string) =>
  html`<section class="admin-section dash-list" aria-labelledby="${id}">
    <h2 id="${id}">${title}</h2>
    !${
      list.items.length
        ? html`<ul class="dash-stories">
              !${list.items.map(
                (s) =>
                  html`<li>
                    <a href="/admin/posts/${String(s.id)}/edit">${s.title || 'Untitled'}</a>
                    <span class="dash-story-meta"
                      >${v.ownPostsOnly ? '' : `${s.authorName} · `}<time datetime="${s.when}"
                        >${v.formatTime(s.when)}</time
                      ></span
                    >
                  </li>`,
              )}
            </ul>
            !${list.total > list.items.length ? html`<p><a href="${list.href}">All ${String(list.total)}</a></p>` : ''}`
        : html`<p class="form-hint">${empty}</p>`
    }
  </section>`;

/** The dashboard's main content. */
export function dashboardMain(v: DashboardView): string {
  const counts = v.counts.length
    ? html`<section class="admin-section" aria-labelledby="posts-heading">
        <h2 id="posts-heading">${v.ownPostsOnly ? 'Your posts' : 'Posts'}</h2>
        <ul class="admin-cards">
          !${v.counts.map(
            (c) =>
              html`<li class="admin-card">
                <a href="${c.href}"><span class="admin-card-count">${String(c.count)}</span> ${c.label}</a>
              </li>`,
          )}
        </ul>
      </section>`
    : '';
  return html`<div class="page-head">
      <h1 class="page-title">Dashboard</h1>
      !${v.writeHref ? html`<a class="button" href="${v.writeHref}">Write a story</a>` : ''}
    </div>
    <p>Hello, ${v.userName}. Here is what needs you now.</p>
    !${cards(v)}
    <div class="dash-lists">
      !${storyList('scheduled-heading', 'Scheduled next', v.scheduled, v, 'Nothing is scheduled.')}
      !${storyList('review-heading', 'In review', v.review, v, 'Nothing waits for review.')}
      !${storyList('drafts-heading', 'Your recent drafts', v.drafts, v, 'No drafts in progress.')}
    </div>
    !${counts}
    <section class="admin-section" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Sessions</h2>
      <p>
        Lost a device or left yourself logged in somewhere? Log out everywhere ends every session of your
        account, this one included.
      </p>
      <form method="post" action="/admin/logout-everywhere">
        !${csrfInput(v.csrfToken)}
        <button type="submit" class="button button--secondary">Log out everywhere</button>
      </form>
    </section>`;
}
