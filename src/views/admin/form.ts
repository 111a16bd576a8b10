// Form building blocks for admin pages: labelled fields with hints and errors wired up through
// aria-describedby, an error summary linking to each field, and the hidden CSRF input.
import { type Html, html, EMPTY_HTML } from '../html.ts';
import type { AdminT } from './types.ts';

/** Field name → message, for a form that was sent back. */
export type FieldErrors = Record<string, string | undefined>;

/** The hidden `_csrf` input every admin form carries. */
export function csrfInput(token: string): Html {
  return html`<input type="hidden" name="_csrf" value="${token}" />`;
}

function describedBy(id: string, hint?: string, error?: string): Html {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids ? html` aria-describedby="${ids}"` : EMPTY_HTML;
}

function hintAndError(id: string, hint?: string, error?: string): Html {
  return html`${hint ? html`<p class="form-hint" id="${id}-hint">${hint}</p>` : EMPTY_HTML}${error ? html`<p class="form-error" id="${id}-error">${error}</p>` : EMPTY_HTML}`;
}

/** A text-like input (`type` text, email, password, url, number…). */
export interface TextFieldProps {
  name: string;
  label: string;
  value?: string;
  type?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  autocomplete?: string;
  maxlength?: number;
  min?: number;
  max?: number;
  /** Id prefix when the same field name appears in several forms on a page. */
  idPrefix?: string;
}

/** A labelled input. */
export function textField(p: TextFieldProps): Html {
  const id = `${p.idPrefix ?? 'f'}-${p.name}`;
  const attrs = [
    p.required ? html` required` : EMPTY_HTML,
    p.autocomplete ? html` autocomplete="${p.autocomplete}"` : EMPTY_HTML,
    p.maxlength ? html` maxlength="${String(p.maxlength)}"` : EMPTY_HTML,
    p.min !== undefined ? html` min="${String(p.min)}"` : EMPTY_HTML,
    p.max !== undefined ? html` max="${String(p.max)}"` : EMPTY_HTML,
    p.error ? html` aria-invalid="true"` : EMPTY_HTML,
    describedBy(id, p.hint, p.error),
  ];
  const required = p.required ? html` <span class="form-required" aria-hidden="true">*</span>` : EMPTY_HTML;
  return html`<div class="form-field">
    <label class="form-label" for="${id}">${p.label}${required}</label>
    ${hintAndError(id, p.hint, p.error)}
    <input
      class="form-input"
      id="${id}"
      name="${p.name}"
      type="${p.type ?? 'text'}"
      value="${p.value ?? ''}"
      ${attrs}
    />
  </div>`;
}

/** A labelled textarea. */
export function textareaField(
  p: Omit<TextFieldProps, 'type' | 'min' | 'max'> & { rows?: number; placeholder?: string },
): Html {
  const id = `${p.idPrefix ?? 'f'}-${p.name}`;
  const attrs = [
    p.maxlength ? html` maxlength="${String(p.maxlength)}"` : EMPTY_HTML,
    p.placeholder ? html` placeholder="${p.placeholder}"` : EMPTY_HTML,
    p.error ? html` aria-invalid="true"` : EMPTY_HTML,
    describedBy(id, p.hint, p.error),
  ];
  return html`<div class="form-field">
    <label class="form-label" for="${id}">${p.label}</label>
    ${hintAndError(id, p.hint, p.error)}
    <textarea class="form-textarea" id="${id}" name="${p.name}" rows="${String(p.rows ?? 4)}" ${attrs}>
${p.value ?? ''}</textarea>
  </div>`;
}

/** A labelled select. */
export function selectField(p: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string;
  hint?: string;
  error?: string;
  idPrefix?: string;
}): Html {
  const id = `${p.idPrefix ?? 'f'}-${p.name}`;
  const options = p.options.map((o) =>
    o.value === p.value
      ? html`<option value="${o.value}" selected>${o.label}</option>`
      : html`<option value="${o.value}">${o.label}</option>`,
  );
  return html`<div class="form-field">
    <label class="form-label" for="${id}">${p.label}</label>
    ${hintAndError(id, p.hint, p.error)}
    <select class="form-select" id="${id}" name="${p.name}" ${describedBy(id, p.hint, p.error)}>
      ${options}
    </select>
  </div>`;
}

/** A checkbox with its label beside it. */
export function checkboxField(p: { name: string; label: string; checked: boolean; hint?: string }): Html {
  const id = `f-${p.name}`;
  const hint = p.hint ? html`<span class="form-hint" id="${id}-hint">${p.hint}</span>` : EMPTY_HTML;
  return html`<div class="form-check">
    <input
      type="checkbox"
      id="${id}"
      name="${p.name}"
      value="1"
      ${p.checked ? html` checked` : EMPTY_HTML}${p.hint ? html` aria-describedby="${id}-hint"` : ''}
    />
    <label for="${id}">${p.label}${hint ? html`<br />` : ''}${hint}</label>
  </div>`;
}

/** "There is a problem" box listing each error as a link to its field (empty without errors). */
export function errorSummary(ui: AdminT, errors: FieldErrors, idPrefix = 'f'): Html {
  const entries = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  if (entries.length === 0) return EMPTY_HTML;
  return html`<div class="notice notice--error admin-error-summary" role="alert" tabindex="-1">
    <h2 class="admin-error-summary-title">${ui.t('form.errorSummary')}</h2>
    <ul>
      ${entries.map(([field, message]) => html`<li><a href="#${idPrefix}-${field}">${message}</a></li>`)}
    </ul>
  </div>`;
}
