// Held-out examples of the second disguise round (word-disguise-examples.ts): written at the same
// time, before any code change, and measured once after it. Nothing in the code was chosen by them.

/** Spam with a word split by HTML or a messenger written as a stand-in (held out). */
export const WORD_DISGUISE_SPAM_HELDOUT: readonly string[] = [
  'Order tra<b></b>madol and xa<i></i>nax without a prescription, discreet delivery: rx-cheap.example',
  'Claim your ca<b>s</b>ino bonus and 100 free sp<i>ins</i> today at vegas-luck.example',
  'Need a quick lo&shy;an? Approved in 5 minutes, text 202-555-0161',
  'Bit<!-- x -->coin doubler: send 0.1 BTC and receive 0.2 back, join Tele<i></i>gram @btc_double',
  'Ставки на спорт с гарантией, ка<i></i>зино и бо<b></b>нусы, пиши в телеграм @stavki_pro',
  'Зай<span></span>мы онлайн без проверок, решение за минуту: zaim-online.example',
  '代<i>开</i>发票，各行业都有，联系微<b></b>信 fp6688',
  '博<span>彩</span>网站注册就送，加QQ 3928475610',
  '各类证件办理，高仿，加薇信 zj7788',
  '专业刷单，佣金日结，企鹅 2938475610',
  '网贷秒批，不看征信，飞机：daikuan66',
  '办证刻章，加维信 bz8899',
  'Обнал карт, выплаты сразу, стучите в телегу @obnal_fast',
  'Продам аккаунты Авито, вотсапп +7 925 555 66 77',
  'Whats-ap +44 7700 900456 for cheap followers and likes, 1000 for $5',
];

/** Genuine comments with the same surface (held out). */
export const WORD_DISGUISE_GENUINE_HELDOUT: readonly string[] = [
  'The <b>new</b> bridge was supposed to open in <i>March</i>, now they say autumn.',
  'Here is the report they cite: <a href="https://www.who.int/publications">WHO publications</a>.',
  'I think the word you want is <em>affect</em>, not <em>effect</em>.',
  'Мой сын смотрит <i>Смешариков</i>, а я читаю ваши новости. <b>Спасибо</b>!',
  '文章里说的<b>新政策</b>到底什么时候实施？',
  '坐飞机去三亚比坐高铁贵了一倍，还是高铁划算。',
  '这颗气象卫星能提前三天预报台风，太厉害了。',
  '南极的企鹅数量在减少，气候变化影响太大了。',
  '老师在班里很有威信，学生都听他的。',
  '我爸每天在微信群里发养生文章，拦都拦不住。',
  'Дед запряг лошадь в телегу и поехал на рынок.',
  'Подруга скинула мне ссылку на статью в вацап, очень полезно.',
  'Новость уже разлетелась по ТГ-каналам, но официального подтверждения нет.',
  'My nephew wants a penguin plush for his birthday after reading this.',
  'The paper plane contest at the school drew 200 kids this year.',
];
