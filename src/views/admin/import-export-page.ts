// The owner's Import/Export page: upload a WordPress export, see the report; download one.
import { html } from 'ghtml';
import type { ImportReport } from '../../importers/wxr/import-types.ts';
import { csrfInput } from './form.ts';

/** Page state: the report of the import just run, or an error, or nothing yet. */
export interface ImportExportView {
  csrfToken: string;
  report: ImportReport | null;
  error: string | null;
}

function reportHtml(r: ImportReport): string {
  const rows = Object.entries(r.counts).map(
    ([kind, c]) =>
      html`<tr>
        <th scope="row">${kind}</th>
        <td>${c.imported}</td>
        <td>${c.skipped}</td>
        <td>${c.failed}</td>
      </tr>`,
  );
  const list = (title: string, items: string[]): string =>
    items.length === 0
      ? ''
      : html`<h3>${title}</h3>
          <ul>
            !${items.map((i) => html`<li>${i}</li>`).join('')}
          </ul>`;
  const at = (line: number) => (line > 0 ? `line ${line}: ` : '');
  return html`<section aria-labelledby="import-report">
    <h2 id="import-report">${r.dryRun ? 'Dry run report (nothing was written)' : 'Import report'}</h2>
    !${
      r.fatal
        ? html`<p role="alert">
            The file is malformed at line ${r.fatal.line}, column ${r.fatal.column}: ${r.fatal.message}.
            Everything before the failing batch was imported; fix the file and import it again (nothing is
            imported twice).
          </p>`
        : ''
    }
    <table>
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col">Imported</th>
          <th scope="col">Skipped</th>
          <th scope="col">Failed</th>
        </tr>
      </thead>
      <tbody>
        !${rows.join('')}
      </tbody>
    </table>
    !${list(
      'Failures',
      r.failures.map((f) => `${at(f.line)}${f.kind} “${f.title}”: ${f.reason}`),
    )}
    !${list(
      'Unknown shortcodes (left visible for review)',
      Object.entries(r.unknownShortcodes).map(([n, c]) => `[${n}] in ${c} item(s)`),
    )}
    !${list(
      'Warnings',
      r.warnings.slice(0, 300).map((w) => `${at(w.line)}${w.message}`),
    )}
    !${list('Notes', r.notes)}
  </section>`;
}

/** The page's main content. */
export function importExportMain(v: ImportExportView): string {
  return html`<h1>Import/Export</h1>
    !${v.error ? html`<p role="alert">${v.error}</p>` : ''} !${v.report ? reportHtml(v.report) : ''}
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import from WordPress</h2>
      <p>
        In WordPress, use Tools → Export → All content and upload the file here. Importing twice imports
        nothing twice. Media files stay on the old site (use
        <code>silkpress import wxr FILE --media DIR</code> to copy them).
      </p>
      <form method="post" action="/admin/import-export/import" enctype="multipart/form-data">
        !${csrfInput(v.csrfToken)}
        <p>
          <label for="wxr-file">WordPress export file (.xml)</label>
          <input id="wxr-file" name="file" type="file" accept=".xml,application/xml,text/xml" required />
        </p>
        <p>
          <input id="wxr-dry-run" name="dryRun" type="checkbox" value="1" />
          <label for="wxr-dry-run">Dry run: report only, write nothing</label>
        </p>
        <p>
          <input id="wxr-train-spam" name="trainSpam" type="checkbox" value="1" />
          <label for="wxr-train-spam"
            >Teach the spam filter from the imported spam and approved comments</label
          >
        </p>
        <p><button type="submit">Import</button></p>
      </form>
    </section>
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">Export to WordPress</h2>
      <p>
        Posts, pages, authors, tags and comments as a file WordPress’s Tools → Import → WordPress accepts.
      </p>
      <p><a href="/admin/import-export/export.xml" download>Download the export file</a></p>
    </section>`;
}
