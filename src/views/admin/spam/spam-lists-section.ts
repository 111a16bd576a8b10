// The reputation lists on the spam dashboard: each list's source, entries, last load and last
// error for editors and owners; adding, refreshing, switching off and removing for owners. A
// failed read's own error (from the network or the file system) is shown as written, in English.
import type { FormatIsoDate } from '../../format-date.ts';
import { type Html, html } from '../../html.ts';
import { messageHtml } from '../../message-html.ts';
import type { ListStatus } from '../../../spam/lists/list-repo.ts';
import { csrfInput } from '../form.ts';
import type { AdminT } from '../types.ts';
import { spamFormats } from './spam-format.ts';

/** What the section needs. */
export interface ListsSectionProps {
  ui: AdminT;
  lists: ListStatus[];
  csrfToken: string;
  /** Owners: the actions and the form to add a list. */
  manage: boolean;
  /** Writes an instant on the site's clock. */
  formatTime: FormatIsoDate;
}

const actions = (ui: AdminT, l: ListStatus, csrf: string) => {
  const base = `/admin/spam/lists/${encodeURIComponent(l.name)}`;
  const button = (action: string, label: string) =>
    html`<form method="post" action="${base}/${action}" class="inline-form">
      ${csrfInput(csrf)}
      <button class="button button--secondary button--small" type="submit">${label}</button>
    </form>`;
  return html`${button('refresh', ui.t('spam.lists.refresh', { name: l.name }))}
  ${button(
    l.enabled ? 'disable' : 'enable',
    ui.t(l.enabled ? 'spam.lists.disable' : 'spam.lists.enable', { name: l.name }),
  )}
  ${button('remove', ui.t('spam.lists.remove', { name: l.name }))}`;
};

const row = (p: ListsSectionProps, l: ListStatus) => {
  const { ui } = p;
  const f = spamFormats(ui);
  const time = (iso: string | null) =>
    iso ? html`<time datetime="${iso}">${p.formatTime(iso)}</time>` : html`${ui.t('spam.lists.never')}`;
  return html`<tr>
    <th scope="row">${l.enabled ? l.name : ui.t('spam.lists.nameDisabled', { name: l.name })}</th>
    <td>
      ${ui.t('spam.lists.holdsFrom', {
        kind: l.kind,
        format: l.format,
        column: l.format === 'csv' ? (l.csvColumn ?? '') : '',
      })}<br /><code>${l.location}</code>
    </td>
    <td>${ui.t('spam.lists.weight', { weight: f.number(l.weight), action: l.action })}</td>
    <td>
      ${f.number(l.entries)}${
        l.skipped
          ? html`<br /><small
                title="${ui.t('spam.lists.skippedLines', {
                  lines: f.list(l.skippedLines.slice(0, 5).map((s) => f.number(s.line))),
                })}"
                >${ui.t('spam.lists.skipped', { count: l.skipped })}</small
              >`
          : ''
      }
    </td>
    <td>
      ${time(l.loadedAt)}<br /><small
        >${messageHtml(ui, 'spam.lists.checked', {
          time: time(l.checkedAt),
          minutes: l.refreshMinutes,
        })}</small
      >
    </td>
    <td>
      ${
        l.lastError
          ? html`${messageHtml(
                ui,
                'spam.lists.failed',
                { time: time(l.lastErrorAt), error: html`<code lang="en">${l.lastError}</code>` },
                { strong: (inner) => html`<strong>${inner}</strong>` },
              )}<br /><small>${ui.t('spam.lists.lastGoodCopy')}</small>`
          : l.loadedAt
            ? ui.t('spam.lists.ok')
            : ui.t('spam.lists.notLoaded')
      }
    </td>
    ${p.manage ? html`<td>${actions(ui, l, p.csrfToken)}</td>` : ''}
  </tr>`;
};

const option = (value: string, label: string) => html`<option value="${value}">${label}</option>`;

