// Development examples of issue 15's "stop flagging real readers" (2026-12-07 late): readers of a
// news site telling their own money stories (a refund or chargeback from their bank, a salary,
// freelancing or shop income told as experience, a pension or benefit claimed on an official
// portal) beside the scams the offer families exist for on the same surface (a recovery
// testimonial naming a hacker, agent or expert with a contact, an earnings offer addressed to the
// reader, a payout to claim on an unofficial site). Written for this change, before any pattern
// change, in English, Russian and Chinese. The held-out batch is money-reader-heldout-examples.ts.

/** Genuine readers' money stories (development set): must stay ham. */
export const MONEY_READER_GENUINE_DEV: readonly string[] = [
  'Got $40 back from my bank after the card fraud, call them at 1-800-555-0142 if it happens to you.',
  'My bank refunded the $312 charge within a week after I disputed it. Their fraud line is 1-888-555-0199.',
  'Filed a chargeback for the concert tickets, Chase gave me my $180 back. Call the number on your card.',
  'I wrote about my first year of freelancing, I made $1,200 a month on average: https://lenawrites.example.com/first-year',
  'In my second year as a freelance designer I made $3,000 a month, I put the numbers on my blog: https://mark-designs.example.org/numbers',
  'My bakery made $9,000 in revenue last month, which sounds like a lot until you subtract flour and rent. Details: https://smallbakes.example.net/blog/november',
  'I earn $52,000 a year as a paramedic, the article is right that it is not enough in this city.',
  'Got my $75 back from the airline after three months of emails, their refund form is https://www.united.com/en/us/refunds',
  'Пенсионерам выплата 20 000 рублей — оформите на Госуслугах https://www.gosuslugi.ru/600101/1',
  'Банк вернул мне 4 500 рублей после мошеннического списания, звонил на 900, всё быстро.',
  'Сделал возврат платежа через банк, Сбер вернул 12 000 за несостоявшийся концерт. Телефон банка 900.',
  'Я фрилансер-переводчик, в среднем зарабатываю 90 000 в месяц, писала об этом в блоге: https://perevodchica.example.ru/god',
  'Наша пекарня заработала 300 тысяч за месяц, но после аренды и зарплат остаётся мало.',
  'Пособие на ребёнка оформила через Госуслуги, выплата 14 000 пришла через десять дней: https://www.gosuslugi.ru/',
  'Маме назначили доплату к пенсии 3 000 рублей, заявление подавали через https://sfr.gov.ru',
  'Моя зарплата учителя 45 000, и это в Москве.',
  '银行把被盗刷的800元退给我了，客服电话95588，打过去说明情况就行。',
  '我在博客里写了做自由职业第一年的收入，平均每月一万二：https://xiaoyu.example.cn/freelance-year-one',
  '我们小店上个月营业额五万，扣掉房租和工资剩不了多少。',
  '退休金今年涨了，养老金调整的通知在人社部网站：https://www.mohrss.gov.cn/',
  '信用卡被盗刷，申请拒付后银行退回了两千块。',
  '我一个月工资九千，在北京租房就去了一半。',
];

/** Scams of the same surface (development set): must still be caught. */
export const MONEY_READER_SPAM_DEV: readonly string[] = [
  'Got my $40,000 back from a fake broker thanks to a recovery hacker, contact him at recoverypro.hacks@gmail.com',
  'I lost $15,000 to a crypto scam and got all of it back with the help of an expert, WhatsApp him +1 347 555 0188',
  'Agent Daniel recovered my $9,000 in two days, reach him on telegram @daniel_recovers',
  'I made $1,200 a week from home and you can too! Join here: https://easy-home-cash.example.com',
  'I make $5,000 a month working one hour a day, ask me how: https://quick-income-secret.example.biz',
  'I made $3,000 last week with this app, join my team now: https://earnteam.example.top/join',
  'The government payout of $2,500 for every citizen is live, claim yours at citizens-payout.example.info',
  'Пенсионерам выплата 20 000 рублей — оформите на сайте vyplaty-pensioneram.example.ru',
  'Вернул 500 000 рублей от лжеброкера с помощью хакера, его телеграм @vozvrat_haker',
  'Я зарабатываю 200 000 в месяц, и ты сможешь! Присоединяйся: https://dohod-doma.example.ru',
  'Зарабатываю 7 000 в день из дома, хотите так же — пишите в телеграм @dohod_7000',
  'Всем гражданам выплата 15 000 рублей, получите по ссылке gos-vyplata.example.site',
  '被骗了二十万，找了一位黑客高手全部追回，加他微信 zhuihui888',
  '我每个月在家赚三万，你也可以！加入我们：https://zhuanqian.example.top/join',
  '所有退休人员可领补贴5000元，领取网址：butie-lingqu.example.top',
  'Got $40 back? I got $40,000 back from scammers thanks to hacker Mike, text him +1 702 555 0133',
];
