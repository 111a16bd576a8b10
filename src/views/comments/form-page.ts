// The page a rejected comment comes back on (validation errors, too fast, duplicate, closed,
// held): the site layout, the article's title, the message, and the form with the text kept.
import { type Html, html } from '../html.ts';
import { translatorFor } from '../../i18n/index.ts';
import { langAttr } from '../lang-attr.ts';
import { renderLayout } from '../layout.ts';
import type { PageMeta, SiteView } from '../types.ts';
import { renderCommentForm } from './comment-form.ts';
import type { CommentFormProps } from './types.ts';

/** Props of the standalone comment form page. */
export interface CommentFormPageProps {
  site: SiteView;
  meta: PageMeta;
  articleTitle: string;
  /** The article's language: the form speaks it, as under the article. */
  articleLanguage: string;
  form: CommentFormProps;
}

/** A complete document with the comment form. */
export function renderCommentFormPage(p: CommentFormPageProps): Html {
  const ui = translatorFor(p.articleLanguage, p.site.language);
  const language = p.meta.language || p.site.language;
  const main = html`<div class="comments comments--standalone" ${langAttr(ui.lang, language)}>
    <p class="page-kicker">${ui.t('commentPage.kicker')}</p>
    <h1 class="page-title">
      <a href="${p.form.articlePath}" ${langAttr(p.articleLanguage, ui.lang)}>${p.articleTitle}</a>
    </h1>
    ${renderCommentForm(p.form, ui)}
    <p><a href="${p.form.articlePath}#comments">${ui.t('commentPage.back')}</a></p>
  </div>`;
  return renderLayout({ site: p.site, meta: p.meta, main, pageClass: 'page-comment-form' });
}

/** A short message page (subscription confirmed, unsubscribed, privacy request sent…). */
export function renderCommentMessagePage(p: {
  site: SiteView;
  meta: PageMeta;
  heading: string;
  message: string;
  link?: { href: string; text: string };
}): Html {
  const main = html`<div class="article article--page comments-message">
    <h1 class="page-title">${p.heading}</h1>
    <p class="notice notice--success" role="status">${p.message}</p>
    ${p.link ? html`<p><a href="${p.link.href}">${p.link.text}</a></p>` : ''}
  </div>`;
  return renderLayout({ site: p.site, meta: p.meta, main, pageClass: 'page-comment-message' });
}

/** A page asking the reader to press a button (POST) to carry out what an emailed link offers. */
export function renderCommentActionPage(p: {
  site: SiteView;
  meta: PageMeta;
  heading: string;
  message: string;
  action: string;
  fields: Record<string, string>;
  button: string;
}): Html {
  const hidden = Object.entries(p.fields).map(
    ([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`,
  );
  const main = html`<div class="article article--page comments-message">
    <h1 class="page-title">${p.heading}</h1>
    <p>${p.message}</p>
    <form method="post" action="${p.action}">
      ${hidden}
      <div class="form-actions"><button class="button" type="submit">${p.button}</button></div>
    </form>
  </div>`;
  return renderLayout({ site: p.site, meta: p.meta, main, pageClass: 'page-comment-message' });
}
