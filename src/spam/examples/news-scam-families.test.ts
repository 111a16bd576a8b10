// Known answers of the sixth round (issue 15, item 1, 2026-12-06): inheritance and donation
// letters (advance-fee), IPTV and streaming subscriptions (streaming-offer), and the widened
// families (fund recovery, verified exchange and ad accounts, guest-post requests, a bare handle
// after "write to", Chinese document offers), each in English, Russian and Chinese; the genuine
// comments near them, which must count nothing; and the shipped model's verdicts on the examples
// of news-scam-examples.ts. The sentences of the first blocks are written for this test.
import { describe, expect, it } from 'vitest';
import { offerCount as count, recoveryCount as recovery } from '../../../test/support/spam-offer-counts.ts';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import { NEWS_SCAM_GENUINE_DEV, NEWS_SCAM_SPAM_DEV } from './news-scam-examples.ts';
import { type OfferSignalCode } from '../signals/offers/offers.ts';

describe('the families count in every script', () => {
  it.each<[OfferSignalCode, string]>([
    [
      'advance-fee',
      'I am a dying widow and wish to donate my late husband’s fund to an honest person. Reply to my email.',
    ],
    ['advance-fee', 'You are the beneficiary of an unclaimed inheritance, kindly contact the bank manager.'],
    ['advance-fee', 'Я вдова и хочу пожертвовать наследство покойного мужа. Напишите мне.'],
    ['advance-fee', '我是一名寡妇，想把遗产捐赠给可信的人，请回复邮箱。'],
    ['streaming-offer', 'Best IPTV subscription, 18,000 channels, free 24h trial, order on WhatsApp'],
    ['streaming-offer', 'Cheap Spotify and Netflix premium accounts, one year for $20'],
    ['streaming-offer', 'IPTV подписка, 9 000 каналов, тестовый период бесплатно, пишите'],
    ['streaming-offer', '奈飞会员低价出售，独享车位，联系微信'],
    ['account-selling', 'We sell fully verified Revolut and Wise accounts, contact on Telegram'],
    ['account-selling', 'Продаю рекламные кабинеты Facebook, недорого, пишите'],
    ['account-selling', '出售实名认证的交易所账户，价格优惠，联系微信'],
    ['seo-service', 'Do you accept guest posts? I pay $50 for one do-follow link.'],
    ['seo-service', '想在贵站发布软文并带外链，请问价格？'],
    ['messenger-contact', 'Write to @deals_channel for the price'],
    ['messenger-contact', 'Пишите @shop_manager'],
    ['messenger-contact', '联系飞机 @shop_manager'],
    ['fake-document', '办理护照、驾照，上网可查，联系微信'],
  ])('%s: %s', (code, text) => expect(count(text, code)).toBeGreaterThanOrEqual(1));

  it.each([
    'A certified recovery expert got back every coin, mail him at rec@example.com',
    'Специалист по возврату средств вернул мне всё, пишите @vozvrat',
    '黑客团队帮我找回了被盗的比特币，联系 telegram @team_back',
  ])('recovery-scam: %s', (text) => expect(recovery(text)).toBeGreaterThanOrEqual(1));
});

describe('what readers write near them counts nothing', () => {
  it.each<[OfferSignalCode, string]>([
    [
      'advance-fee',
      'I got an email from a widow with cancer who wanted to donate her fund to me. Deleted it.',
    ],
    [
      'advance-fee',
      'How is inheritance tax paid when the deceased had no will? Please contact the notary, the article says.',
    ],
    ['advance-fee', 'Мне пришло письмо от вдовы, которая хочет пожертвовать наследство. Развод, удалила.'],
    ['advance-fee', '收到一封寡妇要捐赠遗产的邮件，明显是诈骗。'],
    ['streaming-offer', 'The IPTV piracy crackdown blocked 2,000 channels; the court fined the sellers.'],
    ['streaming-offer', 'Netflix raised its price again, $18 a month is too much for us.'],
    ['streaming-offer', 'Пиратские IPTV блокируют по решению суда.'],
    ['streaming-offer', '盗版直播源被查封了。'],
    ['account-selling', 'Selling verified accounts is money laundering, the police should act.'],
    ['seo-service', 'Does the paper accept guest columns from readers? Please contact me.'],
    ['seo-service', 'Sponsored posts should be labelled; readers pay for the news.'],
    ['fake-document', '在哪里办理护照最快？出入境大厅排队太久了。'],
  ])('%s: %s', (code, text) => expect(count(text, code)).toBe(0));

  // The family's first phrases («продажа … аккаунтов», 出售…账号) count without the seller's terms
  // (market-offer-patterns.ts); the phrases of this round add nothing to a reader's comment on the law.
  it.each([
    'Продажа верифицированных аккаунтов — это отмывание денег.',
    '出售实名账号是违法的，平台应该严查。',
  ])('account-selling: %s counts one phrase at most', (text) =>
    expect(count(text, 'account-selling')).toBeLessThanOrEqual(1),
  );

  it.each([
    'My uncle lost his bitcoin, then a recovery expert on Telegram took another $2,000 from him.',
    'Отца обманули, а потом ещё и специалист по возврату средств, будьте осторожны, пишите в полицию.',
    '我爸又被所谓的黑客团队骗了，telegram上的都别信。',
  ])('recovery-scam: %s', (text) => expect(recovery(text)).toBe(0));
});

describe('the shipped model on the development examples', () => {
  it('sends at least 60% of each family to spam', () => {
    for (const [family, texts] of Object.entries(NEWS_SCAM_SPAM_DEV)) {
      expect(verdictCounts(texts).spam / texts.length, family).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('sends none of the genuine comments near them to spam', () => {
    expect(verdictCounts(NEWS_SCAM_GENUINE_DEV).spamTexts).toEqual([]);
  });
});
