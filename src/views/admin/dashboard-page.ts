// The dashboard answers "what needs me now": one primary action (Write a story), then cards for
// what waits (comments with the oldest waiting time, stories in review, the schedule, the user's
// drafts) and what the spam filter caught (24 h and 7 days, with the false positives moderators
// corrected), each a link to the filtered list; then the short lists behind the cards.
import { type Html, html, EMPTY_HTML } from '../html.ts';
import type { FormatIsoDate } from '../format-date.ts';
import { csrfInput } from './form.ts';
import type { AdminT } from './types.ts';

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
  ui: AdminT;
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

/** `amount` of a unit, the language's short way ("3 hr", "3 ч", "3小时"). */
const unit = (lang: string, amount: number, u: 'minute' | 'hour' | 'day') =>
  new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: u === 'day' ? 'long' : 'short' }).format(
    amount,
  );

const join = (lang: string, parts: string[]) =>
  new Intl.ListFormat(lang, { type: 'unit', style: 'narrow' }).format(parts);

/** "3 hr 20 min", "2 days 4 hr", "5 min" (in `lang`, through Intl): how long since `from`. */
export function waitingFor(from: string, now: string, lang = 'en'): string {
  const minutes = Math.max(0, Math.floor((Date.parse(now) - Date.parse(from)) / 60_000));
  if (minutes < 60) return unit(lang, minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 48)
    return minutes % 60
      ? join(lang, [unit(lang, hours, 'hour'), unit(lang, minutes % 60, 'minute')])
      : unit(lang, hours, 'hour');
  const days = Math.floor(hours / 24);
  return hours % 24
    ? join(lang, [unit(lang, days, 'day'), unit(lang, hours % 24, 'hour')])
    : unit(lang, days, 'day');
}

const card = (id: string, href: string, figure: string, label: string, detail: string) =>
  html`<li class="dash-card">
    <a class="dash-card-link" href="${href}" aria-describedby="${id}-detail">
      <span class="dash-figure">${figure}</span> <span class="dash-label">${label}</span>
    </a>
    <p class="dash-detail" id="${id}-detail">${detail}</p>
  </li>`;

const cards = (v: DashboardView) => {
  const { ui } = v;
  const out: Html[] = [];
  if (v.comments) {
    const c = v.comments;
    out.push(
      card(
        'dash-comments',
        c.href,
        String(c.count),
        ui.t('dashboard.commentsWaiting', { count: c.count }),
        c.oldestAt
          ? ui.t('dashboard.oldestWaited', { duration: waitingFor(c.oldestAt, v.now, ui.lang) })
          : ui.t('dashboard.noComments'),
      ),
    );
  }
  out.push(
    card(
      'dash-review',
      v.review.href,
      String(v.review.total),
      ui.t('dashboard.inReview', { count: v.review.total }),
      v.review.items[0]
        ? ui.t('dashboard.latest', { title: v.review.items[0].title })
        : ui.t('dashboard.noReview'),
    ),
    card(
      'dash-scheduled',
      v.scheduled.href,
      String(v.scheduled.total),
      ui.t('dashboard.scheduledCard', { count: v.scheduled.total }),
      v.scheduled.items[0]
        ? ui.t('dashboard.next', {
            title: v.scheduled.items[0].title,
            when: v.formatTime(v.scheduled.items[0].when),
          })
        : ui.t('dashboard.noScheduled'),
    ),
    card(
      'dash-drafts',
      v.drafts.href,
      String(v.drafts.total),
      ui.t('dashboard.drafts', { count: v.drafts.total }),
      v.drafts.items[0]
        ? ui.t('dashboard.latest', { title: v.drafts.items[0].title })
        : ui.t('dashboard.noDrafts'),
    ),
  );
  if (v.spam) {
    const s = v.spam;
    out.push(
      card(
        'dash-spam',
        s.href,
        String(s.day.caught),
        ui.t('dashboard.spamCaught'),
        ui.t('dashboard.spamDetail', {
          week: s.week.caught,
          falsePositives: s.week.falsePositives,
          dayFalsePositives: s.day.falsePositives,
        }),
      ),
    );
  }
  return html`<ul class="dash-cards">
    ${out}
  </ul>`;
};

const storyList = (id: string, title: string, list: DashboardList, v: DashboardView, empty: string) =>
  html`<section class="admin-section dash-list" aria-labelledby="${id}">
    <h2 id="${id}">${title}</h2>
    ${
      list.items.length
        ? html`<ul class="dash-stories">
              ${list.items.map(
                (s) =>
                  html`<li>
                    <a href="/admin/posts/${String(s.id)}/edit">${s.title || v.ui.t('dashboard.untitled')}</a>
                    <span class="dash-story-meta"
                      >${v.ownPostsOnly ? '' : `${s.authorName} · `}<time datetime="${s.when}"
                        >${v.formatTime(s.when)}</time
                      ></span
                    >
                  </li>`,
              )}
            </ul>
            ${list.total > list.items.length ? html`<p><a href="${list.href}">${v.ui.t('dashboard.all', { count: list.total })}</a></p>` : ''}`
        : html`<p class="form-hint">${empty}</p>`
    }
  </section>`;

/** The dashboard's main content. */
export function dashboardMain(v: DashboardView): Html {
  const { ui } = v;
  const counts = v.counts.length
    ? html`<section class="admin-section" aria-labelledby="posts-heading">
        <h2 id="posts-heading">${ui.t(v.ownPostsOnly ? 'dashboard.yourPosts' : 'dashboard.posts')}</h2>
        <ul class="admin-cards">
          ${v.counts.map(
            (c) =>
              html`<li class="admin-card">
                <a href="${c.href}"><span class="admin-card-count">${String(c.count)}</span> ${c.label}</a>
              </li>`,
          )}
        </ul>
      </section>`
    : EMPTY_HTML;
  return html`<div class="page-head">
      <h1 class="page-title">${ui.t('dashboard.title')}</h1>
      ${v.writeHref ? html`<a class="button" href="${v.writeHref}">${ui.t('dashboard.write')}</a>` : ''}
    </div>
    <p>${ui.t('dashboard.hello', { name: v.userName })}</p>
    ${cards(v)}
    <div class="dash-lists">
      ${storyList('scheduled-heading', ui.t('dashboard.scheduledNext'), v.scheduled, v, ui.t('dashboard.noScheduled'))}
      ${storyList('review-heading', ui.t('dashboard.reviewList'), v.review, v, ui.t('dashboard.noReview'))}
      ${storyList('drafts-heading', ui.t('dashboard.draftList'), v.drafts, v, ui.t('dashboard.noDrafts'))}
    </div>
    ${counts}
    <section class="admin-section" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">${ui.t('dashboard.sessions')}</h2>
      <p>${ui.t('dashboard.sessionsHint')}</p>
      <form method="post" action="/admin/logout-everywhere">
        ${csrfInput(v.csrfToken)}
        <button type="submit" class="button button--secondary">${ui.t('dashboard.logOutEverywhere')}</button>
      </form>
    </section>`;
}
