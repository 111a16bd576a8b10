// Development examples of the spam a fresh China–Central Asia news site receives and the built-in
// model still published or only held (issue 15, "spam a fresh site actually receives", 2026-12-07,
// late evening; docs/spam.md, "Agencies, cash desks, dotted numbers, bare domains, brand support"):
// work-permit and labour-recruitment agencies with a messenger, USDT bought and sold for cash, AI
// trading bots, crypto "recovery" in Russian, support numbers written with dots or spaced dashes,
// praise in Russian and Chinese ending in a bare domain, and a brand-support pitch whose only link
// is the author's website; and the genuine readers beside each family that must stay published.
// Written before any code change; the held-out file is fresh-site-heldout-examples.ts.
import type { CommentInput } from '../comment-input.ts';

/** Work-permit, visa and labour-recruitment agencies with a contact (development, spam). */
export const FRESH_AGENCY_SPAM_DEV: readonly string[] = [
  'Work permit for Korea and Poland in 3 weeks, no language needed. WhatsApp +998 90 123 45 67',
  'Work visa for Lithuania and Czechia in 21 days, full package with job and housing. WhatsApp +996 555 123 456',
  'Fast visa for Schengen, USA, UK. 100% approval, contact us on WhatsApp +7 701 555 12 34',
  'We arrange work visas to Canada and Germany, jobs in construction and farms, salary from $2500. Telegram @workabroad_agent',
  'Работа в Китае, оформление визы и проживания, пишите в телеграм @china_job_visa',
  'Работа в Польше и Чехии без знания языка, оформление рабочей визы за 2 недели. Звоните +7 777 123 45 67',
  'Трудоустройство в Корею, Японию и ОАЭ, рабочая виза, перелёт за наш счёт. WhatsApp +996 700 11 22 33',
  'Оформим разрешение на работу в Польше за 3 недели, WhatsApp +48 500 600 700',
  '招聘海外劳务 包吃住 月薪两万 加微信 laowu8899',
  '出国劳务 日本韩国 包签证 包机票 工资高 微信同号 13800138000',
  '正规劳务派遣 韩国E9签证 零费用出国 加V：kr_laowu66',
];

/** USDT bought and sold for cash, AI trading bots, crypto "recovery" (development, spam). */
export const FRESH_CRYPTO_SPAM_DEV: readonly string[] = [
  '收U 出U 现金交易 安全快速 飞机 @usdt_otc888',
  '收U 出U 大额小额都可以 当面交易 TG @u_otc_almaty',
  'Куплю USDT наличными в Алматы, выгодный курс, пишите в телеграм @usdt_cash_kz',
  'Обмен USDT на наличные доллары, Бишкек, встреча в офисе, курс лучше чем в обменниках, тг @kg_usdt',
  'Buy and sell USDT for cash in Dubai and Almaty, best rate, message me on Telegram @cashusdt',
  'Sell your USDT for cash in Almaty, meet in person, no KYC, Telegram @usdt_almaty_cash',
  'AI trading bot with 90% win rate, passive income $500 per week, DM me on Telegram for access',
  'Our AI trading bot earns 3-5% daily, fully automatic, passive income for everyone. Join on Telegram @ai_trade_pro',
  'AI量化交易机器人 每天稳定收益3% 躺赚 加飞机 @ai_quant88',
  'Потеряли деньги на бирже или у мошенников? Вернём ваши криптоактивы, пишите в телеграм @crypto_vozvrat',
  'Вернём деньги, украденные криптомошенниками. Официальная помощь, телеграм @return_usdt',
];

/** Tech-support and refund numbers written with dots or spaced dashes (development, spam). */
export const FRESH_NUMBER_SPAM_DEV: readonly string[] = [
  'Call the Binance support number 1.800.555.0199 for any refund issue, open 24/7',
  'Amazon refund department: 1 – 800 – 555 – 0199, call now to get your money back',
  'For Coinbase wallet recovery dial 1.888.555.0142, our technicians are available 24 hours',
  'Printer not working? Call HP support at 1 – 888 – 555 – 0173 for instant help',
  'Call 1 – 844 – 555 – 0188 for PayPal refund help',
  'Need help with your Delta flight refund? Call +1.866.555.0120 now',
];

/** Praise in Russian and Chinese ending in a bare domain (development, spam). */
export const FRESH_BARE_DOMAIN_SPAM_DEV: readonly string[] = [
  'Очень полезная статья, спасибо автору! kupit-diplom-almaty.kz',
  'Отличный материал, всё по делу. stroymaterialy-optom.ru',
  'Замечательная статья, автору респект! natyazhnye-potolki-almaty.kz',
  'Спасибо за материал, очень познавательно. remont-kvartir-astana.kz',
  'Хорошая статья, подписался. gruzoperevozki-kitay.ru',
  '写得非常好，学到了很多，谢谢分享！ shenzhen-banjia.com',
  '非常有用的文章，支持一下。 wxcaipiao.net',
  '文章写得很好，受益匪浅。 bj-banjia.cn',
  '内容很有价值，谢谢作者。 www.ylc888.com',
];

