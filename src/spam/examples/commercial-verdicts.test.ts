// Known answers of the shipped model (builtin-model.json with the hand-set commercial signals of
// commercial.ts) on comments written for this test: spam families a fresh site receives in each
// script we serve, and genuine comments full of numbers that must not be sent to spam. The
// families are written to vary the phrasing (brands, notations, languages), not to match one.
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import { builtinModel } from '../classifier/builtin.ts';
import {
  COMMERCIAL_SPAM_DEV,
  COMMERCIAL_SPAM_SEALED,
  FAMILY_GENUINE_DEV,
  FAMILY_GENUINE_PROBES,
  FAMILY_GENUINE_SEALED,
  FAMILY_SPAM_DEV,
  FAMILY_SPAM_SEALED,
  GENUINE_BLOG_COMMENTS,
} from './commercial-examples.ts';
import { scoreComment } from '../score.ts';
import { DEFAULT_SPAM_SETTINGS } from '../verdict.ts';

const model = builtinModel();
const verdictOf = (content: string): string => scoreComment({ content }, model).verdict;

describe('tech support, booking and wallet-recovery numbers', () => {
  it.each([
    'Norton Customer Service Number +1-888-555-0199. Call now for Norton antivirus support, our engineers are available 24/7.',
    'Call QuickBooks Support Phone Number 1–833–555–0123 for instant help with payroll errors, certified experts available round the clock.',
    'Epson printer support phone number | HP printer support phone number | Canon printer customer care number | Brother printer helpline number',
    'Facing issues with your Roku activation? Dial Roku customer service toll free 1 8 4 4 5 5 5 0 1 4 7 and get it fixed in minutes.',
    'Cash App customer service number 1 (855) 555 0162 ✆ refund, login and transfer failed issues solved',
    'Delta Airlines reservations number +1-877-555-0133 — book cheap flights, change or cancel your booking anytime.',
    'Is your Outlook not syncing? Our technical support team is one call away: 1.800.555.0177',
    'Coinbase support number 1-8OO-555-O122 for wallet recovery and login help',
    'Служба поддержки Сбербанка: звоните по бесплатному номеру 8 (800) 555-35-35, круглосуточно!',
    '微软客服电话：400-820-1234，24小时人工客服为您服务',
    'Número de teléfono de atención al cliente de Iberia +34 911 23 45 67, llame ahora',
    'Kundenservice Telefonnummer der Lufthansa: +49 69 1234 5678 – rund um die Uhr erreichbar',
  ])('spam: %s', (content) => expect(['spam', 'discard']).toContain(verdictOf(content)));
});

describe('SEO praise with an anchor', () => {
  it.each([
    'Thanks for sharing such a useful post! Cleaning Company in Austin',
    'Great article, very informative. More info: Harbor Lights Dental',
    'Nice blog! Bookmarked. We offer the best carpet cleaning services in Manchester, visit: www.cleanpro-example.co.uk',
    'This is very helpful information, thanks for posting. [url=https://movers.example.com]cheap movers near me[/url]',
    'Спасибо за статью, очень полезно! Ремонт квартир в Москве под ключ — подробнее: remont-example.ru',
    '感谢分享，写得很好！上海搬家公司 http://banjia-example.cn',
  ])('spam: %s', (content) => expect(['spam', 'discard']).toContain(verdictOf(content)));
  // 0.508 with the model of 2026-12-06 morning, 0.481 (held) with the bounded weights of the
  // afternoon (docs/spam.md, "2026-12-06: bounded weights shipped"): its praise and anchor are
  // counted by praise-with-anchor and seo-anchor, but "roofing", "Denver", "keep up the good work"
  // are ham words of the text model, and the link's weight is bounded at 3.
  it('held at least: I really enjoyed reading this, keep up the good work. <a …>roofing contractors Denver</a>', () =>
    expect(['hold', 'spam', 'discard']).toContain(
      verdictOf(
        'I really enjoyed reading this, keep up the good work. <a href="https://roofing-pros.example.com">roofing contractors Denver</a>',
      ),
    ));
});

describe('download, stream, cheat and crack promotion', () => {
  it.each([
    'Free robux generator no human verification 2024 http://robux-free.example.com',
    'Watch Dune Part Two (2024) Full Movie Online Free HD ➤ https://stream-hd.example.com/dune',
    'Download Photoshop 2024 crack + keygen full version free: https://soft-crack.example.com',
    'Clash of Clans hack unlimited gems and coins, no survey! https://coc-gems.example.com',
    'Spotify premium mod apk download latest version https://apk-mods.example.com',
    'Скачать GTA 5 бесплатно без регистрации и смс через торрент: http://games-free.example.ru',
    '免费下载最新破解版软件，在线观看高清电影 http://dianying-example.cn',
    '免费看最新美剧，高清无广告，每日更新 http://meiju-example.cn',
  ])('spam: %s', (content) => expect(['spam', 'discard']).toContain(verdictOf(content)));
});

