// The editor's script and stylesheet, read once when the module loads.
import { readFileSync } from 'node:fs';

/** Editor enhancements (live preview, autosave, unsaved-changes warning, drag and drop). */
export const editorJs: string = readFileSync(new URL('./editor.js', import.meta.url), 'utf8');

/** Styles of the editor, lists, revisions and media pages. */
export const editorCss: string = readFileSync(new URL('./editor.css', import.meta.url), 'utf8');
