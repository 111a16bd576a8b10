// Known answers of the loan and betting coverage audit (issue 15, 2026-12-07, late;
// money-offer-patterns.ts): each new wording of `loan-offer`, `fixed-match` and `gambling-offer` in
// English and Russian, found through the families' stems (offerCounts), and the genuine comments of
// the same surface that must count nothing; then the shipped model's verdicts on the development
// examples. The sentences of the first blocks are written for this test, not taken from
// money-examples.ts.
import { describe, expect, it } from 'vitest';
import { offerCount as count } from '../../../test/support/spam-offer-counts.ts';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import { MONEY_BET_SPAM_DEV, MONEY_GENUINE_DEV, MONEY_LOAN_SPAM_DEV } from './money-examples.ts';
import { type OfferSignalCode } from '../signals/offers/offers.ts';

describe('the new wordings count', () => {
  it.each<[OfferSignalCode, string]>([
    ['loan-offer', 'Loans for gig workers, approved even with bad credit, start today'],
    ['loan-offer', 'Personal credit lines, all credit scores accepted, decision at once'],
    ['loan-offer', 'Credit builder program: approval in 2 minutes, funds tomorrow'],
    ['loan-offer', 'Small business credit with same-day funding for every owner'],
    ['loan-offer', 'Instant cash advance up to $750 for members'],
    ['loan-offer', 'Join our debt relief program and breathe again'],
    ['loan-offer', 'We negotiate with lenders to cut what you owe by half'],
    ['loan-offer', 'Consolidate your credit card debt with one payment'],
    ['loan-offer', 'Need $500 by Friday? Pawn loans on electronics, text 555-0134'],
    ['loan-offer', 'Auto title loans in your city, call 555-0171'],
    ['loan-offer', 'Private funding: loans at 3% per annum to serious clients, write to lender@example.com'],
    ['loan-offer', 'Низкие ставки, деньги в долг без залога до зарплаты'],
    ['loan-offer', 'Дадим денег в долг под честное слово, пишите'],
    ['loan-offer', 'Оформление займа без проверки кредитной истории за минуту'],
    ['loan-offer', 'Одобряем всем гражданам РФ с 18 лет'],
    ['loan-offer', 'Выдаём микрозаймы пенсионерам и студентам'],
    ['loan-offer', 'Первый микрозайм без процентов для новых клиентов'],
    ['loan-offer', 'Займы наличными и на карту до 80 000 руб'],
    ['loan-offer', 'Деньги под залог машины, автомобиль остаётся у вас'],
    ['fixed-match', 'Rigged games available for Sunday, serious punters only'],
    ['fixed-match', 'Прогнозы на теннис, проходимость 93% за неделю'],
    ['fixed-match', 'Лучший каппер с проходимостью выше 80 процентов'],
    ['fixed-match', 'Ставка с гарантией на вечерний матч'],
    ['fixed-match', 'Прогнозы на КХЛ с гарантией прохода'],
    ['fixed-match', 'Сливаю свежие прогнозы каждый вечер'],
    ['fixed-match', 'Экспресс дня с кэфом 7.5, забирай'],
    ['fixed-match', 'Экспресс на вечер, кэф 9+, залетай'],
    ['fixed-match', 'Подборка ставок от топовых капперов'],
    ['fixed-match', 'Продаю прогнозы на баскетбол, недорого'],
    ['fixed-match', 'Оплата подписки, возврат денег если не зайдёт'],
    ['gambling-offer', 'Актуальные зеркала для входа на сайт, играй без ограничений'],
    ['gambling-offer', 'Рабочее зеркало Джойказино доступно всегда'],
    ['gambling-offer', 'Зеркало на сегодня: заходи и забирай подарки'],
  ])('%s: %s', (code, text) => {
    expect(count(text, code)).toBeGreaterThan(0);
  });
});

describe('the genuine comments of the same surface count nothing', () => {
  it.each<[OfferSignalCode, string]>([
    ['loan-offer', 'My sister had a bad credit score and the credit union still helped her, slowly.'],
    ['loan-offer', 'The consumer office says debt relief firms are a scam more often than not.'],
    ['loan-offer', 'He pawned his watch in 2009 and never got it back.'],
    ['loan-offer', 'Title loans should be banned, see the regulator report at example.org'],
    ['loan-offer', 'Where can I find low interest loans for farmers? Email me at farm@example.com'],
    ['loan-offer', 'Дал брату деньги в долг, он до сих пор не вернул.'],
    ['loan-offer', 'Дала соседке деньги в долг до зарплаты, жду уже полгода.'],
    ['loan-offer', 'I got a car loan even with bad credit, at 19%, and regret it.'],
    ['loan-offer', 'We had approval in minutes, then waited a month for the money.'],
    [
      'loan-offer',
      'Car title loans trapped thousands of families, read https://news.example.org/title-loans',
    ],
    ['loan-offer', 'МФО давали займы без проверки кредитной истории, ЦБ отозвал лицензии.'],
    ['loan-offer', 'Можно ли получить ипотеку даже с плохой кредитной историей?'],
    ['loan-offer', 'Взяла кредит под залог машины, не связывайтесь, машина остаётся у вас только на бумаге.'],
    ['loan-offer', 'Банк выдаёт кредиты под 20%, закон это разрешает.'],
    ['fixed-match', 'Police arrested the referee after rigged match tips were traced to his phone.'],
    ['fixed-match', 'Капперы с проходимостью 90% — это мошенники, не платите им.'],
    ['fixed-match', 'Ставок с гарантией не бывает, это знает любой болельщик.'],
    ['fixed-match', 'Расследование: сливы договорных матчей в ФНЛ продолжались три сезона.'],
    ['fixed-match', 'В статье пишут про каппера с проходимостью 95%, который оказался мошенником.'],
    ['fixed-match', 'Судья слива матча получил три года, уголовное дело закрыто.'],
    ['fixed-match', 'Сливочное масло опять подорожало, коэффициент инфляции тут ни при чём.'],
    ['fixed-match', 'Кэф на ничью был смешной, я не ставил.'],
    ['fixed-match', 'Кэф 1.4 на Зенит был ловушкой для новичков.'],
    ['fixed-match', 'Я купил прогноз погоды? Нет, просто прогноз посмотрел.'],
    ['gambling-offer', 'Закон не работает: рабочее зеркало казино находят за минуту.'],
    ['gambling-offer', 'В прихожей у нас старое зеркало, а рабочее место у окна.'],
    ['gambling-offer', 'Посмотри в зеркало на сегодняшнюю политику.'],
  ])('%s: %s', (code, text) => {
    expect(count(text, code)).toBe(0);
  });
});

describe('the shipped model on the development examples', () => {
  it('catches every loan and betting advert of the development set', () => {
    expect(verdictCounts(MONEY_LOAN_SPAM_DEV).spam).toBe(MONEY_LOAN_SPAM_DEV.length);
    expect(verdictCounts(MONEY_BET_SPAM_DEV).spam).toBe(MONEY_BET_SPAM_DEV.length);
  });
  it('sends no genuine comment of the development set to spam', () => {
    expect(verdictCounts(MONEY_GENUINE_DEV).spamTexts).toHaveLength(0);
  });
});
