// Known answers of a support scam's promise beside its number and of lists of brands' lines
// (support-fix.ts; issue 15, 2026-12-07, fifth session; docs/spam.md, "Support lines, brand lists,
// local adverts and messenger sales"). The sentences are written for this test, not taken from
// the example files.
import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../analyze.ts';
import { DEFAULT_BITS } from '../classifier/model.ts';
import { normalizeText } from '../text/normalize.ts';
import { SIGNAL_CODES, type SignalCode } from './signals.ts';
import { countSupportFixes, listedLines } from './support-fix.ts';
import { supportEvidence } from './support.ts';

const fixes = (text: string): number => {
  const n = normalizeText(text);
  return countSupportFixes(n.text, n.phones);
};
const signal = (content: string, code: SignalCode): number =>
  analyzeComment({ content }, DEFAULT_BITS).counts[SIGNAL_CODES.indexOf(code)] ?? 0;

describe("a support scam's promise beside a number counts in each script", () => {
  it.each([
    ['Router not connecting? Call router help on 1-877-301-4420 now', 1],
    ['Dial wallet recovery support at +1 (844) 220 9913, we unlock it remotely', 2],
    ['Contact our certified engineers: 1 866 540 1187', 1],
    ['Our experts repair your laptop remotely, phone +44 20 7946 0321', 1],
    ['Remote assistance for any printer, 1.888.402.7715', 1],
    ['Наши мастера помогут удалённо, звоните 8 (800) 301-22-18', 1],
    ['Разблокируем аккаунт за 10 минут, тел. +7 912 300 41 77', 1],
    ['工程师远程协助，客服 400-812-7731', 1],
    ['账号被封请拨打 400-819-2231', 1],
  ])('%s', (text, expected) => expect(fixes(text)).toBe(expected));
});

describe('the promise counts nothing without a number, told in the past, or in a warning', () => {
  it.each([
    'Call printer help and they will walk you through it.', // no number
    'We fix it remotely for the newsroom, no need to come in.',
    'Our IT guy fixed my laptop remotely last week, the office is at 8 727 250 3344.',
    'Мастер подключился удалённо и всё починил, телефон провайдера 8 (727) 330-44-55.',
    'Scammers say they will fix your PC remotely, never call 1-888-555-0142.',
    'Мошенники обещают, что помогут удалённо, не звоните на 8 800 555 10 10.',
    '骗子会冒充客服让你开远程协助，400-123-4567 这种号码别信。',
    'The engineer helped remotely, our server 10.20.30.40 came back after firmware 2.1.3.',
  ])('%s', (text) => expect(fixes(text)).toBe(0));
});

describe('a list of three or more brands’ lines: each entry names a line', () => {
  it.each([
    ['Roku support, Netflix helpline, Hulu customer care, Disney customer service', 4],
    ['поддержка Сбербанка, горячая линия Тинькофф, поддержка Авито', 3],
    ['支付宝客服、京东客服、美团客服', 3],
  ])('%s', (text, expected) => {
    const t = normalizeText(text).text;
    expect(listedLines(t, supportEvidence(t, 0).brands)).toBe(expected);
  });

  it.each([
    'HP support number, Canon support number', // two: a comparison, not a list
    'I tried Comcast support, Verizon support and AT&T customer service',
    'Я звонил в поддержку Сбербанка, горячую линию Тинькофф и поддержку Авито',
    '我打了支付宝客服、京东客服和淘宝客服',
  ])('not in %s', (text) => {
    const t = normalizeText(text).text;
    expect(listedLines(t, supportEvidence(t, 0).brands)).toBe(0);
  });

  it('a Russian entry ending in a bare «номер телефона» is a line in a list, not alone', () => {
    expect(
      supportEvidence('техподдержка сбербанка номер телефона, горячая линия тинькофф телефон').lines,
    ).toBe(3);
    expect(supportEvidence('какой номер телефона у сбербанка').lines).toBe(0);
  });
});

describe('through the analysis: full support context, and none for readers', () => {
  it('a promise gives the number its full context and a support line', () => {
    const text = 'Printer offline? Call printer help 1-888-290-5512, we fix it remotely.';
    expect(signal(text, 'support-line')).toBe(2);
    expect(signal(text, 'support-number')).toBe(1);
  });

  it.each([
    "I spent two hours on hold with my bank's support line (+7 727 259 1100) and the card is still blocked.",
    'Please dial 010-6512 3456 for the embassy consular section, 请拨打领事部电话.',
  ])('no support line in %s', (text) => expect(signal(text, 'support-line')).toBe(0));
});