/** A brand's "support" pitched with no number, the author's website the only link (development, spam). */
export const FRESH_BRAND_SUPPORT_SPAM_DEV: readonly CommentInput[] = [
  {
    content:
      'Having trouble with your Coinbase account or a stuck withdrawal? Our certified support team resolves it fast, reach us through our website.',
    author: 'Coinbase Help Desk',
    url: 'https://coinbase-help-desk.com',
  },
  {
    content:
      'Facing issues with your Binance wallet? Our experts are available around the clock to help you, visit our site for instant assistance.',
    author: 'Binance Support',
    url: 'https://binance-support-team.net',
  },
  {
    content:
      'Locked out of your Trust Wallet? Our support specialists recover access quickly and safely, get in touch through our website.',
    author: 'Trust Wallet Support',
    url: 'https://trustwallet-support.help',
  },
  {
    content:
      'Если у вас проблемы с аккаунтом Kaspi, наша служба поддержки поможет быстро, подробности на сайте.',
    author: 'Kaspi Поддержка',
    url: 'https://kaspi-help.online',
  },
  {
    content: '您的微信账号被冻结了吗？我们的专业客服团队可以快速帮您解封，详情请访问我们的网站。',
    author: '微信客服中心',
    url: 'https://wechat-kefu.top',
  },
];

/** Readers on work permits, labour migration, remittances and visa centres (development, genuine). */
export const FRESH_MIGRATION_GENUINE_DEV: readonly string[] = [
  'Does anyone know the work permit rules for Korea now? The ministry lists the quotas here: https://www.moel.go.kr/english/',
  'Новые правила выдачи разрешений на работу опубликованы на сайте министерства труда: https://www.gov.kz/memleket/entities/enbek',
  'Where can I check whether a recruitment agency is licensed? The labour ministry has a register: https://www.enbek.kz/ru',
  'My cousin got a work permit for Poland through a recruiting agency and waited eight months, not three weeks as they promised.',
  'Is there a WhatsApp number for the Korean embassy visa section? The one on their site does not answer.',
  'Labour migration from Uzbekistan to Korea doubled, and remittances now make up a fifth of GDP.',
  'Денежные переводы мигрантов из России в Таджикистан упали на треть, многие уезжают в Корею и Польшу.',
  '很多吉尔吉斯斯坦劳务移民去了韩国，汇款占了GDP的三成。',
  'Работа в Корее по программе EPS идёт через государственный центр занятости, а не через агентства.',
  '去韩国打工要走正规渠道，EPS项目是政府的，不要交中介费。',
  'Apply through the official visa centre, not agencies: https://www.vfsglobal.com/ — it cost me the standard fee and took 10 days.',
  'Рекомендую официальный визовый центр Китая в Алматы, всё сделали за неделю без посредников.',
  '我推荐去官方的签证中心办理，不用找中介，费用也便宜。',
  'My brother found work in Poland without the language, the agency there has a WhatsApp group for workers and it helped a lot.',
];

/** Readers on USDT rates, AI bots and crypto "recovery" (development, genuine). */
export const FRESH_CRYPTO_GENUINE_DEV: readonly string[] = [
  'USDT sells at 505 tenge on the P2P market and 498 at the exchange offices in Almaty, the gap keeps growing.',
  'Курс USDT на P2P сегодня 97 рублей, а в обменниках наличными дают 94, разница растёт.',
  '今天在哈萨克斯坦收U的价格比国内高，差价大概两个点，不过小心被骗。',
  'Which exchange gives the best rate for selling USDT for cash in Tashkent? Binance P2P looks lower than the street.',
  'Я продал USDT за наличные через P2P, курс был 12 700 сумов, ниже чем в обменниках.',
  '收U 出U 这些广告在电报群里到处都是，很多是洗钱的。',
  'People on Telegram offering to buy USDT for cash at a premium are often laundering money, police warned today.',
  'AI trading bots promising passive income are the new pyramid scheme, the regulator said.',
  'Боты с искусственным интеллектом, обещающие пассивный доход, — это просто новая пирамида, предупреждает нацбанк.',
  '那些号称AI量化机器人每天收益3%的，全是骗局，别信。',
  'Beware of the "crypto recovery" accounts on Telegram, my uncle paid one of them and lost another $3,000.',
  'Осторожно: «специалисты по возврату криптовалюты» в телеграме — это вторые мошенники, мой знакомый так потерял ещё 200 тысяч.',
];

/** Readers on a bank's or a public body's number that never answers (development, genuine). */
export const FRESH_NUMBER_GENUINE_DEV: readonly string[] = [
  'The Halyk number 1.800.555.0100 on their site never answers, I waited forty minutes yesterday.',
  'Звонил по номеру банка 8.800.555.35.35, никто не берёт трубку уже третий день.',
  'The Kazakh Telecom support line 8.800.080.7777 keeps putting me on hold for an hour.',
  'Позвонил в колл-центр Kaspi 8 – 800 – 555 – 0000, сказали перезвонить завтра.',
  'The embassy phone 1 – 202 – 555 – 0147 is only answered in the morning.',
];

/** Readers with a website or a bare domain who sell nothing (development, genuine). */
export const FRESH_SITE_GENUINE_DEV: readonly CommentInput[] = [
  {
    content:
      'I had trouble with my Kaspi account last week, their support fixed it in a day. Good to read they are hiring more staff.',
    author: 'Aliya',
    url: 'https://aliya-writes.blogspot.com',
  },
  {
    content:
      'Our support team at the museum answers questions about the Silk Road exhibition through our website.',
    author: 'Dana, Almaty Museum',
    url: 'https://almatymuseum.kz',
  },
  { content: 'Хорошая статья, спасибо. Подробнее об этом писал kapital.kz' },
  { content: '好文章，谢谢。原文在 xinhuanet.com' },
  {
    content: 'Спасибо за статью! Мы тоже писали о коридоре в своём блоге.',
    author: 'Марат',
    url: 'https://marat-travel-notes.kz',
  },
];
