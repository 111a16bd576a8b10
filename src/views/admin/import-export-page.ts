// The owner's Import/Export page: upload a WordPress export, see the report; download one.
import { type Html, html, EMPTY_HTML } from '../html.ts';
import type { ImportReport } from '../../importers/wxr/import-types.ts';
import { messageHtml } from '../message-html.ts';
import { csrfInput } from './form.ts';
import type { AdminT } from './types.ts';

/** Page state: the report of the import just run, or an error, or nothing yet. */
export interface ImportExportView {
  ui: AdminT;
  csrfToken: string;
  report: ImportReport | null;
  error: string | null;
}

function reportHtml(ui: AdminT, r: ImportReport): Html {
  const rows = Object.entries(r.counts).map(
    ([kind, c]) =>
      html`<tr>
        <th scope="row">${kind}</th>
        <td>${c.imported}</td>
        <td>${c.skipped}</td>
        <td>${c.failed}</td>
      </tr>`,
  );
  const list = (title: string, items: string[]): Html =>
    items.length === 0
      ? EMPTY_HTML
      : html`<h3>${title}</h3>
          <ul>
            ${items.map((i) => html`<li>${i}</li>`)}
          </ul>`;
  const at = (line: number) => (line > 0 ? ui.t('importExport.atLine', { line }) : '');
  return html`<section aria-labelledby="import-report">
    <h2 id="import-report">${ui.t(r.dryRun ? 'importExport.reportDryRun' : 'importExport.report')}</h2>
    ${
      r.fatal
        ? html`<p role="alert">
            ${ui.t('importExport.fatal', { line: r.fatal.line, column: r.fatal.column, message: r.fatal.message })}
          </p>`
        : ''
    }
    <table>
      <thead>
        <tr>
          <th scope="col">${ui.t('importExport.kind')}</th>
          <th scope="col">${ui.t('importExport.imported')}</th>
          <th scope="col">${ui.t('importExport.skipped')}</th>
          <th scope="col">${ui.t('importExport.failed')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
    ${list(
      ui.t('importExport.failures'),
      r.failures.map((f) => `${at(f.line)}${f.kind} “${f.title}”: ${f.reason}`),
    )}
    ${list(
      ui.t('importExport.unknownShortcodes'),
      Object.entries(r.unknownShortcodes).map(([n, c]) =>
        ui.t('importExport.shortcodeCount', { name: n, count: c }),
      ),
    )}
    ${list(
      ui.t('importExport.warnings'),
      r.warnings.slice(0, 300).map((w) => `${at(w.line)}${w.message}`),
    )}
    ${list(ui.t('importExport.notes'), r.notes)}
  </section>`;
}

/** The page's main content. */
export function importExportMain(v: ImportExportView): Html {
  const { ui } = v;
  const code = (inner: Html) => html`<code>${inner}</code>`;
  return html`<h1>${ui.t('importExport.title')}</h1>
    ${v.error ? html`<p role="alert">${v.error}</p>` : ''} ${v.report ? reportHtml(ui, v.report) : ''}
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">${ui.t('importExport.importHeading')}</h2>
      <p>${messageHtml(ui, 'importExport.importIntro', {}, { code })}</p>
      <form method="post" action="/admin/import-export/import" enctype="multipart/form-data">
        ${csrfInput(v.csrfToken)}
        <p>
          <label for="wxr-file">${ui.t('importExport.file')}</label>
          <input id="wxr-file" name="file" type="file" accept=".xml,application/xml,text/xml" required />
        </p>
        <p>
          <input id="wxr-dry-run" name="dryRun" type="checkbox" value="1" />
          <label for="wxr-dry-run">${ui.t('importExport.dryRun')}</label>
        </p>
        <p>
          <input id="wxr-train-spam" name="trainSpam" type="checkbox" value="1" />
          <label for="wxr-train-spam">${ui.t('importExport.trainSpam')}</label>
        </p>
        <p><button type="submit">${ui.t('importExport.import')}</button></p>
      </form>
    </section>
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">${ui.t('importExport.exportHeading')}</h2>
      <p>${ui.t('importExport.exportIntro')}</p>
      <p><a href="/admin/import-export/export.xml" download>${ui.t('importExport.download')}</a></p>
    </section>`;
}
