// Held-out examples of issue 15's "stop flagging real readers" (2026-12-07 late;
// money-reader-examples.ts describes them). Written with the development set, before any pattern
// change, and not looked at while the guards were written: measured once, at the end.

/** Genuine readers' money stories (held-out set): must stay ham. */
export const MONEY_READER_GENUINE_HELDOUT: readonly string[] = [
  'Capital One sent my $95 back after I reported the skimmed card. Their number is 1-800-555-0170.',
  'I disputed a double charge and the bank returned $220 the next day, worth calling them.',
  'Two years into freelance copywriting I made about $2,500 a month, I wrote up what worked: https://copy-notes.example.com/two-years',
  'Our food truck made $11,000 in July, the best month so far, photos on https://tacotruck.example.net',
  'My pension is $1,400 a month and property tax took a third of it this year.',
  'Applied for the child benefit on https://www.gov.uk/child-benefit and the first payment came in three weeks.',
  'Банк вернул 2 300 рублей за подписку, которую я не оформлял. Позвонил на горячую линию 8 800 555 35 35.',
  'Работаю на фрилансе третий год, выходит 120 000 в месяц, подробно написал в блоге: https://moi-frilans.example.ru/itogi',
  'Выплату на первоклассника 10 000 рублей оформили на Госуслугах: https://www.gosuslugi.ru/',
  'Мы с женой держим цветочный магазин, в марте заработали 250 тысяч.',
  'Пенсия у отца 22 000, из них половина уходит на лекарства.',
  '银行退回了被重复扣的三百块，打95566客服就处理了。',
  '我做自由插画师两年，平均一个月收入八千，写了篇总结：https://chahua.example.cn/two-years',
  '生育津贴在国家政务服务平台申请的：https://gjzwfw.www.gov.cn/ ，一个月就到账了。',
  '我们夫妻开的面馆上个月赚了两万。',
];

/** Scams of the same surface (held-out set): must still be caught. */
export const MONEY_READER_SPAM_HELDOUT: readonly string[] = [
  'Got $28,000 back from a fake trading site thanks to a recovery expert, email him at fundsback.expert@outlook.com',
  'A hacker named Leo recovered my stolen bitcoin in a day, WhatsApp +1 929 555 0147',
  'I make $6,000 a month from my phone and you can too, join us: https://phone-profits.example.club',
  'I made $900 yesterday with this trick, ask me how: https://trick-money.example.top',
  'Every pensioner gets a $1,500 payout this month, claim at pension-payout.example.info',
  'Хакер вернул мне 300 000 рублей, которые украли мошенники, пишите ему в вотсап +7 916 555 20 20',
  'Зарабатываю 150 000 в месяц на телефоне, ты тоже сможешь, переходи: https://telefon-dohod.example.ru',
  'Всем пенсионерам выплата 10 000 рублей, оформите здесь: pensiya-vyplata.example.site',
  '专家帮我追回了被骗的十万块，联系他微信 zhuanjia_zh',
  '我在家一个月赚两万，你也能做到，点击加入：https://jiaru.example.top',
  '全体居民可领取补助3000元，登记网址：buzhu-dengji.example.top',
];
