// The admin's document shell: skip link, header with the site name and the signed-in user,
// navigation (current item marked with aria-current), flash message, main content.
import { type Html, html, EMPTY_HTML } from '../html.ts';
import { messageHtml } from '../message-html.ts';
import { roleLabel } from './labels.ts';
import { csrfInput } from './form.ts';
import type { AdminChrome, AdminSection } from './types.ts';

/** A page for the layout: its title, which nav item is current, and its `<main>` HTML. */
export interface AdminPageInput {
  chrome: AdminChrome;
  title: string;
  current: AdminSection | null;
  /** Trusted HTML from an admin template. */
  main: Html;
}

function renderNav(chrome: AdminChrome, current: AdminSection | null): Html {
  if (!chrome.user) return EMPTY_HTML;
  const items = chrome.nav.map((item) =>
    item.section === current
      ? html`<li><a href="${item.href}" aria-current="page">${item.label}</a></li>`
      : html`<li><a href="${item.href}">${item.label}</a></li>`,
  );
  const { ui } = chrome;
  return html`<nav class="admin-nav" aria-label="${ui.t('nav.label')}">
    <ul class="admin-nav-list">
      ${items}
      <li>
        <form method="post" action="/admin/logout" class="admin-logout">
          ${csrfInput(chrome.csrfToken)}
          <button type="submit" class="admin-nav-button">${ui.t('nav.logOut')}</button>
        </form>
      </li>
    </ul>
  </nav>`;
}

function renderFlash(chrome: AdminChrome): Html {
  const f = chrome.flash;
  if (!f) return EMPTY_HTML;
  const cls =
    f.kind === 'error' ? 'notice notice--error' : f.kind === 'success' ? 'notice notice--success' : 'notice';
  const action = f.action
    ? html`<form method="post" action="${f.action.href}" class="notice-action">
        ${csrfInput(chrome.csrfToken)}
        ${f.action.fields.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`)}
        <button class="button button--secondary button--small" type="submit">${f.action.label}</button>
      </form>`
    : EMPTY_HTML;
  return html`<div class="${cls}" role="${f.kind === 'error' ? 'alert' : 'status'}">
    <p>${f.text}</p>
    ${action}
  </div>`;
}

/** A complete admin HTML document. */
export function renderAdminPage(p: AdminPageInput): Html {
  const { chrome } = p;
  const { ui } = chrome;
  const who = chrome.user
    ? html`<p class="admin-user">
        ${messageHtml(ui, 'layout.signedInAs', {
          name: html`<a href="/admin/profile">${chrome.user.name}</a>`,
        })}
        <span class="admin-role">(${roleLabel(ui, chrome.user.role)})</span>
      </p>`
    : EMPTY_HTML;
  return html`<!doctype html>
    <html lang="${ui.lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="robots" content="noindex, nofollow" />
        <title>${ui.t('layout.title', { page: p.title, site: chrome.siteTitle })}</title>
        ${chrome.stylesheets.map((href) => html`<link rel="stylesheet" href="${href}" />`)}
      </head>
      <body class="admin">
        <a class="skip-link" href="#content">${ui.t('layout.skipLink')}</a>
        <header class="admin-header">
          <div class="admin-header-inner">
            <p class="admin-brand">
              <a href="/admin">${chrome.siteTitle}</a>
              <span class="admin-brand-sub">${ui.t('layout.brandSub')}</span>
            </p>
            ${who}
            <p class="admin-view-site"><a href="/">${ui.t('layout.viewSite')}</a></p>
          </div>
          ${renderNav(chrome, p.current)}
        </header>
        <main id="content" class="admin-main" tabindex="-1">${renderFlash(chrome)} ${p.main}</main>
      </body>
    </html>`;
}
