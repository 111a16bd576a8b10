// Pins the built-in model's verdicts, scores and reasons for a varied set of comments in Latin,
// Cyrillic and CJK script (and mixes: homoglyphs, full-width letters, invisible characters, HTML,
// entities, links, e-mail addresses, phone numbers). Changes made for speed must leave every row
// as it is; a change meant to change verdicts (a signal, a retrained model) updates the rows it
// moves, and its commit says why. Each reason is "code weight" plus its words, if any.
import { describe, expect, it } from 'vitest';
import { builtinModel } from './builtin.ts';
import { scoreComment } from './score.ts';

const model = builtinModel();

const PINS: [content: string, verdict: string, score: number, reasons: string[]][] = [
  [
    'Thanks for the clear write-up on the council budget; the school funding table helped a lot.',
    'ham',
    0.004,
    ['ham-words -2.519 budget|write|table|clear|lot', 'spam-words 1.161 helped|thanks|for|-'],
  ],
  [
    'I disagree with the second point: the figures for 2024 were revised in March.',
    'ham',
    0.01,
    ['ham-words -2.144 second|march|figures|point|were', 'spam-words 1.615 disagree|revised|for|with|:'],
  ],
  [
    'CHEAP casino bonus!!! Win money now http://bit.ly/x1 http://bit.ly/x2',
    'spam',
    0.972,
    [
      'links 2.793',
      'url-shortener 2.334',
      'spam-words 2.038 link to bit.ly|win|money|cheap',
      'link-density 0.693',
    ],
  ],
  [
    'Check out my channel and subscribe for free gift cards http://tinyurl.com/abc',
    'discard',
    1,
    [
      'spam-words 10.098 subscribe|channel|check|gift|free',
      'self-promotion 2.986',
      'own-channel 2',
      'links 1.762',
      'url-shortener 1.472',
      'money-offer 0.596',
    ],
  ],
  [
    'Call the Norton customer service number 1-888-555-0142 for instant help, 24/7 support engineers.',
    'discard',
    0.999,
    [
      'spam-words 3.991 service|help|customer|support|for',
      'support-number 2',
      'contact-details 1.083',
      'support-line 1',
      'brand-support 1',
      'toll-free-number 0.8',
    ],
  ],
  [
    'Great article, thanks for sharing! Cleaning company in Leeds: <a href="https://clean.example/leeds">Leeds cleaners</a>',
    'spam',
    0.971,
    [
      'seo-anchor 2.377',
      'praise-with-anchor 2',
      'links 1.762',
      'spam-words 1.696 sharing|thanks|link to clean.example|for|article',
      'ham-words -1.055 leeds|great|cleaning',
      'link-density 0.39',
    ],
  ],
  [
    'Is there a toll-free number for the pension office? I could not find it on their site.',
    'ham',
    0.005,
    ['ham-words -2.23 office|pension|their|there|site', 'spam-words 1.356 free|for|number|-'],
  ],
  [
    'Stream every match free in HD, no signup: www.freestreamz.xyz',
    'hold',
    0.496,
    ['spam-words 1.896 free|link to freestreamz.xyz|:|stream', 'links 1.762', 'link-density 0.481'],
  ],
  [
    'The build failed with ERROR 137 at 2026-11-30T10:04:55Z, exit code 1 after npm ci; see the stack trace.',
    'ham',
    0.006,
    [
      'technical-text -2.4',
      'spam-words 1.525 code|-|11|:|stack',
      'ham-words -1.081 error|failed|at|the|build',
    ],
  ],
  [
    'I made $500 a day working from home, passive income is real, message me on WhatsApp +1 (555) 010-9999',
    'spam',
    0.858,
    [
      'messenger-contact 2.377',
      'ham-words -2.327 working|whatsapp|home|me|income',
      'spam-words 1.742 message|made|passive|from|real',
      'contact-details 1.083',
      'support-number 1',
      'money-offer 0.944',
    ],
  ],
  [
    'My grandmother lived on this street in 1962; the photo of the tram depot brought back memories.',
    'ham',
    0.009,
    ['ham-words -1.236 memories|depot|grandmother|the|1962', 'spam-words 0.591 brought|photo'],
  ],
  [
    'WOW!!!!!!! AMAZING REPORT, SHARE THIS WITH EVERYONE',
    'spam',
    0.782,
    [
      'spam-words 4.166 share|everyone|amazing|this|with',
      'all-caps 0.724',
      'call-to-action 0.684',
      'ham-words -0.639 wow',
    ],
  ],
  [
    'Email me at reader@example.org if you want the full dataset of the survey.',
    'ham',
    0.008,
    ['ham-words -2.014 full|survey|email|want|dataset', 'contact-details 1.083', 'spam-words 0.267 you|if'],
  ],
  [
    'Write to me at anna@mail.ru if you want the scans of the original treaty.',
    'ham',
    0.015,
    [
      'ham-words -1.69 write|want|scans|treaty|at',
      'contact-details 1.083',
      'spam-words 0.527 original|you|if',
    ],
  ],
  // (reader-subscription since 2026-12-06: a reader's own subscription, 0.004 before)
  [
    '我订阅了你们的新闻通讯。',
    'ham',
    0,
    ['reader-subscription -3', 'ham-words -0.684 我订阅了你们的新闻通讯'],
  ],
  [
    'Get 50 free spins and a 100% welcome bonus at the best online casino https://casino.example/ref/AB12cd',
    'discard',
    0.999,
    [
      'gambling-offer 5.805',
      'referral-link 2',
      'spam-words 1.868 free|50|welcome|link to casino.example|and',
      'links 1.762',
      'ham-words -1.402 best|online|get',
      'link-density 0.503',
    ],
  ],
  [
    'The mayor&#39;s office said the road works end in June &amp; the bus lanes stay.',
    'ham',
    0,
    ["ham-words -3.682 road|office|mayor's|said|june", 'spam-words 0.487 end|&|stay'],
  ],
  [
    'Bеst prісеs fоr rерlіса wаtсhеs',
    'spam',
    0.865,
    [
      'mixed-script 3.877',
      'replica-offer 2.5',
      'ham-words -1.091 best',
      'spam-words 0.943 for|replica|watches|prices',
    ],
  ],
  [
    'The recovery expert helped me get my lost bitcoin back, contact them at recover@fund.example',
    'hold',
    0.421,
    [
      'recovery-scam 2',
      'spam-words 1.232 helped|bitcoin|recovery|lost',
      'contact-details 1.083',
      'ham-words -0.641 contact|them|at|expert',
    ],
  ],
  [
    'Отличная статья, спасибо автору за подробный разбор бюджета города.',
    'ham',
    0.007,
    ['ham-words -0.918 города|бюджета|разбор|автору'],
  ],
  [
    'Не согласен с выводами: цифры за прошлый год были пересмотрены в марте.',
    'ham',
    0.01,
    ['ham-words -0.535 согласен|цифры'],
  ],
  [
    'Заработок в интернете от 5000 рублей в день без вложений! Пиши в телеграм',
    'ham',
    0.133,
    [
      'messenger-contact 1.5',
      'ham-words -1.201 в|рублей|заработок|интернете',
      'money-offer 1.191',
      'call-to-action 0.684',
    ],
  ],
  [
    'Нaбuрaю людей на удалённую работу, доход от 3000 в день, подробности по ссылке http://job.example',
    'hold',
    0.45,
    [
      'links 1.762',
      'mixed-script 1.5',
      'ham-words -1.37 людей|подробности|ссылке|работу|доход',
      'money-offer 0.944',
      'call-to-action 0.684',
      'spam-words 0.343 link to job.example',
    ],
  ],
  [
    'Горячая линия Сбербанка 8-800-555-35-35, звоните круглосуточно',
    'spam',
    0.909,
    [
      'support-number 2',
      'contact-details 1.083',
      'support-line 1',
      'brand-support 1',
      'toll-free-number 0.8',
      'spam-words 0.531 phone number|горячая',
    ],
  ],
  [
    'Скачать фильм бесплатно без регистрации и смс на нашем сайте kino.example.ru',
    'spam',
    0.659,
    [
      'site-promotion 3.17',
      'links 1.762',
      'ham-words -0.785 скачать|фильм|нашем',
      'spam-words 0.37 link to kino.example.ru',
      'link-density 0.305',
    ],
  ],
  [
    'Помню этот мост ещё деревянным, отец водил нас туда по воскресеньям.',
    'ham',
    0.003,
    ['ham-words -1.38 воскресеньям|этот|нас|водил|мост'],
  ],
  [
    'Ставьте лайк и подписывайтесь на мой канал, переходите по ссылке!',
    'spam',
    0.741,
    [
      'self-promotion 2.986',
      'own-channel 2',
      'call-to-action 1.368',
      'ham-words -1.234 подписывайтесь|ссылке|мой|переходите|канал',
    ],
  ],
  [
    'Телефон приёмной администрации города указан на их сайте, звонил вчера.',
    'ham',
    0.008,
    ['ham-words -0.666 города|администрации'],
  ],
  ['这篇文章写得很好，谢谢分享。', 'ham', 0.007, []],
  [
    '我不同意第二点，去年的数据在三月份已经修订过了。',
    'ham',
    0.008,
    ['ham-words -0.439 我不同意第二点|去年的数据在三月份已经修…'],
  ],
  [
    '网赚日结，在家赚钱，加我微信了解详情，稳赚不赔！',
    'spam',
    0.935,
    [
      'investment-pitch 2',
      'messenger-contact 1.5',
      'self-promotion 1.493',
      'money-offer 1.383',
      'call-to-action 0.684',
    ],
  ],
  [
    '客服电话 400-123-4567，微软官方技术支持，全天服务',
    'spam',
    0.514,
    [
      'support-number 2',
      'contact-details 1.083',
      'ham-words -1.068 微软官方技术支持|全天服务|客服电话',
      'support-line 1',
      'toll-free-number 0.8',
      'phone-number 0.4',
    ],
  ],
  [
    '免费看最新电影，在线观看无广告 http://movie.example.cn',
    'spam',
    0.842,
    [
      'site-promotion 3.17',
      'links 1.762',
      'link-density 0.813',
      'spam-words 0.754 link to movie.example.cn|在线观看无广告',
      'ham-words -0.365 免费看最新电影',
    ],
  ],
  ['城市的公交改革很有必要，希望能尽快实施。', 'ham', 0.012, ['ham-words -0.278 希望能尽快实施']],
  [
    '記事を読みました。とても参考になりました、ありがとうございます。',
    'ham',
    0.015,
    ['ham-words -0.434 ありがとうございます'],
  ],
  [
    'フリーダイヤル 0120-123-456 サポートセンターまでお電話ください',
    'hold',
    0.482,
    [
      'support-number 2',
      'support-line 1.585',
      'ham-words -1.205 ダイヤル|サポ|トセンタ|までお電話ください',
      'contact-details 1.083',
      'phone-number 0.4',
      'spam-words 0.367 phone number',
    ],
  ],
  [
    'Great news 谢谢 спасибо, check out my channel http://bit.ly/abc !!!',
    'discard',
    1,
    [
      'spam-words 6.506 channel|check|out|news|link to bit.ly',
      'self-promotion 2.366',
      'own-channel 2',
      'links 1.762',
      'url-shortener 1.472',
      'ham-words -0.442 great',
    ],
  ],
  [
    'Ｆｒｅｅ ｍｏｎｅｙ ｎｏｗ, visit ｗｗｗ．ｓｐａｍ．ｃｏｍ',
    'spam',
    0.827,
    [
      'spam-words 3.088 free|link to spam.com|money',
      'links 1.762',
      'money-offer 0.596',
      'link-density 0.537',
    ],
  ],
  [
    'i​n‍vis­ible characters inside words, and ‮RLO text',
    'spam',
    0.826,
    ['invisible-chars 4', 'spam-words 2.361 text|invisible|characters|and', 'ham-words -0.657 inside|rlo'],
  ],
  [
    'ΟΡΤ Greek letters in a Latin text, and a Cyrillic word мир among English ones',
    'ham',
    0.05,
    ['spam-words 2.24 text|opt|word|ones|cyrillic', 'ham-words -1.709 letters|english|greek|mup|latin'],
  ],
];

describe('verdicts of the built-in model (pinned)', () => {
  it.each(PINS)('%s', (content, verdict, score, reasons) => {
    const v = scoreComment({ content }, model);
    expect({
      verdict: v.verdict,
      score: v.score,
      reasons: v.reasons.map((r) => `${r.code} ${r.weight}${r.words ? ` ${r.words.join('|')}` : ''}`),
    }).toEqual({ verdict, score, reasons });
  });
});
