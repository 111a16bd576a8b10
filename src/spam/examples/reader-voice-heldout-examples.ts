// Held-out examples for the readers' voices (issue 15, 2026-12-07, sixth session; docs/spam.md,
// "Readers' voices: support complaints, public numbers, own income, scam warnings"). Written before
// any code change with other wording, companies and writers than reader-voice-examples.ts, and
// measured once before and once after the change.

/** Readers: support complaints, public numbers, own income, scam warnings (held out, genuine). */
export const READER_VOICE_GENUINE_HELDOUT: readonly string[] = [
  'PayPal support, eBay customer service and Chase support all told me it was the other company’s problem.',
  'Spent two evenings with Lenovo support chat and the laptop is still dead, never again.',
  'Горячая линия Почты России и поддержка Озона футболят друг к другу, посылка третью неделю неизвестно где.',
  '中国移动客服和银行客服互相推诿，我的话费到现在还没退。',
  'Please call the consumer protection agency at 1 877 382 4357 if the landlord keeps the deposit, they helped us.',
  'Звоните на горячую линию Роспотребнадзора 8 800 555 4943, если магазин не возвращает деньги, мне помогли за неделю.',
  '房东不退押金的可以打12345市民热线投诉，我上个月打了，三天就处理了。',
  'Мы работаем без выходных с октября, смены по 14 часов. Звоните в профсоюз: +7 701 222 3344, одни мы ничего не добьёмся.',
  'My pottery shop makes about $2,500 a month, most of it at the weekend market, and the new stall fee will eat a fifth of that.',
  'I made about $900 a month from the paid version of my Kazakh keyboard app last year, the source is here: https://github.com/nurlan-s/kaz-keys',
  'Наша семейная сыроварня зарабатывает около 150 000 в месяц, подписывайте петицию против нового сбора: https://www.change.org/p/syrovarni',
  '我在小区开的早餐店一个月能挣一万出头，我们的联名信在这：https://www.change.org/p/zaocandian',
  'The "earn $300 a day with no experience" texts going round are a scam, delete them.',
  'Реклама «кредит без справок, одобрение 100%» — развод, не ведитесь, мой брат до сих пор платит.',
  '那些"日结三百、手机就能做"的兼职广告千万别信，我同学交了押金就被拉黑了。',
  '看到"无需抵押，当天放款"的短信直接删，全是高利贷。',
];

/** Spam beside them: support scams, earnings and loan adverts (held out). */
export const READER_VOICE_SPAM_HELDOUT: readonly string[] = [
  'Outlook not working? Call Microsoft email support 1 (844) 555-0133, experts fix it remotely right now.',
  'PayPal customer care number, Chase support number, Wells Fargo helpline, Cash App support number',
  'Служба поддержки Binance 8 800 555 6677, разблокируем аккаунт удалённо за 10 минут.',
  '微信客服人工电话 400-555-0166，账户被封请拨打，远程帮你解封。',
  'I earn $450 a day from my phone with this app, you can start today: https://quickcash-daily.online',
  'Доход от 3000 рублей в день на телефоне, без опыта, пиши в тг @rabota_doma_bot',
  '手机兼职日结三百，宝妈学生都能做，加微信 jz7788',
  'Bad credit? No problem! Instant approval loans up to $5,000, apply at https://fastcash-today.loans',
  'Кредит без справок, одобрение 100%, деньги за 15 минут, звоните 8 800 555 0909',
  '无需抵押，当天放款，黑户也能办，电话 138 5566 7788',
];
