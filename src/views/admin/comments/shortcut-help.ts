// The console's keyboard shortcuts, in a dialog the script opens on "?".
import { type Html, html } from '../../html.ts';

const KEYS: Array<[string, string]> = [
  ['j', 'Next comment'],
  ['k', 'Previous comment'],
  ['a', 'Approve (or Not spam / Restore)'],
  ['s', 'Mark as spam'],
  ['d', 'Move to trash'],
  ['r', 'Reply (opens the comment)'],
  ['z', 'Undo the last decision'],
  ['?', 'Show or hide this help'],
];

/** The help dialog (closed until the script opens it). */
export function renderShortcutHelp(): Html {
  return html`<dialog class="shortcut-help" id="shortcut-help" aria-labelledby="shortcut-help-title">
    <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
    <dl>
      ${KEYS.map(
        ([key, what]) =>
          html`<dt><kbd>${key}</kbd></dt>
            <dd>${what}</dd>`,
      )}
    </dl>
    <form method="dialog"><button class="button" type="submit">Close</button></form>
  </dialog>`;
}
