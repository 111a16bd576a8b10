// Held-out examples of the spam a fresh China–Central Asia news site receives and the genuine
// readers beside it (issue 15, "spam a fresh site actually receives", 2026-12-07, late evening;
// docs/spam.md, "Agencies, cash desks, dotted numbers, bare domains, brand support"). Written with
// the development file, before any code change, other wording, and measured once before and once
// after it (npm run spam:batch -- src/spam/examples/fresh-site-heldout-examples.ts).
import type { CommentInput } from '../comment-input.ts';

/** Agencies, cash desks, AI bots and "recovery" with a contact (held out, spam). */
export const FRESH_OFFER_SPAM_HELDOUT: readonly string[] = [
  'Work permits for Germany and Hungary in 4 weeks, housing included, no experience required. WhatsApp +998 97 765 43 21',
  'Job visa to Slovakia and Romania within 30 days, factory and warehouse jobs. Message on WhatsApp +996 772 334 455',
  'Работа в Эмиратах и Катаре, оформим рабочую визу за 10 дней, жильё от работодателя. Пишите в WhatsApp +998 99 876 54 32',
  'Разрешение на работу в Литве и Латвии без знания языка, трудоустройство официально. Телеграм @baltic_rabota',
  '日本技能实习 包吃包住 出国务工 零首付 联系微信 jp_jixun2024',
  'Продаю USDT за наличные рубли и тенге, Астана, встреча в день обращения, телеграм @astana_usdt_cash',
  'We buy USDT for cash in Tashkent and Samarkand, top rate, write on Telegram @uz_cash_usdt',
  '高价收U 诚信出U 支持现金 当面交易 联系飞机 @otc_u_kz',
  'Our AI trading robot made 40% last month, passive income with no experience, DM on Telegram @robot_trade_ai',
  'Вас обманули с криптовалютой? Вернём украденные USDT за 7 дней, пишите в телеграм @vozvrat_kripty',
];

/** Dotted and spaced-dash numbers, bare domains, brand support via the website (held out, spam). */
export const FRESH_OTHER_SPAM_HELDOUT: readonly (string | CommentInput)[] = [
  'Microsoft refund helpline 1.855.555.0166, call today for your subscription refund',
  'Norton antivirus support: 1 – 877 – 555 – 0191, our agents fix any issue',
  'Hotmail password recovery call 1.833.555.0137 toll free',
  'Прекрасная статья, читаю с удовольствием. evakuator-almaty24.kz',
  'Полезный материал, автору спасибо! kupit-prava-bystro.ru',
  '写得太好了，必须点赞！ guangzhou-huoyun.com',
  '感谢分享，很有帮助。 www.sz-daikuan.net',
  {
    content:
      'Is your MetaMask wallet showing a wrong balance or a failed transaction? Our dedicated team sorts it out quickly, just contact us through our website.',
    author: 'MetaMask Support Team',
    url: 'https://metamask-support-desk.com',
  },
  {
    content:
      'Не можете войти в аккаунт Halyk? Наши специалисты поддержки помогут восстановить доступ, свяжитесь с нами через наш сайт.',
    author: 'Halyk Поддержка',
    url: 'https://halyk-support.online',
  },
  {
    content: '支付宝账户被限制了？我们的客服团队帮您快速解决，请访问我们的网站。',
    author: '支付宝客服',
    url: 'https://alipay-kefu-center.top',
  },
];

/** Readers on work permits, migration, remittances, visa centres, USDT and scams (held out, genuine). */
export const FRESH_GENUINE_HELDOUT: readonly (string | CommentInput)[] = [
  'The work permit quota for Czechia is published by the interior ministry, you can read it here: https://www.mvcr.cz/mvcren/',
  'Правила получения разрешения на работу в Южной Корее поменялись, подробности на сайте министерства: https://www.gov.kz/memleket/entities/enbek',
  'Seasonal workers from Tajikistan now go to the UK farms on six-month visas, and their remittances pay for whole villages.',
  'Мигранты из Кыргызстана в этом году отправили домой меньше денег, многие переехали из России в Корею.',
  '去波兰打工的中亚劳工越来越多，很多人通过正规中介，但也有人上当。',
  'I used the official visa centre in Tashkent, booked online, it took a week and cost only the consular fee.',
  'Курс USDT к тенге на P2P сегодня 503, в обменниках наличными 497, уже неделю такая разница.',
  'My neighbour answered a Telegram ad promising to get his stolen USDT back and paid the "recovery fee" twice. There was no recovery.',
  '有人在群里喊收U出U，千万别当面交易，上个月就有人被抢了。',
  'The Jusan bank number 1.800.555.0111 printed on the card just plays music, nobody ever picks up.',
  'Позвонил в поддержку Beeline по 8 – 800 – 555 – 0122, ответили через полчаса, но всё решили.',
  'Отличная статья, спасибо! Сам работал в Корее два года, всё так и есть.',
  '写得很好，我在霍尔果斯做过两年物流，情况确实如此。',
  {
    content:
      'Good piece on the bank outages. Our team at the exchange office helps customers in person, the queues this week were long.',
    author: 'Timur',
    url: 'https://timur-notes.kz',
  },
];