describe('families added on 2026-12-05 (other word order, more brands, staff, signatures)', () => {
  it.each([
    'Lufthansa reservations number +1-866-555-0142, call now to change your flight',
    '京东人工客服热线 400-606-5500，退款售后24小时服务',
    'Thanks for this great post, very helpful. Evergreen Landscaping Services',
  ])('spam: %s', (content) => expect(['spam', 'discard']).toContain(verdictOf(content)));

  // Evidence short of a spam verdict with the hand-set weights as they are: a moderator sees them.
  it.each([
    'Служба поддержки Тинькофф: звоните 8 800 555 77 88, бесплатно и круглосуточно',
    'My wallet was hacked but Crypto Recovery Experts got all my bitcoin back. Email: cre@recover-example.com',
  ])('held at least: %s', (content) => expect(['hold', 'spam', 'discard']).toContain(verdictOf(content)));
});

describe('genuine comments with numbers, code, logs, addresses and prices', () => {
  it.each([
    'Set maxRetries = 1000000 and the timeout to 8000 ms; port 8080 worked for me.',
    'Got this after the upgrade: 2024-03-18 14:02:11,532 ERROR [main] Connection refused 10.0.12.4:5432 (errno 111) 2024-03-18 14:02:12,004 WARN retrying in 5000 ms',
    'Is the library branch at 1450 Oak Avenue still open on Sundays? Their number (503) 555-0178 just rings.',
    'Upgrading from 18.19.0 to 20.11.1 fixed the crash for me.',
    'The header bytes were 89 50 4E 47 0D 0A 1A 0A so it is a PNG after all.',
    'Great article, thanks for sharing!',
    'Подскажите, это отделение на Ленина, 15 (тел. +7 383 222-33-44) ещё работает по субботам?',
    '请问文章里说的新版本2.3.1什么时候发布？我在2024年3月15日试了还是有问题。',
    "Has anyone actually reached Dell customer service about this battery recall? I've been waiting a week.",
    'A quick hack around the bug is to pin the version; I keep a cheat sheet of these flags.',
    'My router logs show 192.168.1.1 and timestamps like 2024-01-15 10:23:45, any idea?',
    'The patch notes say build 4.2.1 fixes the login loop; support for older phones ends in June.',
    'Spent 3 hours on hold with Microsoft support last week, they told me to reinstall. Your article fixed it in five minutes, thank you.',
    'We moved to Austin in 2019 and the cleaning crews there use exactly this checklist.',
    'I lost my savings to a fake broker in 2022 and the bank could not get my money back.',
    'Companies buy reviews and followers all the time, as this article shows.',
    'We went to the Riverside Dental Clinic last year and they said the same.',
  ])('ham: %s', (content) => expect(verdictOf(content)).toBe('ham'));

  // Ambiguous for a text model that learned from SMS and YouTube (a price and dates, a toll-free
  // number next to "hotline", praise with a link): held for a moderator, never sent to spam.
  it.each([
    'Tickets went on sale on 12/03/2024 at $149.99, and by 15.03.2024 they were €210.',
    "Does anyone know whether the council's hotline is still 0800 123 4567? The article lists a different one.",
    'Thanks for sharing. The figures in the second chart come from https://www.ons.gov.uk/ if anyone wants the source data.',
    'Is there a toll-free number for the pension office? The one on the letter (0800 555 0199) just rings out.',
    'I called the customer service of Delta twice about my lost bag, no luck.',
    // Ham (0.15) until the model of 2026-12-05 afternoon, held (0.21) since: its text model reads
    // "want to order" and a long number as spam-like. Held, never spam.
    "Here's the ISBN if you want to order it: 978-0-13-468599-1",
  ])('not spam: %s', (content) => expect(['ham', 'hold']).toContain(verdictOf(content)));
});

// The hand-written yardstick (commercial-examples.ts, npm run spam:commercial). Floors are the
// counts measured on 2026-12-05 with the shipped model (docs/spam.md, "Measuring the hand-set
// signals"); before that day's rules and model: 11, 11 and 1 genuine comment sent to spam.
describe('hand-written commercial spam and genuine blog comments', () => {
  it('catches at least 15 of 20 (dev) and 12 of 20 (sealed) commercial spam comments', () => {
    expect(verdictCounts(COMMERCIAL_SPAM_DEV).spam).toBeGreaterThanOrEqual(15);
    expect(verdictCounts(COMMERCIAL_SPAM_SEALED).spam).toBeGreaterThanOrEqual(12);
  });

  it('sends none of the 20 genuine blog comments to spam and holds at most 2', () => {
    const genuine = verdictCounts(GENUINE_BLOG_COMMENTS);
    expect(genuine.spamTexts).toEqual([]);
    expect(genuine.hold).toBeLessThanOrEqual(2);
  });
});

