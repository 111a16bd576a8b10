import { describe, expect, it } from 'vitest';
import { personalReasons, spamContextWithoutPersonalData, spamReasonsWithoutText } from './privacy.ts';

describe('the spam filter’s copies of a person', () => {
  it('erasing the text removes the words its reasons quoted, and keeps what they were', () => {
    const stored = [
      { code: 'links', weight: 1, message: '2 links' },
      { code: 'spam-words', weight: 2.5, message: 'words: casino, bonus', words: ['casino', 'bonus'] },
      {
        code: 'learned',
        weight: 1.2,
        message: "moderators' earlier decisions on similar comments (marked spam): replica, watches",
        words: ['replica', 'watches'],
      },
      { code: 'ham-words', weight: -1, message: 'a message quoting zebra oddly', words: ['zebra'] },
    ];
    expect(spamReasonsWithoutText(stored)).toEqual([
      { code: 'links', weight: 1, message: '2 links' },
      { code: 'spam-words', weight: 2.5, message: 'words: (removed with the text)' },
      {
        code: 'learned',
        weight: 1.2,
        message: "moderators' earlier decisions on similar comments (marked spam): (removed with the text)",
      },
      { code: 'ham-words', weight: -1, message: 'words: (removed with the text)' },
    ]);
    expect(spamReasonsWithoutText('not json')).toEqual([]);
  });

  it('the stored context keeps its counts, not the domains', () => {
    expect(spamContextWithoutPersonalData({ recentFromIp: 2, spamDomains: ['me.example'] })).toEqual({
      recentFromIp: 2,
    });
    expect(spamContextWithoutPersonalData(null)).toEqual({});
  });

  it('an export lists the reasons about the person; others’ activity is one weight', () => {
    const { reasons, otherActivityWeight } = personalReasons([
      { code: 'author-approved-history', weight: -1.5, message: 'author has 1 approved comment' },
      { code: 'ip-approved-history', weight: -1.4, message: '6 approved comments from this IP address' },
      { code: 'ip-burst', weight: 3.1, message: '7 comments from this IP recently' },
      { code: 'near-duplicate', weight: 1, message: 'similar to 1 recent comment' },
    ]);
    expect(reasons).toEqual([
      { code: 'author-approved-history', weight: -1.5, message: 'author has 1 approved comment' },
    ]);
    expect(otherActivityWeight).toBeCloseTo(2.7, 3);
  });
});
