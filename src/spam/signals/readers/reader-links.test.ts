// Known answers of issue 15's "stop flagging real readers" (2026-12-07 late, reader-quotes): a
// reader's warning that quotes a loan advert's "instant/guaranteed approval" counts no loan offer;
// a VPN's words beside only a local host or a pasted command's link count no app advert; a link at
// the end of a pasted command line is no seller's channel for the Chinese and Russian advert grammar
// (reader-links.ts). In English, Russian and Chinese; the scams of the same surface still count.
// The sentences are written for this test, not taken from the example files; the last block holds
// floors on the batches.
import { describe, expect, it } from 'vitest';
import { offerCount as count } from '../../../../test/support/spam-offer-counts.ts';
import { verdictCounts } from '../../../../test/support/spam-verdicts.ts';
import { advertGrammar } from '../offers/advert-grammar.ts';
import { normalizeText } from '../../text/normalize.ts';
import { onlyReaderLinks, quietLinks } from './reader-links.ts';
import { READER_QUOTE_GENUINE_DEV, READER_QUOTE_SPAM_DEV } from '../../examples/reader-quote-examples.ts';
import {
  READER_QUOTE_GENUINE_HELDOUT,
  READER_QUOTE_SPAM_HELDOUT,
} from '../../examples/reader-quote-heldout-examples.ts';

const grammar = (raw: string): number => advertGrammar(normalizeText(raw));

describe('a warning quoting a loan advert counts no loan offer', () => {
  it.each([
    'Beware: a text saying "guaranteed approval, call this number" is how the fee scam starts.',
    'My aunt got an email about instant approval, we reported it to the police.',
    'Fake lenders promise 100% approval and contact you on WhatsApp. Do not pay anything.',
    'Осторожно, «одобрение 100% без отказа» обещают только мошенники, не платите комиссию.',
    '提醒大家：说“秒下款、不看征信”的都是骗子，别先交钱。',
  ])('%s', (text) => expect(count(text, 'loan-offer')).toBe(0));
});

describe('the loan adverts still count', () => {
  it.each([
    'Guaranteed approval for everyone, apply today at fastloan.top',
    'Instant approval, bad credit accepted, whatsapp +1 202 555 0113',
    'Займ без отказа, одобрение 100%, деньги на карту за 5 минут: zaim-srazu.ru',
    '贷款秒批，黑户也能贷，加微信 dk_2026',
  ])('%s', (text) => expect(count(text, 'loan-offer')).toBeGreaterThan(0));
});

describe('VPN words beside local hosts or pasted commands only count no app advert', () => {
  it.each([
    '开发环境 http://127.0.0.1:3000 直接打开，不用翻墙',
    '局域网服务器 http://192.168.0.8/ 不需要梯子',
    'Стенд http://localhost:5000 работает без VPN, обход блокировок не нужен',
    'The admin panel on http://10.1.2.3:8080 works without the best VPN, it is internal.',
  ])('%s', (text) => expect(count(text, 'app-advert')).toBe(0));
  it.each([
    '稳定翻墙，全球节点，http://127.0.0.1 本地测速，购买 https://fanqiang.top',
    'Best VPN for China, no logs: https://vpn-fast.top',
    'Рабочий VPN без логов, обход блокировок: https://vpn-rabochiy.ru',
  ])('a seller link still counts: %s', (text) => expect(count(text, 'app-advert')).toBeGreaterThan(0));
});

describe('a pasted command line is no seller channel for the advert grammar', () => {
  it.each([
    '国内网络慢，用镜像快速安装：pip install -i https://mirrors.aliyun.com/pypi/simple/ scipy',
    '提供一个免费的办法：npm install --registry=https://registry.npmmirror.com',
    'Ставится быстро, бесплатно: pip install -i https://pypi.tuna.tsinghua.edu.cn/simple requests',
  ])('%s', (text) => expect(grammar(text)).toBe(0));
  it.each([
    '专业办理签证，快速出签，价格优惠：https://banqian-kuai.com',
    'Ремонт стиральных машин на дому, быстро, недорого: https://remont-stiralok.ru',
    // a command line to a spam-favoured domain is no reader's
    '提供快速稳定服务，免费：curl https://get-rich.top',
  ])('an advert still counts: %s', (text) => expect(grammar(text)).toBeGreaterThan(0));
});

describe('quiet links', () => {
  it('counts a local host, a pasted command and (on request) a reference', () => {
    expect(quietLinks(normalizeText('see http://127.0.0.1:8000 and https://shop-deal.top'))).toBe(1);
    expect(quietLinks(normalizeText('安装：pip install -i https://mirrors.aliyun.com/pypi/simple/ x'))).toBe(
      1,
    );
    expect(quietLinks(normalizeText('buy at https://mirrors.aliyun.com/pypi/simple/ now'))).toBe(0);
    expect(onlyReaderLinks(normalizeText('本地 http://localhost:8080 和 https://www.gov.cn/fuwu/'))).toBe(
      true,
    );
    expect(onlyReaderLinks(normalizeText('本地 http://localhost:8080 ，email a@b.com'))).toBe(false);
    expect(onlyReaderLinks(normalizeText('no links at all'))).toBe(false);
  });
});

describe("the shipped model's verdicts of the batches", () => {
  it('development', () => {
    expect(verdictCounts(READER_QUOTE_GENUINE_DEV).spamTexts).toEqual([]);
    expect(verdictCounts(READER_QUOTE_SPAM_DEV).spam).toBe(READER_QUOTE_SPAM_DEV.length);
  });
  it('held out (floors set from the one measurement after the change)', () => {
    expect(verdictCounts(READER_QUOTE_GENUINE_HELDOUT).spamTexts).toEqual([]); // 6 on main
    expect(verdictCounts(READER_QUOTE_SPAM_HELDOUT).spam).toBe(READER_QUOTE_SPAM_HELDOUT.length);
  });
});
