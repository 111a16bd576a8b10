// The reputation lists on the spam dashboard: each list's source, entries, last load and last
// error for editors and owners; adding, refreshing, switching off and removing for owners.
import { type Html, html } from '../../html.ts';
import type { ListStatus } from '../../../spam/lists/list-repo.ts';
import { csrfInput } from '../form.ts';

const time = (iso: string | null) =>
  iso ? html`<time datetime="${iso}">${iso.slice(0, 16).replace('T', ' ')}</time>` : html`never`;

const actions = (l: ListStatus, csrf: string) => {
  const base = `/admin/spam/lists/${encodeURIComponent(l.name)}`;
  const button = (action: string, label: string) =>
    html`<form method="post" action="${base}/${action}" class="inline-form">
      ${csrfInput(csrf)}
      <button class="button button--secondary button--small" type="submit">${label}</button>
    </form>`;
  return html`${button('refresh', `Refresh ${l.name} now`)}
  ${button(l.enabled ? 'disable' : 'enable', `${l.enabled ? 'Disable' : 'Enable'} ${l.name}`)}
  ${button('remove', `Remove ${l.name}`)}`;
};

const row = (l: ListStatus, csrf: string, manage: boolean) =>
  html`<tr>
    <th scope="row">${l.name}${l.enabled ? '' : ' (disabled)'}</th>
    <td>
      ${l.kind}, ${l.format}${l.format === 'csv' ? ` column ${l.csvColumn ?? ''}` : ''}<br /><code
        >${l.location}</code
      >
    </td>
    <td>${String(l.weight)}${l.action === 'hold' ? ', holds' : ''}</td>
    <td>
      ${String(l.entries)}${
        l.skipped
          ? html`<br /><small
                title="${l.skippedLines
                  .slice(0, 5)
                  .map((s) => `line ${s.line}: ${s.message}`)
                  .join('; ')}"
                >${String(l.skipped)} malformed lines skipped</small
              >`
          : ''
      }
    </td>
    <td>
      ${time(l.loadedAt)}<br /><small
        >checked ${time(l.checkedAt)}, every ${String(l.refreshMinutes)} min</small
      >
    </td>
    <td>
      ${
        l.lastError
          ? html`<strong>Failed</strong> ${time(l.lastErrorAt)}: ${l.lastError}<br /><small
                >The last good copy stays in use.</small
              >`
          : l.loadedAt
            ? 'OK'
            : 'Not loaded yet'
      }
    </td>
    ${manage ? html`<td>${actions(l, csrf)}</td>` : ''}
  </tr>`;

const addForm = (csrf: string) =>
  html`<form method="post" action="/admin/spam/lists" class="spam-list-form">
    ${csrfInput(csrf)}
    <p>
      <label for="list-name">Name (shown in verdict reasons)</label>
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
      <label for="list-location">URL (http or https) or file path on the server</label>
      <input type="text" class="form-input" id="list-location" name="location" required />
    </p>
    <p>
      <label for="list-kind">Holds</label>
      <select class="form-input" id="list-kind" name="kind">
        <option value="ip">IP addresses and CIDR blocks</option>
        <option value="domain">domains</option>
        <option value="email">e-mail addresses or domains</option>
        <option value="username">user names</option>
      </select>
    </p>
    <p>
      <label for="list-format">Format</label>
      <select class="form-input" id="list-format" name="format">
        <option value="lines">one entry per line</option>
        <option value="hosts">hosts file</option>
        <option value="csv">CSV</option>
      </select>
    </p>
    <p>
      <label for="list-column">CSV column (number or header name)</label>
      <input type="text" class="form-input" id="list-column" name="csvColumn" />
    </p>
    <p>
      <label for="list-weight">Weight (log-odds a hit adds, −10 to 10)</label>
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
      <label for="list-action">A hit</label>
      <select class="form-input" id="list-action" name="action">
        <option value="hold">adds its weight and holds the comment for a moderator</option>
        <option value="score">only adds its weight</option>
      </select>
    </p>
    <p>
      <label for="list-refresh">Refresh every (minutes)</label>
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
    <button class="button" type="submit">Add and load list</button>
  </form>`;

/** The section: a status table, and for owners the actions and a form to add a list. */
export function renderListsSection(p: { lists: ListStatus[]; csrfToken: string; manage: boolean }): Html {
  return html`<section aria-labelledby="spam-lists">
    <h2 id="spam-lists">Reputation lists</h2>
    <p class="form-hint">
      IP, domain, e-mail and user name lists loaded from files or URLs on a schedule; each hit is an explained
      reason in the verdict. Also <code>silkpress spam lists</code>; see docs/spam.md.
    </p>
    <div class="admin-table-wrap" tabindex="0" role="region" aria-label="Reputation lists table">
      <table class="admin-table">
        <thead>
          <tr>
            <th scope="col">List</th>
            <th scope="col">Holds, from</th>
            <th scope="col">Weight</th>
            <th scope="col">Entries</th>
            <th scope="col">Loaded</th>
            <th scope="col">Last refresh</th>
            ${p.manage ? html`<th scope="col">Actions</th>` : ''}
          </tr>
        </thead>
        <tbody>
          ${
            p.lists.length
              ? p.lists.map((l) => row(l, p.csrfToken, p.manage))
              : html`<tr>
                  <td colspan="${p.manage ? '7' : '6'}">No lists yet.</td>
                </tr>`
          }
        </tbody>
      </table>
    </div>
    ${p.manage ? addForm(p.csrfToken) : ''}
  </section>`;
}
