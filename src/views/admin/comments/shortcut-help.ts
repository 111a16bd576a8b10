// The console's keyboard shortcuts, in a dialog the script opens on "?".
import { type Html, html } from '../../html.ts';
import type { AdminT } from '../types.ts';

const KEYS = [
  ['j', 'next'],
  ['k', 'previous'],
  ['a', 'approve'],
  ['s', 'spam'],
  ['d', 'trash'],
  ['r', 'reply'],
  ['z', 'undo'],
  ['?', 'help'],
] as const;

/** The help dialog (closed until the script opens it). */
export function renderShortcutHelp(ui: AdminT): Html {
  return html`<dialog class="shortcut-help" id="shortcut-help" aria-labelledby="shortcut-help-title">
    <h2 id="shortcut-help-title">${ui.t('comments.keys.title')}</h2>
    <dl>
      ${KEYS.map(
        ([key, what]) =>
          html`<dt><kbd>${key}</kbd></dt>
            <dd>${ui.t(`comments.keys.${what}`)}</dd>`,
      )}
    </dl>
    <form method="dialog"><button class="button" type="submit">${ui.t('comments.keys.close')}</button></form>
  </dialog>`;
}