const addForm = (ui: AdminT, csrf: string) =>
  html`<form method="post" action="/admin/spam/lists" class="spam-list-form">
    ${csrfInput(csrf)}
    <p>
      <label for="list-name">${ui.t('spam.lists.form.name')}</label>
      <input
        type="text"
        class="form-input"
        id="list-name"
        name="name"
        required
        maxlength="64"
        pattern="[A-Za-z0-9][A-Za-z0-9._-]*"
      />
    </p>
    <p>
      <label for="list-location">${ui.t('spam.lists.form.location')}</label>
      <input type="text" class="form-input" id="list-location" name="location" required />
    </p>
    <p>
      <label for="list-kind">${ui.t('spam.lists.form.kind')}</label>
      <select class="form-input" id="list-kind" name="kind">
        ${(['ip', 'domain', 'email', 'username'] as const).map((k) =>
          option(k, ui.t('spam.lists.form.kindOption', { kind: k })),
        )}
      </select>
    </p>
    <p>
      <label for="list-format">${ui.t('spam.lists.form.format')}</label>
      <select class="form-input" id="list-format" name="format">
        ${(['lines', 'hosts', 'csv'] as const).map((k) =>
          option(k, ui.t('spam.lists.form.formatOption', { format: k })),
        )}
      </select>
    </p>
    <p>
      <label for="list-column">${ui.t('spam.lists.form.column')}</label>
      <input type="text" class="form-input" id="list-column" name="csvColumn" />
    </p>
    <p>
      <label for="list-weight">${ui.t('spam.lists.form.weight')}</label>
      <input
        class="form-input"
        id="list-weight"
        name="weight"
        type="number"
        step="0.1"
        min="-10"
        max="10"
        value="2"
      />
    </p>
    <p>
      <label for="list-action">${ui.t('spam.lists.form.action')}</label>
      <select class="form-input" id="list-action" name="action">
        ${option('hold', ui.t('spam.lists.form.actionHold'))}
        ${option('score', ui.t('spam.lists.form.actionScore'))}
      </select>
    </p>
    <p>
      <label for="list-refresh">${ui.t('spam.lists.form.refresh')}</label>
      <input
        class="form-input"
        id="list-refresh"
        name="refreshMinutes"
        type="number"
        min="5"
        max="40320"
        value="360"
      />
    </p>
    <button class="button" type="submit">${ui.t('spam.lists.form.add')}</button>
  </form>`;

/** The section: a status table, and for owners the actions and a form to add a list. */
export function renderListsSection(p: ListsSectionProps): Html {
  const { ui } = p;
  return html`<section aria-labelledby="spam-lists">
    <h2 id="spam-lists">${ui.t('spam.lists.heading')}</h2>
    <p class="form-hint">
      ${messageHtml(ui, 'spam.lists.hint', {
        command: html`<code>silkpress spam lists</code>`,
        doc: html`<code>docs/spam.md</code>`,
      })}
    </p>
    <div class="admin-table-wrap" tabindex="0" role="region" aria-label="${ui.t('spam.lists.table')}">
      <table class="admin-table">
        <thead>
          <tr>
            <th scope="col">${ui.t('spam.lists.list')}</th>
            <th scope="col">${ui.t('spam.lists.holdsFromHeader')}</th>
            <th scope="col">${ui.t('spam.lists.weightHeader')}</th>
            <th scope="col">${ui.t('spam.lists.entries')}</th>
            <th scope="col">${ui.t('spam.lists.loaded')}</th>
            <th scope="col">${ui.t('spam.lists.lastRefresh')}</th>
            ${p.manage ? html`<th scope="col">${ui.t('spam.lists.actions')}</th>` : ''}
          </tr>
        </thead>
        <tbody>
          ${
            p.lists.length
              ? p.lists.map((l) => row(p, l))
              : html`<tr>
                  <td colspan="${p.manage ? '7' : '6'}">${ui.t('spam.lists.none')}</td>
                </tr>`
          }
        </tbody>
      </table>
    </div>
    ${p.manage ? addForm(ui, p.csrfToken) : ''}
  </section>`;
}
