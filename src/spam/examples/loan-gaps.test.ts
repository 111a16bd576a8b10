// Known answers of the loan-gap audit (issue 15, 2026-12-07; loan-gap-patterns.ts): each new
// wording of `loan-offer` in English, Russian and Chinese, found through the family's stems
// (offerCounts), and the comments of the same surface that must count nothing (a reader's own loan,
// a rate decision, a debt law, a country's debt, a warning quoting an advert, a log line, an
// address in a question); then the shipped model's verdicts on the development examples. The
// sentences of the first blocks are written for this test, not taken from loan-gap-examples.ts.
import { describe, expect, it } from 'vitest';
import { LOAN_GAP_GENUINE_DEV, LOAN_GAP_SPAM_DEV } from './loan-gap-examples.ts';
import { normalizeText } from '../text/normalize.ts';
import { OFFER_SIGNAL_CODES, offerCounts } from '../signals/offers/offers.ts';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';

const loanOffers = (raw: string): number =>
  offerCounts(normalizeText(raw))[OFFER_SIGNAL_CODES.indexOf('loan-offer')] ?? 0;

describe('the new loan wordings count', () => {
  it.each([
    // approval whatever the credit history or income
    'Loans approved regardless of your credit score, apply today',
    'Credit union partner: whatever your credit rating, we say yes',
    "Personal credit lines, your credit score won't matter to our team",
    'Fast loans: no proof of income required, funds on Monday',
    'Emergency credit with just your passport',
    'Кредит наличными независимо от кредитной истории',
    'Займы с любой кредитной историей, выдача сегодня',
    'Кредитная карта даже с действующими просрочками',
    'Микрозайм онлайн, никому не отказываем',
    'Займ онлайн, нужен только паспорт РФ',
    'Кредит без справки о доходах до 500 тысяч',
    'Частный инвестор предлагает займы под расписку',
    '征信花了没关系，额度随借随还',
    '免征信贷款，当天审批',
    '私人放贷，手续简单',
    '贷款无需收入证明',
    // a car loan that leaves the car with the borrower
    'Title loans near you, keep driving your truck while you repay',
    'Pawn your car title and keep your vehicle',
    'Займ под залог ПТС, пользуйтесь машиной как прежде',
    'Займ под залог авто, машина остаётся при вас',
    '汽车抵押贷款，车辆正常开',
    // debt settlement and bankruptcy sold as a service
    'Our attorneys can wipe out your medical debt',
    'We settle your tax debts with the agency',
    'Slash your card balances by 50% in one call',
    'Pay only a fraction of your debts',
    'Спишем задолженность по ЖКХ и налогам',
    'Поможем законно аннулировать кредиты',
    'Списание долгов под ключ по всей России',
    'Гарантируем списание 100% долгов',
    '专业协助停息挂账，不成功不收费',
    '债务优化咨询，私信我',
    '我们帮你和平台协商',
    // a private lender or a low rate beside a way to reach them
    'I am a private lender, write to me on WhatsApp +1 202 555 0101',
    'Business credit at just 4% interest, write to fund@example.com',
    'Займ под 4% в месяц, пишите в телеграм',
  ])('%s', (text) => {
    expect(loanOffers(text)).toBeGreaterThan(0);
  });
});

describe('the comments of the same surface count nothing', () => {
  it.each([
    'The bank approved us regardless of my credit history, funny enough.',
    "My credit score doesn't matter much here, banks check your salary.",
    'They gave mortgages with no proof of income required in 2006, and look what happened.',
    "Kazakhstan's central bank held the base rate at 16.5%, loans will stay dear.",
    'Keep your car serviced before winter driving in Astana.',
    'Our team will cut our own debt by selling the car.',
    "Scam alert: 'we negotiate with your creditors, pay a fee first' is how they get you.",
    'Private lenders in Kazakhstan now need a licence, says the regulator.',
    'ERROR loan_service: balance=0 debt_ratio=0.35 at line 42',
    'Is the debt counselling office at 12 Abay Ave, Almaty, still open? Phone +7 727 255 0101',
    'Взял автокредит, машина в залоге у банка, езжу дальше как обычно.',
    'Мне одобрили кредит даже с просрочками, сам удивился.',
    'Суд спишет долги, если у должника нет имущества, так работает банкротство.',
    'Осторожно, «спишем долги за 3 месяца» пишут мошенники.',
    'Минфин Кыргызстана: долг перед Китаем реструктуризируют до 2030 года.',
    'Частный инвестор выдал ему деньги под 10% в месяц, теперь он банкрот.',
    '中国与赞比亚达成债务重组协议。',
    '我自己跟银行协商了个性化分期。',
    '代表团与中国进出口银行商谈债务重组。',
    '有人说不看征信的贷款是骗局，千万别信。',
  ])('%s', (text) => {
    expect(loanOffers(text)).toBe(0);
  });
});

describe('the shipped model on the development examples', () => {
  it('sends at least 20 of the 24 loan and debt adverts to spam (10 before)', () => {
    expect(verdictCounts(LOAN_GAP_SPAM_DEV).spam).toBeGreaterThanOrEqual(20);
  });
  it('publishes every genuine comment of the development set', () => {
    expect(verdictCounts(LOAN_GAP_GENUINE_DEV).unpublishedTexts).toEqual([]);
  });
});
