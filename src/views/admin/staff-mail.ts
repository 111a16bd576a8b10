// Mail to staff in their admin language: "please moderate" and "new comment on your article",
// worded from the admin catalogs (`staffMail.*`). The comments feature hands over facts
// (comments/notifications.ts, StaffMailFacts); this writes subject and plain text in the
// recipient's admin language, else the site's (as the admin pages do), else English.
import type { StaffMailFacts, StaffMailWriter } from '../../comments/index.ts';
import { quote } from '../../comments/index.ts';
import { adminTranslatorFor } from '../../i18n/index.ts';

/** The writer of staff mail for a site whose language is `site.language`. */
export function staffMailWriter(site: { language: string }): StaffMailWriter {
  return {
    write(adminLanguage: string | null, facts: StaffMailFacts) {
      const ui = adminTranslatorFor(adminLanguage ?? site.language);
      const names = { site: facts.siteTitle, article: facts.articleTitle };
      const lines = (...paragraphs: string[]) => paragraphs.join('\n\n');
      const out = (subject: string, text: string) => ({ subject, text, language: ui.lang });
      switch (facts.kind) {
        case 'comment-held':
          return out(
            ui.t('staffMail.held.subject', names),
            lines(
              ui.t('staffMail.held.intro', names),
              ui.t('staffMail.held.commenter', { commenter: facts.commenter }),
              quote(facts.content),
              ui.t('staffMail.held.moderate', { url: facts.consoleUrl }),
              ui.t('staffMail.held.why', { site: facts.siteTitle, url: facts.settingsUrl }),
            ),
          );
        case 'comment-approved':
          return out(
            ui.t('staffMail.approved.subject', names),
            lines(
              ui.t('staffMail.approved.intro', { ...names, name: facts.commenter }),
              quote(facts.content),
              ui.t('staffMail.approved.read', { url: facts.commentUrl }),
              ui.t('staffMail.approved.why', { url: facts.settingsUrl }),
            ),
          );
      }
    },
  };
}
