// Mail to readers in their language: the reply-notification opt-in, reply notifications and the
// privacy request confirmations, worded from the reader-side catalogs. The comments feature
// hands over facts (comments/notifications.ts, ReaderMailFacts); this writes subject and plain
// text in the language it is given (an article's, else the site's), dates on the site's clock.
import type { ReaderMailFacts, ReaderMailWriter } from '../../comments/index.ts';
import { quote } from '../../comments/index.ts';
import { translatorFor } from '../../i18n/index.ts';
import { type DateStyle, formatDate } from '../format-date.ts';

/** The site settings every reader mail depends on. */
export interface ReaderMailSite {
  /** The site language: the fallback of an article language without a catalog. */
  language: string;
  /** The site's IANA timezone: dates are on its wall clock. */
  timeZone: string;
  /** The site's date format setting. */
  dateStyle: DateStyle;
}

/** The writer of reader mail for one site's settings. */
export function readerMailWriter(site: ReaderMailSite): ReaderMailWriter {
  return {
    write(language: string, facts: ReaderMailFacts) {
      const ui = translatorFor(language, site.language);
      const date = (iso: string) =>
        formatDate(iso, {
          language: ui.lang,
          timeZone: site.timeZone,
          withTime: true,
          style: site.dateStyle,
        });
      const lines = (...paragraphs: string[]) => paragraphs.join('\n\n');
      const out = (subject: string, text: string) => ({ subject, text, language: ui.lang });
      switch (facts.kind) {
        case 'subscription-confirm': {
          const names = { site: facts.siteTitle, article: facts.articleTitle };
          return out(
            ui.t('mail.subscriptionConfirm.subject', names),
            lines(
              ui.t('mail.subscriptionConfirm.intro', names),
              ui.t('mail.subscriptionConfirm.link', { url: facts.confirmUrl }),
              ui.t('mail.subscriptionConfirm.ignore'),
            ),
          );
        }
        case 'comment-reply': {
          const names = { site: facts.siteTitle, article: facts.articleTitle, name: facts.replyAuthor };
          return out(
            ui.t('mail.reply.subject', names),
            lines(
              ui.t('mail.reply.intro', { ...names, date: date(facts.repliedAt) }),
              quote(facts.replyText),
              ui.t('mail.reply.read', { url: facts.commentUrl }),
              ui.t('mail.reply.unsubscribe', { url: facts.unsubscribeUrl }),
            ),
          );
        }
        case 'privacy-export':
        case 'privacy-erase': {
          const exporting = facts.kind === 'privacy-export';
          return out(
            ui.t(exporting ? 'mail.privacyExport.subject' : 'mail.privacyErase.subject', {
              site: facts.siteTitle,
            }),
            lines(
              ui.t(exporting ? 'mail.privacyExport.intro' : 'mail.privacyErase.intro', {
                email: facts.email,
              }),
              ui.t('mail.privacy.link', {
                hours: facts.validHours,
                expires: date(facts.expiresAt),
                url: facts.confirmUrl,
              }),
              ui.t('mail.privacy.ignore'),
            ),
          );
        }
      }
    },
  };
}
