import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../../analyze.ts';
import { DEFAULT_BITS } from '../../classifier/model.ts';
import { normalizeText } from '../../text/normalize.ts';
import { countRecoveryScam } from './recovery.ts';
import { SIGNAL_CODES, SIGNAL_INFO } from '../signals.ts';

const count = (raw: string): number => {
  const n = normalizeText(raw);
  return countRecoveryScam(n.text, n.emails + n.phones + n.urls.length);
};

describe('countRecoveryScam', () => {
  it.each([
    ['Lost your bitcoin to a scam? Crypto Recovery Experts got all my money back: help@recover.example', 3],
    ['Contact the hack recovery team on WhatsApp, they helped me recover 2 BTC', 2],
    ['Recover your stolen funds today, write to funds@recover.example', 1],
    ['Возврат средств от мошенников, пишите в телеграм', 1],
    ['追回被骗资金，加微信', 2],
  ])('%s → %i', (text, n) => expect(count(text)).toBe(n));

  it.each([
    // A victim's story, with no way to reach anyone.
    'I lost my savings to a fake broker and the bank could not get my money back.',
    // A way to reach someone, but no recovery offer.
    'The fraud office number is 0300 123 2040 if you were a victim too.',
    // Recovery of something else.
    'The disk recovery tool at https://example.org got my photos back.',
  ])('none in %s', (text) => expect(count(text)).toBe(0));

  it('is a hand-set signal of every analysed comment', () => {
    const i = SIGNAL_CODES.indexOf('recovery-scam');
    expect(SIGNAL_INFO['recovery-scam'].fixed).toBe(true);
    const a = analyzeComment(
      { content: 'They helped me recover my funds, mail rec@x.example' },
      DEFAULT_BITS,
    );
    expect(a.counts[i]).toBe(1);
    expect(a.signals[i]).toBe(1);
  });
});
