// The spam dashboard (/admin/spam): comments per day by verdict, corrections per week and top
// reasons as inline SVG charts with data tables, the reputation lists, and the Akismet-compatible
// API keys, in the admin's language.
import type { FormatIsoDate } from '../../format-date.ts';
import { type Html, html } from '../../html.ts';
import { messageHtml } from '../../message-html.ts';
import type { ApiKeyWithUsage } from '../../../spam/network/api-key-repo.ts';
import { csrfInput } from '../form.ts';
import type { AdminT } from '../types.ts';
import type { ListStatus } from '../../../spam/lists/list-repo.ts';
import { renderBarChart, renderChartTable, type BarChart } from './bar-chart.ts';
import { type LineChart, renderLineChart, renderLineChartTable } from './line-chart.ts';
import { renderListsSection } from './spam-lists-section.ts';
import { spamFormats } from './spam-format.ts';

/** Everything the dashboard shows. */
export interface SpamPageProps {
  ui: AdminT;
  csrfToken: string;
  perDay: BarChart;
  corrections: BarChart;
  reasons: BarChart;
  /** The learning curve measured on public data. */
  learning: LineChart;
  shadow: boolean;
  keys: ApiKeyWithUsage[];
  /** The upstream service and what it did in the last 30 days, or null when none is configured. */
  upstream: {
    host: string;
    /** Checks by outcome: spam, discard, hold, ham, timeout, error, skipped. */
    outcomes: Record<string, number>;
    /** Reports of decisions by status: pending, sent, failed. */
    reports: Record<string, number>;
  } | null;
  /** A key just created: shown once. */
  newKey?: string | null;
  /** The reputation lists with their status. */
  lists: ListStatus[];
  /** Whether this user may add, refresh, switch and remove lists (owners). */
  manageLists: boolean;
  /** Writes an instant on the site's clock (the timezone setting). */
  formatTime: FormatIsoDate;
}

const chart = (ui: AdminT, c: BarChart) => html`${renderBarChart(ui, c)} ${renderChartTable(ui, c)}`;

const keyRow = (ui: AdminT, k: ApiKeyWithUsage, csrf: string, formatTime: FormatIsoDate) => {
  const f = spamFormats(ui);
  return html`<tr>
    <td><code>${k.keyPrefix}…</code></td>
    <td>${k.label}</td>
    <td>${k.siteUrl ?? '—'}</td>
    <td>${ui.t('spam.keys.perMinute', { rate: f.number(k.rateLimit) })}</td>
    <td>${ui.t('spam.keys.calls', { month: f.number(k.callsThisMonth), total: f.number(k.callsTotal) })}</td>
    <td>
      ${
        k.revokedAt
          ? messageHtml(ui, 'spam.keys.revokedAt', {
              time: html`<time datetime="${k.revokedAt}">${formatTime(k.revokedAt)}</time>`,
            })
          : html`<form method="post" action="/admin/spam/keys/${String(k.id)}/revoke">
              ${csrfInput(csrf)}
              <button
                class="button button--secondary button--small"
                type="submit"
                aria-label="${ui.t('spam.keys.revokeLabel', { label: k.label })}"
              >
                ${ui.t('spam.keys.revoke')}
              </button>
            </form>`
      }
    </td>
  </tr>`;
};

const upstreamSection = (ui: AdminT, u: NonNullable<SpamPageProps['upstream']>) => {
  const f = spamFormats(ui);
  const n = (counts: Record<string, number>, ...keys: string[]) =>
    f.number(keys.reduce((sum, k) => sum + (counts[k] ?? 0), 0));
  return html`<section aria-labelledby="spam-upstream">
    <h2 id="spam-upstream">${ui.t('spam.upstream.heading')}</h2>
    <p class="form-hint">
      ${messageHtml(ui, 'spam.upstream.hint', { host: u.host }, { strong: (inner) => html`<strong>${inner}</strong>` })}
    </p>
    <div class="admin-table-wrap" tabindex="0" role="region" aria-label="${ui.t('spam.upstream.table')}">
      <table class="admin-table">
        <caption>
          ${ui.t('spam.upstream.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${ui.t('spam.upstream.answered')}</th>
            <th scope="col">${ui.t('spam.upstream.timeouts')}</th>
            <th scope="col">${ui.t('spam.upstream.errors')}</th>
            <th scope="col">${ui.t('spam.upstream.skipped')}</th>
            <th scope="col">${ui.t('spam.upstream.sent')}</th>
            <th scope="col">${ui.t('spam.upstream.waiting')}</th>
            <th scope="col">${ui.t('spam.upstream.failed')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              ${ui.t('spam.upstream.answeredCells', {
                all: n(u.outcomes, 'spam', 'discard', 'ham', 'hold'),
                spam: n(u.outcomes, 'spam', 'discard'),
                ham: n(u.outcomes, 'ham'),
                hold: n(u.outcomes, 'hold'),
              })}
            </td>
            <td>${n(u.outcomes, 'timeout')}</td>
            <td>${n(u.outcomes, 'error')}</td>
            <td>${n(u.outcomes, 'skipped')}</td>
            <td>${n(u.reports, 'sent')}</td>
            <td>${n(u.reports, 'pending')}</td>
            <td>${n(u.reports, 'failed')}</td>
          </tr>
        </tbody>
      </table>
    </div>
  </section>`;
};