describe('the common WordPress families of 2026-12-06 (offers.ts), in each script', () => {
  it.each([
    'Buy Levitra online at the lowest price, no prescription needed, discreet packaging.',
    'Cheap tramadol and Xanax for sale, order now: pills-example.net',
    'Купить сиалис без рецепта недорого, анонимная доставка по России',
    '出售正品伟哥，无需处方，隐私发货，加微信 abc888',
    'Play at the top online casino: 300% welcome bonus and 100 free spins! spin-example.net',
    'Казино онлайн с бонусом 150% на первый депозит и фриспинами за регистрацию',
    '百家乐娱乐城，注册送彩金，首存再送50%，加微信 bet777',
    'Need someone to write my essay? Professional essay writing service, plagiarism free, order at essay-example.net',
    'Курсовые и дипломы на заказ, антиплагиат, пишите в телеграм @kursach_example',
    '论文代写，作业代写，包过，加微信 lunwen99',
    'I invested $2,000 with Mr. Daniel, an expert forex trader, and made $15,000 in 10 days. Contact him on WhatsApp +1 555 0100 999',
    'Благодаря эксперту по трейдингу я заработал 200 000 руб за неделю, пишите ему в телеграм @expert_example',
    'Lose 12 kg in 3 weeks with keto diet pills, 100% natural, order today at keto-example.com',
    'Минус 15 кг за месяц без диет, таблетки для похудения, закажите сейчас на slim-example.ru',
    'Replica Rolex and Omega watches, AAA quality 1:1 copies, wholesale at watches-example.shop',
    'Hot singles in your city are waiting, adult dating free at date-example.net',
    'Hello, I am Olga, I have a proposal for you, write to me at olga.example@mail.com',
    'Add me on Telegram @deals_example for private offers, message me on WhatsApp +1 555 0100 321',
    'Great post! I also cover this on my blog: best budget travel tips for Bali',
  ])('spam: %s', (content) => expect(['spam', 'discard']).toContain(verdictOf(content)));

  // What readers write near these families: ham, or held for a moderator at most.
  it.each([
    'The pharmacy in our district has had no insulin for a month.',
    'The new casino in the free economic zone opened on Friday.',
    'Sports betting ads with welcome bonus offers should be banned before 9 pm.',
    'When is the essay deadline for the competition?',
    'I lost my savings to an investment scam promising 20% a month; the police could not help.',
    'My doctor told me to lose weight slowly, half a kilo a week.',
    'I read your news on Telegram and WeChat.',
    'The official hotline of the migration service is 8 800 555 35 35.',
    'Горячая линия Минздрава: 8 800 200 03 89, звонок бесплатный.',
    'Viagra',
    'casino',
    'bonus',
    'essay',
    'Telegram',
    '伟哥',
    'казино',
    '微信',
  ])('not spam: %s', (content) => expect(['ham', 'hold']).toContain(verdictOf(content)));

  // Floors: the counts measured on 2026-12-06 (docs/spam.md, "Measuring the hand-set signals");
  // before the offer signals 4 of 40 and 2 of 20 were spam. Dev is 34 since the SMS ceiling of
  // the bias shift (1.39 → 1.43, "2026-12-06: recall on unseen videos"): a Russian personal-offer
  // opener sat at 0.511 and is held at 0.499.
  it('catches at least 34 of 40 (dev) and 15 of 20 (sealed) family spam comments', () => {
    expect(verdictCounts(FAMILY_SPAM_DEV).spam).toBeGreaterThanOrEqual(34);
    expect(verdictCounts(FAMILY_SPAM_SEALED).spam).toBeGreaterThanOrEqual(15);
  });

  it('sends none of the genuine comments near these families to spam', () => {
    const all = [...FAMILY_GENUINE_DEV, ...FAMILY_GENUINE_SEALED, ...FAMILY_GENUINE_PROBES];
    expect(verdictCounts(all).spamTexts).toEqual([]);
  });
});

describe('the explanation names the hand-set signals', () => {
  it('a tech-support comment lists its number and support-line reasons with their weights', () => {
    const v = scoreComment(
      {
        content:
          'Norton Customer Service Number +1-888-555-0199. Call now for Norton antivirus support, our engineers are available 24/7.',
      },
      model,
      { ...DEFAULT_SPAM_SETTINGS, maxReasons: 20 },
    );
    const byCode = new Map(v.reasons.map((r) => [r.code, r]));
    expect(byCode.get('support-number')).toMatchObject({
      weight: 2,
      message: '1 phone number next to support/helpline words',
    });
    expect(byCode.get('toll-free-number')?.weight).toBe(0.8);
  });

  it('a bare phone number alone is only a small reason', () => {
    const v = scoreComment({ content: 'You can reach the front desk on (212) 555-0134 after nine.' }, model, {
      ...DEFAULT_SPAM_SETTINGS,
      maxReasons: 20,
    });
    expect(v.verdict).toBe('ham');
    expect(v.reasons.find((r) => r.code === 'phone-number')?.weight).toBe(0.4);
    expect(v.reasons.map((r) => r.code)).not.toContain('support-number');
  });
});
