// The search form used in the navigation, on the search page and on the 404 page.
import { EMPTY_HTML, html, type Html } from './html.ts';
import type { Translator } from '../i18n/index.ts';

/** Options of a search form: a unique id prefix, the landmark's name and the current query. */
export interface SearchFormOptions {
  id: string;
  /** Accessible name of the search landmark (unique on the page). */
  landmarkLabel: string;
  label?: string;
  query?: string;
  /** `compact` hides the label visually (the navigation bar); `full` shows it. */
  variant?: 'compact' | 'full';
  /** Where the form searches (a language's front door searches its own posts); `/search` by default. */
  action?: string;
}

/** `<form role="search">` submitting `q` to `/search` with GET. */
export function renderSearchForm(ui: Translator, o: SearchFormOptions): Html {
  const variant = o.variant ?? 'full';
  const inputId = `${o.id}-q`;
  const labelClass = variant === 'compact' ? 'visually-hidden' : 'form-label';
  // The compact form's label is visually hidden, so a placeholder shows sighted readers what it is.
  const placeholder = variant === 'compact' ? html`placeholder="${ui.t('search.placeholder')}"` : EMPTY_HTML;
  return html`<form
    class="search-form search-form--${variant}"
    id="${o.id}"
    role="search"
    action="${o.action ?? '/search'}"
    method="get"
    aria-label="${o.landmarkLabel}"
  >
    <label class="${labelClass}" for="${inputId}">${o.label ?? ui.t('search.label')}</label>
    <span class="search-form-row">
      <input
        class="form-input"
        id="${inputId}"
        type="search"
        name="q"
        value="${o.query ?? ''}"
        enterkeyhint="search"
        ${placeholder}
      />
      <button class="button" type="submit">${ui.t('search.button')}</button>
    </span>
  </form>`;
}
