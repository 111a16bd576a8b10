// Known answers of the testimonial, earnings-claim and relief-payment audit (issue 15, 2026-12-07
// late; testimonial-patterns.ts, relief-payment.ts, recovery.ts): the testimonial's story for a
// named helper beside a contact (investment-pitch), the "recovery desk" and the "wallet recovery
// agent" (recovery-scam), the writer's own earnings claim beside the reply-chain's pitch and the
// relief payment to claim on an unknown site (earnings-offer), in English, Russian and Chinese;
// and what genuine readers write near them, which must count nothing: warnings quoting the scams,
// official portals, salaries, companies' profits, their own shop's earnings, code, log pastes,
// a phone number in a question, their own blog. The sentences of the first blocks are written for
// this test, not taken from the example files; the last block holds floors on the batches.
import { describe, expect, it } from 'vitest';
import { offerCount as count, recoveryCount as recovery } from '../../../test/support/spam-offer-counts.ts';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import { TESTIMONIAL_GENUINE_DEV, TESTIMONIAL_SPAM_DEV } from './testimonial-examples.ts';
import { TESTIMONIAL_GENUINE_HELDOUT, TESTIMONIAL_SPAM_HELDOUT } from './testimonial-heldout-examples.ts';

const all = (raw: string): number =>
  count(raw, 'investment-pitch') + count(raw, 'earnings-offer') + recovery(raw);

describe('testimonials for a named helper count beside a contact', () => {
  it.each([
    'I lost my savings on forex until I met Mr. George Ellis, write to him on WhatsApp +44 7700 900218',
    'His trading signals made me rich in a month. Telegram @ellis_signals',
    'Ms. Rachel Kim manages my crypto account now, contact her: rachelkim.fx@gmail.com',
    'She doubled my savings in six weeks, reach her on telegram @rk_trades',
    'The best account manager I know, I now get $2,000 every week. WhatsApp +1 312 555 0164',
    'Я потеряла деньги на бирже, пока не познакомилась с Ольгой Павловной, пишите ей в телеграм @olga_trade',
    'Мой персональный брокер Сергей, его ватсап +7 912 555 30 30',
    'Его стратегии принесли мне миллион, телеграм @strategy_sergey',
    '亏了十万，后来认识了周老师，加她微信 zhou_ls999',
    '跟着她的信号操作，现在每周都能提现，加我 vx：tixian66',
  ])('%s', (text) => expect(count(text, 'investment-pitch')).toBeGreaterThan(0));
});

describe('recovery desks and wallet recovery agents count beside a contact', () => {
  it.each([
    'The crypto recovery desk got my $8,500 back, email them: desk.help@outlook.com',
    'A wallet recovery agent traced my coins, text +1 213 555 0110',
    'Агент по возврату средств всё вернул, пишите: +7 926 555 11 22',
    '王先生的恢复团队帮我找回了钱，微信 wang_hf',
  ])('%s', (text) => expect(recovery(text)).toBeGreaterThan(0));
});

describe('earnings claims count beside the hook and the pitch, without a contact', () => {
  it.each([
    'Pulled in $7,200 this month from one simple method, anyone can do it. Ask me how',
    'I made $950 in my first week, no experience needed, reply if you want to know how',
    'Заработал 60 000 за выходные без опыта, кому интересно — спрашивайте',
    'Получаю 4000 в день простым способом, научу любого',
    '这个月赚了两万，小白也能学会，想学的问我',
  ])('%s', (text) => expect(count(text, 'earnings-offer')).toBeGreaterThanOrEqual(2));
});

describe('relief, grant and compensation payments on an unknown site count', () => {
  it.each([
    'Your relief payment of $1,800 is approved, claim it at relief-office-online.com',
    'Compensation for depositors is being paid out, check your eligibility at deposit-return.net',
    'Получите выплату пострадавшим вкладчикам на сайте vozvrat-vkladov.info',
    'Единовременная выплата 30 000 рублей одобрена, оформите на fond-vyplat.site',
    '育儿补贴开始申领，点击 yuer-butie.top 登记',
  ])('%s', (text) => expect(count(text, 'earnings-offer')).toBeGreaterThanOrEqual(2));
});

describe('what genuine readers write near them counts nothing', () => {
  it.each([
    // warnings quoting the scams
    "Comments like 'until I met Mrs. Grace, her signals made me rich, WhatsApp her' are scammers, report them.",
    "Beware of the 'wallet recovery agent' on Telegram @recover_pro, he took my friend's last $500.",
    'Scam alert: the relief payment of $2,000 is not ready, do not claim at relief-now.com, it is phishing.',
    'Пишут «заработала 200 000 за месяц, справится любой, спрашивайте» — это развод.',
    'Мошенники рассылают: «получите выплату на сайте kompensaciya.info», не переходите.',
    '看到有人说遇到了李老师赚了三十万，加他微信，都是骗子别信。',
    '“点击领取补贴 butie-now.top”这种短信就是诈骗，千万小心。',
    // official portals and real subsidies
    'The relief payment is paid automatically, you can check eligibility at https://www.gov.uk/cost-of-living',
    'Compensation for flood victims: apply at https://www.gov.kz/memleket/entities/emer and keep the receipt.',
    'Выплату пострадавшим оформляют на https://egov.kz, получите справку в ЦОНе.',
    '补贴申请入口在政府网站：https://www.gov.cn/fuwu/ ，点击办理即可。',
    // salaries, profits, one's own business
    'I made $4,000 last month as a nurse and anyone can see that is not enough for rent.',
    'Our shop made $15,000 this month, ask me how the new till system works if you want.',
    'Tesla earned $2 billion in a quarter, according to its report.',
    'Заработал 90 тысяч в прошлом месяце, работаю водителем, ничего особенного.',
    '我上个月赚了八千，是上班的工资，问我也没用。',
    // code, logs, questions with a number, one's own blog
    'const grant = await payment.claim(id); // fails at line 42 with "is ready" false',
    '2026-12-07 04:12:55 WARN payment service: grant 9931 pending, retry at https://status.example.org',
    'Does anyone know if the consulate at +7 727 555 0101 handles grant visas? My manager asked me.',
    'My blog post on freelancing: I made $1,200 last month, the first time ever, ask me how I found clients: https://myblog.example.net/year-one',
  ])('%s', (text) => expect(all(text)).toBe(0));
});

describe("the shipped model's verdicts of the audit's batches", () => {
  // Floors and ceilings at the figures of the change (docs/spam.md, "Testimonials, earnings claims
  // and relief payments"); the development genuine batch's one held comment was held before too.
  it('development batch', () => {
    expect(verdictCounts(TESTIMONIAL_SPAM_DEV).spam).toBeGreaterThanOrEqual(44);
    const genuine = verdictCounts(TESTIMONIAL_GENUINE_DEV);
    expect(genuine.spamTexts).toEqual([]);
    expect(genuine.unpublishedTexts.length).toBeLessThanOrEqual(1);
  });
  it('held-out batch', () => {
    expect(verdictCounts(TESTIMONIAL_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(HELDOUT_SPAM_FLOOR);
    expect(verdictCounts(TESTIMONIAL_GENUINE_HELDOUT).unpublishedTexts).toEqual([]);
  });
});

const HELDOUT_SPAM_FLOOR = 22;
