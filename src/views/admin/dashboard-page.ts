// The dashboard: post counts by status and shortcuts to what the user may do.
import { html } from 'ghtml';
import { csrfInput } from './form.ts';

/** Dashboard state. */
export interface DashboardView {
  userName: string;
  /** Post counts by status (empty when unavailable), in display order. */
  counts: { status: string; label: string; count: number; href: string }[];
  links: { href: string; label: string }[];
  csrfToken: string;
}

/** The dashboard's main content. */
export function dashboardMain(v: DashboardView): string {
  const counts = v.counts.length
    ? html`<section class="admin-section" aria-labelledby="posts-heading">
        <h2 id="posts-heading">Posts</h2>
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
  return html`<h1 class="page-title">Dashboard</h1>
    <p>Hello, ${v.userName}.</p>
    !${counts}
    <section class="admin-section" aria-labelledby="links-heading">
      <h2 id="links-heading">Go to</h2>
      <ul>
        !${v.links.map((l) => html`<li><a href="${l.href}">${l.label}</a></li>`)}
      </ul>
    </section>
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