const code = (text: string) => html`<code>${text}</code>`;

/** The page body. */
export function renderSpamPage(p: SpamPageProps): Html {
  const { ui } = p;
  return html`<h1>${ui.t('spam.heading')}</h1>
    ${p.shadow ? html`<p class="notice" role="status">${ui.t('spam.shadowNotice')}</p>` : ''}
    <section aria-labelledby="spam-charts">
      <h2 id="spam-charts">${ui.t('spam.last30Days')}</h2>
      ${chart(ui, p.perDay)} ${chart(ui, p.corrections)} ${chart(ui, p.reasons)}
    </section>
    <section aria-labelledby="spam-learning">
      <h2 id="spam-learning">${ui.t('spam.learning.heading')}</h2>
      <p class="form-hint">
        ${messageHtml(ui, 'spam.learning.hint', {
          command: code('npm run spam:curve'),
          doc: code('docs/spam.md'),
        })}
      </p>
      ${renderLineChart(ui, p.learning)} ${renderLineChartTable(ui, p.learning)}
    </section>
    ${p.upstream ? upstreamSection(ui, p.upstream) : ''}
    ${renderListsSection({ ui, lists: p.lists, csrfToken: p.csrfToken, manage: p.manageLists, formatTime: p.formatTime })}
    <section aria-labelledby="spam-keys">
      <h2 id="spam-keys">${ui.t('spam.keys.heading')}</h2>
      <p class="form-hint">${messageHtml(ui, 'spam.keys.hint', { doc: code('docs/akismet-api.md') })}</p>
      ${
        p.newKey
          ? html`<p class="notice" role="status">
              ${messageHtml(ui, 'spam.keys.newKey', { key: html`<code id="new-api-key">${p.newKey}</code>` })}
            </p>`
          : ''
      }
      <div class="admin-table-wrap" tabindex="0" role="region" aria-label="${ui.t('spam.keys.table')}">
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col">${ui.t('spam.keys.key')}</th>
              <th scope="col">${ui.t('spam.keys.label')}</th>
              <th scope="col">${ui.t('spam.keys.site')}</th>
              <th scope="col">${ui.t('spam.keys.rateLimit')}</th>
              <th scope="col">${ui.t('spam.keys.callsThisMonth')}</th>
              <th scope="col">${ui.t('spam.keys.status')}</th>
            </tr>
          </thead>
          <tbody>
            ${
              p.keys.length
                ? p.keys.map((k) => keyRow(ui, k, p.csrfToken, p.formatTime))
                : html`<tr>
                    <td colspan="6">${ui.t('spam.keys.none')}</td>
                  </tr>`
            }
          </tbody>
        </table>
      </div>
      <form method="post" action="/admin/spam/keys" class="spam-key-form">
        ${csrfInput(p.csrfToken)}
        <p>
          <label for="key-label">${ui.t('spam.keys.label')}</label>
          <input class="form-input" type="text" id="key-label" name="label" required maxlength="100" />
        </p>
        <p>
          <label for="key-site">${ui.t('spam.keys.siteUrl')}</label>
          <input class="form-input" id="key-site" name="site" type="url" />
        </p>
        <p>
          <label for="key-rate">${ui.t('spam.keys.requestsPerMinute')}</label>
          <input
            class="form-input"
            id="key-rate"
            name="rateLimit"
            type="number"
            min="1"
            max="1000000"
            value="600"
          />
        </p>
        <button class="button" type="submit">${ui.t('spam.keys.create')}</button>
      </form>
    </section>`;
}
