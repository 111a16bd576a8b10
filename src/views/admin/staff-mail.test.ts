// Staff mail worded from the admin catalogs: each kind in each admin language, in the
// recipient's choice, else the site's language, else English; every fact in the text.
import { describe, expect, it } from 'vitest';
import type { StaffMailFacts } from '../../comments/index.ts';
import { adminLocales } from '../../i18n/index.ts';
import { staffMailWriter } from './staff-mail.ts';

const held: StaffMailFacts = {
  kind: 'comment-held',
  siteTitle: 'Steppe News',
  articleTitle: 'Cherries reach Almaty',
  commenter: 'Pat <pat@example.com> (IP 198.51.100.7)',
  content: 'First line\nsecond line',
  consoleUrl: 'https://news.test/admin/comments?status=pending',
  settingsUrl: 'https://news.test/admin/profile',
};
const approved: StaffMailFacts = {
  kind: 'comment-approved',
  siteTitle: 'Steppe News',
  articleTitle: 'Cherries reach Almaty',
  commenter: 'Pat',
  content: 'Thanks',
  commentUrl: 'https://news.test/article/cherries#comment-4',
  settingsUrl: 'https://news.test/admin/profile',
};

describe('staff mail', () => {
  for (const language of adminLocales()) {
    it(`${language}: both kinds carry every fact and say their language`, () => {
      const writer = staffMailWriter({ language: 'en' });
      for (const facts of [held, approved]) {
        const mail = writer.write(language, facts);
        expect(mail.language).toBe(language);
        expect(mail.subject).toContain('Steppe News');
        expect(mail.subject).toContain('Cherries reach Almaty');
        expect(mail.text).not.toMatch(/[{}]/);
        expect(mail.text).toContain(facts.commenter);
        expect(mail.text).toContain(facts.kind === 'comment-held' ? facts.consoleUrl : facts.commentUrl);
        expect(mail.text).toContain(facts.settingsUrl);
        expect(mail.text).toContain(
          facts.kind === 'comment-held' ? '> First line\n> second line' : '> Thanks',
        );
      }
    });
  }

  it('uses the recipient’s choice, else the site’s language, else English', () => {
    expect(staffMailWriter({ language: 'ru' }).write('zh-Hans', held).subject).toBe(
      '[Steppe News] 请审核“Cherries reach Almaty”下的评论',
    );
    const russianSite = staffMailWriter({ language: 'ru' }).write(null, approved);
    expect(russianSite.language).toBe('ru');
    expect(russianSite.subject).toBe('[Steppe News] Новый комментарий к статье «Cherries reach Almaty»');
    expect(russianSite.text).toContain(
      'Новый комментарий к вашей статье «Cherries reach Almaty», автор — Pat:',
    );
    const kazakhSite = staffMailWriter({ language: 'kk' }).write(null, held);
    expect(kazakhSite.language).toBe('en');
    expect(kazakhSite.subject).toBe('[Steppe News] Please moderate: “Cherries reach Almaty”');
    expect(kazakhSite.text.split('\n\n')).toEqual([
      'A new comment on “Cherries reach Almaty” is waiting for your approval.',
      'Author: Pat <pat@example.com> (IP 198.51.100.7)',
      '> First line\n> second line',
      'Moderate it: https://news.test/admin/comments?status=pending',
      'You receive this because you moderate comments on Steppe News. Change it: https://news.test/admin/profile',
    ]);
  });
});
