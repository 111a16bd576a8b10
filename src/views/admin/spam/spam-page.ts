// The spam dashboard (/admin/spam): comments per day by verdict, corrections per week and top
// reasons as inline SVG charts with data tables, the reputation lists, and the Akismet-compatible
// API keys.
import type { FormatIsoDate } from '../../format-date.ts';
import { type Html, html } from '../../html.ts';
import type { ApiKeyWithUsage } from '../../../spam/api-key-repo.ts';
import { csrfInput } from '../form.ts';
import type { ListStatus } from '../../../spam/lists/list-repo.ts';
import { renderBarChart, renderChartTable, type BarChart } from './bar-chart.ts';
import { type LineChart, renderLineChart, renderLineChartTable } from './line-chart.ts';
import { renderListsSection } from './spam-lists-section.ts';

/** Everything the dashboard shows. */
export interface SpamPageProps {
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

const chart = (c: BarChart) => html`${renderBarChart(c)} ${renderChartTable(c)}`;

const keyRow = (k: ApiKeyWithUsage, csrf: string, formatTime: FormatIsoDate) =>
  html`<tr>
    <td><code>${k.keyPrefix}…</code></td>
    <td>${k.label}</td>
    <td>${k.siteUrl ?? '—'}</td>
    <td>${String(k.rateLimit)}/min</td>
    <td>${String(k.callsThisMonth)} (total ${String(k.callsTotal)})</td>
    <td>
      ${
        k.revokedAt
          ? html`Revoked <time datetime="${k.revokedAt}">${formatTime(k.revokedAt)}</time>`
          : html`<form method="post" action="/admin/spam/keys/${String(k.id)}/revoke">
              ${csrfInput(csrf)}
              <button class="button button--secondary button--small" type="submit">Revoke</button>
            </form>`
      }
    </td>
  </tr>`;

const n = (counts: Record<string, number>, ...keys: string[]) =>
  String(keys.reduce((sum, k) => sum + (counts[k] ?? 0), 0));

const upstreamSection = (u: NonNullable<SpamPageProps['upstream']>) =>
  html`<section aria-labelledby="spam-upstream">
    <h2 id="spam-upstream">Upstream service</h2>
    <p class="form-hint">
      Each check also asks <strong>${u.host}</strong>; when it does not answer in time the local verdict
      stands. After three failures in a row it is rested for 30 seconds (counted as skipped).
    </p>
    <div class="admin-table-wrap" tabindex="0" role="region" aria-label="Upstream service table">
      <table class="admin-table">
        <caption>
          Checks in the last 30 days by the upstream's answer, and reports of moderators' decisions
        </caption>
        <thead>
          <tr>
            <th scope="col">Answered (spam / ham / hold)</th>
            <th scope="col">Timeouts</th>
            <th scope="col">Errors</th>
            <th scope="col">Skipped</th>
            <th scope="col">Reports sent</th>
            <th scope="col">Reports waiting</th>
            <th scope="col">Reports given up</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              ${n(u.outcomes, 'spam', 'discard', 'ham', 'hold')} (${n(u.outcomes, 'spam', 'discard')} /
              ${n(u.outcomes, 'ham')} / ${n(u.outcomes, 'hold')})
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

/** The page body. */
export function renderSpamPage(p: SpamPageProps): Html {
  return html`<h1>Spam defense</h1>
    ${
      p.shadow
        ? html`<p class="notice" role="status">
            Shadow mode is on: verdicts are recorded and shown, nothing is blocked.
          </p>`
        : ''
    }
    <section aria-labelledby="spam-charts">
      <h2 id="spam-charts">Last 30 days</h2>
      ${chart(p.perDay)} ${chart(p.corrections)} ${chart(p.reasons)}
    </section>
    <section aria-labelledby="spam-learning">
      <h2 id="spam-learning">Learning curve</h2>
      <p class="form-hint">
        Each moderator decision teaches this site's filter. Measured on public comments the built-in model
        never saw (TubeSpam videos, replayed in time order; npm run spam:curve, docs/spam.md).
      </p>
      ${renderLineChart(p.learning)} ${renderLineChartTable(p.learning)}
    </section>
    ${p.upstream ? upstreamSection(p.upstream) : ''}
    ${renderListsSection({ lists: p.lists, csrfToken: p.csrfToken, manage: p.manageLists })}
    <section aria-labelledby="spam-keys">
      <h2 id="spam-keys">Akismet-compatible API keys</h2>
      <p class="form-hint">
        Any Akismet client can check comments against this site's spam filter. See docs/akismet-api.md.
      </p>
      ${
        p.newKey
          ? html`<p class="notice" role="status">
              New key (shown once; copy it now): <code id="new-api-key">${p.newKey}</code>
            </p>`
          : ''
      }
      <div class="admin-table-wrap" tabindex="0" role="region" aria-label="API keys table">
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Label</th>
              <th scope="col">Site</th>
              <th scope="col">Rate limit</th>
              <th scope="col">Calls this month</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            ${
              p.keys.length
                ? p.keys.map((k) => keyRow(k, p.csrfToken, p.formatTime))
                : html`<tr>
                    <td colspan="6">No keys yet.</td>
                  </tr>`
            }
          </tbody>
        </table>
      </div>
      <form method="post" action="/admin/spam/keys" class="spam-key-form">
        ${csrfInput(p.csrfToken)}
        <p>
          <label for="key-label">Label</label>
          <input class="form-input" type="text" id="key-label" name="label" required maxlength="100" />
        </p>
        <p>
          <label for="key-site">Site URL (optional)</label>
          <input class="form-input" id="key-site" name="site" type="url" />
        </p>
        <p>
          <label for="key-rate">Requests per minute</label>
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
        <button class="button" type="submit">Create key</button>
      </form>
    </section>`;
}
