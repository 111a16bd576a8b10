// On the privacy page: what the comments feature stores, why, for how long and who sees it
// (from the live settings), and the forms to ask for a copy or erasure of one's comment data.
import { html } from 'ghtml';

/** The live facts the statement quotes. */
export interface PrivacyStatementProps {
  ipRetentionDays: number;
  holdFirstTime: boolean;
  replyNotifications: boolean;
  /** The upstream spam service's host (SPAM_UPSTREAM_URL), or null: nothing leaves the server. */
  spamUpstreamHost: string | null;
  /** Message after a request was sent (or an error), shown above the forms. */
  notice?: { kind: 'success' | 'error'; text: string };
  /** What the reader typed when the request was rejected. */
  email?: string;
  error?: string;
}

/** The statement and the two request forms (trusted HTML for StaticPageProps.extraHtml). */
export function renderPrivacyExtras(p: PrivacyStatementProps): string {
  const notice = p.notice
    ? html`<div
        class="notice notice--${p.notice.kind}"
        role="${p.notice.kind === 'error' ? 'alert' : 'status'}"
      >
        <p>${p.notice.text}</p>
      </div>`
    : '';
  const emailField = (id: string) =>
    html`<div class="form-field">
      <label class="form-label" for="${id}"
        >Email address used for your comments <span class="form-required" aria-hidden="true">*</span></label
      >
      <input
        id="${id}"
        name="email"
        type="email"
        class="form-input"
        autocomplete="email"
        required
        value="${p.email ?? ''}"
        !${p.error ? `aria-invalid="true" aria-describedby="${id}-error"` : ''}
      />
      !${p.error ? html`<p class="form-error" id="${id}-error">${p.error}</p>` : ''}
    </div>`;
  return html`<section class="privacy-comments prose" id="comment-data" aria-labelledby="comment-data-title">
    <h2 id="comment-data-title">Your comment data</h2>
    <p>
      When you comment we store your name, email address, website (if given), your comment, the time, and your
      IP address and browser’s user agent string. Your name, website and comment are shown publicly once the
      comment is approved. Your email address, IP address and user agent are never shown publicly: only the
      site’s moderators see them, to fight spam and
      abuse${p.holdFirstTime ? ' and to recognise returning commenters whose earlier comments were approved' : ''}.
    </p>
    <p>
      IP addresses and user agents are erased automatically after
      <strong>${String(p.ipRetentionDays)} days</strong>. Comments, names and email addresses are kept until
      you ask us to erase them.
      !${
        p.spamUpstreamHost
          ? html`The spam filter runs on this site and also asks the spam service at
              <strong>${p.spamUpstreamHost}</strong> about each comment: it sends that service your comment,
              name, email address, website, IP address and user agent, the address of the article, and later
              whether a moderator judged the comment spam or not. That service keeps them under its own rules.
              The copy of your comment our spam filter keeps with its verdict follows the same rules as above.`
          : html`The spam filter runs on this site and sends nothing anywhere else; the copy of your comment
            it keeps with its verdict follows the same rules.`
      }
      Our records of the emails about your comment (to moderators, the article’s author, or someone you reply
      to) are deleted ${String(p.ipRetentionDays)} days after they are sent, and erasure removes you from
      them.
    </p>
    <p>
      If you tick “Save my name, email, and website in this browser”, a cookie keeps them in your browser for
      one year; nothing is remembered otherwise. After you post, a cookie lets you see your own comment while
      it awaits moderation (it holds only the comment’s number and expires after a
      day).${p.replyNotifications ? ' If you ask to be notified of replies, we email you only after you confirm, and every email has a one-click unsubscribe link.' : ''}
      Avatars are drawn by this site from your initials: no third-party service is contacted.
    </p>
    <h3>Get a copy or erase your comment data</h3>
    <p>
      Enter the email address you comment with. We will send a confirmation link to it; nothing happens until
      you follow it.
    </p>
    !${notice}
    <form class="privacy-form" action="/privacy/requests" method="post">
      !${emailField('privacy-email')}
      <fieldset class="form-field">
        <legend class="form-label">What would you like?</legend>
        <p class="form-check">
          <input id="privacy-kind-export" type="radio" name="kind" value="export" checked /><label
            for="privacy-kind-export"
            >Send me a copy of my comment data (JSON)</label
          >
        </p>
        <p class="form-check">
          <input id="privacy-kind-erase" type="radio" name="kind" value="erase" /><label
            for="privacy-kind-erase"
            >Erase my personal data: my comments become “Anonymous”, email, IP and user agent are
            removed</label
          >
        </p>
        <p class="form-check">
          <input id="privacy-remove-text" type="checkbox" name="removeText" value="on" /><label
            for="privacy-remove-text"
            >When erasing, also remove the text of my comments</label
          >
        </p>
      </fieldset>
      <div class="form-actions"><button class="button" type="submit">Send confirmation link</button></div>
    </form>
  </section>`;
}
