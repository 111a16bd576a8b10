// cited-source is no source in a comment that promises or reports money made or paid out to
// people (own-promotion.ts, docs/spam.md "A source is no source beside a money claim"): scam "news"
// presents its own page as the report or statement. Known answers in English, Russian and Chinese,
// with genuine citations about money (a company's profit, a state's spending, a payout to some)
// that keep it.
import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../analyze.ts';
import { DEFAULT_BITS } from '../classifier/model.ts';
import { normalizeText } from '../text/normalize.ts';
import { claimsEarnings, isCitedSource } from './own-promotion.ts';
import { SIGNAL_CODES } from './signals.ts';
import { isReferenceDomain } from '../text/url.ts';

const CITED = SIGNAL_CODES.indexOf('cited-source');
const cited = (content: string): number => analyzeComment({ content }, DEFAULT_BITS).signals[CITED] as number;
const citingWords = (content: string): boolean => {
  const n = normalizeText(content);
  return isCitedSource(n.text, n.urls, n.domains, isReferenceDomain);
};

describe('cited-source beside a money claim', () => {
  it.each([
    'Shocking report: famous Almaty businessman reveals how he earned millions with this platform, https://finance-news.example.site/article/8812',
    'Official statement: the government will pay 50,000 tenge compensation to every citizen, apply here https://gov-payments.example.xyz/apply',
    'Source: https://news-today.example.top/story — ordinary people earn $500 a day from home with it',
    'Официальное заявление: выплаты по 50 000 тенге всем гражданам, проверьте себя https://vyplaty.example.top/check',
    'Источник: https://astana-novosti.example.site/1 — житель Астаны заработал 5 млн тенге за месяц',
    'Доклад банкира о том, как заработать на нефти: https://neft-dohod.example.online/doklad',
    '新华财经独家：普通人也能每天稳赚500元，点击阅读全文 https://caijing.example.top/zhuanqian',
    '官方声明：人人可领三千元补贴，详情见原文 https://butie.example.vip/lingqu',
  ])('does not count: %s', (content) => {
    expect(citingWords(content)).toBe(true); // the citing words are there
    expect(cited(content)).toBe(0);
  });

  it.each([
    'Source: https://kursiv.example.media/2026-10-14/ — the company made a profit of $40m, not the $60m claimed here.',
    'The full statement says the state will pay $2bn for the new line: https://akorda.example.kz/en/statement',
    'According to the report, compensation will be paid to flooded households only: https://akimat.example.kz/news/1',
    'Full report here: https://analytics.example.org/corridor — it explains how they made the decision to delay the line.',
    'Источник: https://kapital.example.kz/economic/12345 — Газпром заработал 10 млрд, а не 20.',
    'Заявление акимата: https://almaty.example.kz/news/1 — выплаты получат только пострадавшие от паводка.',
    '来源：https://www.caixin.example.com/2026-12-01/102345.html ，这家公司去年赚了十亿，不是二十亿。',
    '报告全文：https://www.example.cn/report/2026 ，讲的是口岸如何提高通关效率，补贴只发给货运企业。',
  ])('still counts a genuine citation about money: %s', (content) => {
    expect(cited(content)).toBe(1);
  });
});

describe('claimsEarnings', () => {
  it.each([
    'how i made $5000 in one week',
    'how to make money online',
    'she earned a fortune on crypto',
    'компенсацию каждому жителю',
    'как он разбогател',
    '在家赚钱',
    '每人可领500元',
  ])('claims: %s', (text) => expect(claimsEarnings(text)).toBe(true));
  it.each([
    'how they made the decision',
    'the railway made a loss of $40m',
    'the state will pay for the new line',
    'газпром заработал 10 млрд',
    'выплаты получат только пострадавшие',
    '这家公司去年赚了十亿',
  ])('does not: %s', (text) => expect(claimsEarnings(text)).toBe(false));
});
