// The admin's document shell: skip link, header with the site name and the signed-in user,
// navigation (current item marked with aria-current), flash message, main content.
import { html } from 'ghtml';
import { csrfInput } from './form.ts';
import type { AdminChrome, AdminSection } from './types.ts';

/** A page for the layout: its title, which nav item is current, and its `<main>` HTML. */
export interface AdminPageInput {
  chrome: AdminChrome;
  title: string;
  current: AdminSection | null;
  /** Trusted HTML from an admin template. */
  main: string;
}

function renderNav(chrome: AdminChrome, current: AdminSection | null): string {
  if (!chrome.user) return '';
  const items = chrome.nav.map((item) =>
    item.section === current
      ? html`<li><a href="${item.href}" aria-current="page">${item.label}</a></li>`
      : html`<li><a href="${item.href}">${item.label}</a></li>`,
  );
  return html`<nav class="admin-nav" aria-label="Admin">
    <ul class="admin-nav-list">
      !${items}
      <li>
        <form method="post" action="/admin/logout" class="admin-logout">
          !${csrfInput(chrome.csrfToken)}
          <button type="submit" class="admin-nav-button">Log out</button>
        </form>
      </li>
    </ul>
  </nav>`;
}

function renderFlash(chrome: AdminChrome): string {
  const f = chrome.flash;
  if (!f) return '';
  const cls =
    f.kind === 'error' ? 'notice notice--error' : f.kind === 'success' ? 'notice notice--success' : 'notice';
  const action = f.action
    ? html`<form method="post" action="${f.action.href}" class="notice-action">
        !${csrfInput(chrome.csrfToken)}
        !${f.action.fields.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`)}
        <button class="button button--secondary button--small" type="submit">${f.action.label}</button>
      </form>`
    : '';
  return html`<div class="${cls}" role="${f.kind === 'error' ? 'alert' : 'status'}">
    <p>${f.text}</p>
    !${action}
  </div>`;
}

/** A complete admin HTML document. */
export function renderAdminPage(p: AdminPageInput): string {
  const { chrome } = p;
  const who = chrome.user
    ? html`<p class="admin-user">
        Signed in as <a href="/admin/profile">${chrome.user.name}</a>
        <span class="admin-role">(${chrome.user.role})</span>
      </p>`
    : '';
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="robots" content="noindex, nofollow" />
        <title>${p.title} — ${chrome.siteTitle} admin</title>
        !${chrome.stylesheets.map((href) => html`<link rel="stylesheet" href="${href}" />`)}
      </head>
      <body class="admin">
        <a class="skip-link" href="#content">Skip to content</a>
        <header class="admin-header">
          <div class="admin-header-inner">
            <p class="admin-brand">
              <a href="/admin">${chrome.siteTitle}</a> <span class="admin-brand-sub">admin</span>
            </p>
            !${who}
            <p class="admin-view-site"><a href="/">View site</a></p>
          </div>
          !${renderNav(chrome, p.current)}
        </header>
        <main id="content" class="admin-main" tabindex="-1">!${renderFlash(chrome)} !${p.main}</main>
      </body>
    </html>`;
}
