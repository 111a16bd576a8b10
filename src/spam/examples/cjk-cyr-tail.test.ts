// Keyword tails in Russian and Chinese (issue 15, 2026-12-07, sixth session; docs/spam.md,
// "Keyword tails in Russian and Chinese"): after generic praise, a last sentence that is only a
// trade's keywords is an anchor (seo.ts, foreign-tail.ts) and the praise before it is all the
// comment says (praise-only.ts reads `withoutKeywordTail`). Then the shipped model's verdicts.
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import * as dev from './cjk-cyr-tail-examples.ts';
import * as heldout from './cjk-cyr-tail-heldout-examples.ts';
import { normalizeText } from '../text/normalize.ts';
import { seoEvidence, withoutKeywordTail } from '../signals/seo/seo.ts';
import { isChineseTail, isRussianTail } from '../signals/seo/foreign-tail.ts';

const head = (raw: string): string | null => {
  const lower = normalizeText(raw).text;
  const untailed = withoutKeywordTail(lower);
  return untailed === lower ? null : untailed;
};

describe('a Russian keyword tail after praise', () => {
  it.each([
    [
      'a trade, a city, qualifiers',
      'Спасибо за статью, очень полезно. Ремонт квартир под ключ в Москве недорого',
    ],
    ['a trade and a city', 'Отличный пост! Натяжные потолки Алматы'],
    ['a trade and «на дом»', 'Спасибо за информацию! Сантехник на дом срочно'],
    ['a loan', 'Спасибо за статью! Кредит наличными без справок'],
  ])('%s is a tail', (_name, text) => {
    expect(head(text)).not.toBeNull();
  });

  it.each([
    ['an institution', 'Спасибо. Министерство транспорта Казахстана'],
    ['an agency of the state', 'Спасибо, очень полезно. Агентство по делам госслужбы Казахстана'],
    [
      'a workplace in a sentence',
      'Спасибо за статью. Я работаю в ремонтной компании в Бишкеке, и цены правда выросли',
    ],
    ['a sentence with a verb', 'Спасибо за статью. Ремонт квартир подорожал на треть'],
    ['a headline quoted', 'Спасибо за статью. «Ремонт трассы Бишкек — Ош: что изменится»'],
    ['public works', 'Спасибо за статью. Ремонт дорог'],
    ['snow clearing', 'Хороший пост. Уборка снега в Астане'],
    ['a remark', 'Интересная статья. Доставка воды в Нарыне до сих пор по графику.'],
    ['a qualifier alone', 'Хорошая статья. Цены на хлеб в Бишкеке'],
    ['no praise before it', 'Опять подняли тарифы. Грузоперевозки Бишкек круглосуточно'],
  ])('%s is not', (_name, text) => {
    expect(head(text)).toBeNull();
  });

  it('leaves the praise', () => {
    expect(head('Отличный пост! Натяжные потолки Алматы')).toBe('отличный пост!');
    expect(isRussianTail('эвакуатор астана круглосуточно недорого')).toBe(true);
    expect(isRussianTail('тарифы на такси в астане выросли вдвое')).toBe(false);
  });
});

describe('a Chinese keyword tail after praise', () => {
  it.each([
    ['a city, a trade, a qualifier', '写得很好，谢谢分享。上海搬家公司 价格实惠'],
    ['after "!" with no space', '好文章！北京代理记账'],
    ['哪家好', '谢谢分享！北京搬家公司哪家好'],
    ['24小时', '写得不错，感谢。苏州开锁 24小时上门'],
  ])('%s is a tail', (_name, text) => {
    expect(head(text)).not.toBeNull();
  });

  it.each([
    ['an institution', '谢谢。国家铁路局'],
    ['a ministry', '写得很好。交通运输部'],
    ['a commission', '感谢分享。北京市卫生健康委员会'],
    ['a hospital', '好文章。北京医院'],
    ['a workplace in a sentence', '感谢分享。我在上海一家装修公司上班，最近材料确实涨价了。'],
    ['a headline quoted', '谢谢分享。《上海搬家公司乱收费调查》这篇值得一看'],
    ['a remark', '写得很好，谢谢。深圳的物流公司现在都在裁员。'],
    ['a question', '谢谢分享。成都装修公司哪家好？'],
  ])('%s is not', (_name, text) => {
    expect(head(text)).toBeNull();
  });

  it('leaves the praise', () => {
    expect(head('好文章！北京代理记账')).toBe('好文章!');
    expect(isChineseTail('南京装修公司')).toBe(true);
    expect(isChineseTail('中国人民银行')).toBe(false);
  });
});

describe('the shipped model on the examples (figures of docs/spam.md)', () => {
  it('development: spam ru 0/0/10 -> 10/0/0, zh 0/2/8 -> 9/1/0; genuine unchanged', () => {
    expect(verdictCounts(dev.RU_TAIL_SPAM_DEV).spam).toBeGreaterThanOrEqual(10);
    expect(verdictCounts(dev.ZH_TAIL_SPAM_DEV).spam).toBeGreaterThanOrEqual(9);
    expect(verdictCounts(dev.RU_TAIL_GENUINE_DEV).spam).toBe(0);
    expect(verdictCounts(dev.RU_TAIL_GENUINE_DEV).ham).toBeGreaterThanOrEqual(9);
    expect(verdictCounts(dev.ZH_TAIL_GENUINE_DEV).ham).toBe(dev.ZH_TAIL_GENUINE_DEV.length);
    expect(verdictCounts(dev.EN_TAIL_GENUINE_DEV).ham).toBe(dev.EN_TAIL_GENUINE_DEV.length);
  });

  it('held out (measured once: spam ru 0/0/6 -> 6/0/0, zh 0/0/6 -> 6/0/0; genuine 0/0/5 both)', () => {
    expect(verdictCounts(heldout.RU_TAIL_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(6);
    expect(verdictCounts(heldout.ZH_TAIL_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(6);
    expect(verdictCounts(heldout.RU_TAIL_GENUINE_HELDOUT).ham).toBe(heldout.RU_TAIL_GENUINE_HELDOUT.length);
    expect(verdictCounts(heldout.ZH_TAIL_GENUINE_HELDOUT).ham).toBe(heldout.ZH_TAIL_GENUINE_HELDOUT.length);
  });
});

describe('a quoted headline names no place (seo.ts)', () => {
  const anchors = (raw: string): number => {
    const n = normalizeText(raw);
    return seoEvidence(n.text, n.plain, raw).anchors;
  };
  it.each([
    ['Russian', 'Спасибо. «Ремонт квартир в Москве подорожал»', 0],
    ['Chinese', '谢谢分享。《上海搬家公司乱收费调查》这篇值得一看', 0],
    ['Russian, unquoted', 'Спасибо. Ремонт квартир в Москве', 2],
  ])('%s', (_name, text, n) => {
    expect(anchors(text)).toBe(n);
  });
});
