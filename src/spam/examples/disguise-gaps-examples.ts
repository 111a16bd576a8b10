// Development examples of three disguise gaps (issue 15, 2026-12-07; docs/spam.md, "Messenger
// stand-ins, far relief links, inverted earnings pitches"): (1) messenger stand-ins the earlier
// rounds did not know (微❤, V❤, 威❤, 口口, 扣扣群, 灰机/飞机 with an id; "Whats-ap", "whatsap",
// "wh@tsapp", "W.h.a.t.s.A.p.p", "telegrm"; «вотсап», «ватсапп», «тележ», «тг:»), (2) relief and
// compensation payment spam whose link stands more than a sentence away from the call to claim it,
// (3) Russian earnings pitches with the adjective after the noun («способ простой, заработок от 3000
// в день»). Beside them genuine comments with the same surface that must stay published (a plane
// that is late, a reader asking on WhatsApp, an embassy's number quoted, official portals, a review
// of a job). Written for this purpose before any code change; the reading was then written looking
// at them, so their verdicts are a development figure (held out: disguise-gaps-heldout-examples.ts).

/** Spam using a messenger stand-in with a handle, a number or an ask (development set). */
export const GAP_MESSENGER_SPAM_DEV: readonly string[] = [
  '代开各类发票，正规可查，加微❤ fp6688',
  '网赚项目，日入过千，手机就能做，V❤：wz8899',
  '高仿名牌包包，一比一做工，威❤ gfbao520',
  '代写毕业论文，包过查重，口口 2837465910',
  '刷单兼职，日结工资，进扣扣群 839201745',
  '博彩平台注册送彩金，飞机@bocai_vip88',
  '网贷秒批，不看征信，灰机号 daikuan777',
  '出售各类账号，秒发货，灰机：zhanghao66',
  'Earn $400 a day from home, no experience needed, message me on Whats-ap +1 202 555 0143',
  'Lost your crypto to scammers? Our recovery team gets it back, contact us on wh@tsapp +44 7700 900456',
  'Guaranteed loan approval today, bad credit OK, W.h.a.t.s.A.p.p +1 315 555 0192',
  'Join my forex signals group, 90% win rate, telegrm @fx_signals_pro',
  'Cheap followers and likes for Instagram, order on whatsap +234 803 555 0177',
  'Займ на карту без отказа за 5 минут, пиши в вотсап +7 701 555 12 34',
  'Ставки на спорт с гарантией, прогнозы 95%, ватсапп +7 777 555 66 77',
  'Заработок в интернете без вложений, подробности в тележ @dohod_online',
  'Обучу арбитражу криптовалюты, рабочие связки, тг: @arbitr_master',
];

/** Genuine comments with a messenger word, a stand-in or a number beside it (development set). */
export const GAP_MESSENGER_GENUINE_DEV: readonly string[] = [
  '飞机晚点了，我们在机场等了一晚上。',
  '坐灰机去乌鲁木齐要四个小时，太远了。',
  '他口口声声说要改革，结果什么都没变。',
  '我们小区有个扣扣群，大家都在讨论停水的事。',
  '这张照片是在飞机上拍的，天山真美❤',
  'I will ask on WhatsApp in the family group whether the border is open.',
  'If you are stuck in Almaty, contact the embassy on WhatsApp +7 701 555 0100, as their site says.',
  'My dad still writes "whatsap" and "telegrm", autocorrect on his old phone is a mess.',
  'Он пишет мне в вотсап каждое утро, а новости я читаю здесь.',
  'В деревне у деда стоит старая тележка, на ней возили картошку.',
  'ТГ: канал акимата уже написал, что вода будет завтра.',
  'Мама скинула ссылку в ватсапп, так я и нашла эту статью.',
  'Посольство пишет в своём вотсапе, что запись открыта; номер +7 717 255 00 00 на их сайте.',
];

/** Relief, grant and compensation payment spam with the link far from the call (development set). */
export const GAP_RELIEF_SPAM_DEV: readonly string[] = [
  'The federal relief payment of $1,400 is now ready for your household. Only residents who confirm their details this week will receive it. Claim it today, the form takes two minutes: relief-claim-center.com',
  'Government grant for citizens affected by the floods: up to $3,000, no repayment. Apply before Friday, places are limited. Everything is explained here https://flood-grant-help.site',
  'Compensation for victims of financial pyramids is being paid out this month. Check your eligibility now, you only need your passport number. Good luck to everyone! https://komp-return.top',
  'Получите выплату 120 000 тенге от государства. Заявку можно подать онлайн за пять минут, без очередей и справок. Все подробности на сайте: vyplata-kz.site',
  'Государственная субсидия каждой семье с детьми до 200 000 рублей. Проверьте, положена ли она вам, нужна только карта. Торопитесь! https://subsidiya-rf.online',
  '国家发放育儿补贴，每个孩子三千元，名额有限，先到先得。点击链接填写信息即可领取，三天内到账：http://butie-gov.top',
  '失业人员可以领取补助金五千元，政策已经出台，很多人还不知道。赶紧登记，过期作废，详情见 https://buzhu-jin.xyz',
];

/** Genuine comments about a payment with an official portal or an article far away (development set). */
export const GAP_RELIEF_GENUINE_DEV: readonly string[] = [
  'The relief payment is real, but apply only through the official portal. It took me ten minutes and nothing else was asked: https://egov.kz/cms/ru/services/social',
  'How do I apply for the state compensation for flood victims? My parents lost their house in the spring. This article does not say anything about it: https://tengrinews.kz/kazakhstan_news/flood-2026',
  'Компенсация пострадавшим от паводка выплачивается через портал. Подать заявку можно там, без посредников, у нас так и сделали: https://egov.kz/cms/ru',
  'Получите выплату только через Госуслуги, не через сторонние сайты. Я так оформила пособие на ребёнка, всё пришло за неделю: https://www.gosuslugi.ru/',
  '育儿补贴的申领方式在官网上写得很清楚，不要相信别的链接。大家去这里看就行：https://www.gov.cn/zhengce/',
  'The government grant for farmers was announced last week. I think the amounts are too small for the north. Good background here: https://www.reuters.com/world/asia-pacific/',
];

/** Russian earnings pitches with the adjective after the noun (development set). */
export const GAP_EARNINGS_SPAM_DEV: readonly string[] = [
  'Способ простой, заработок от 3000 в день, пиши в лс',
  'Доход стабильный, вложений никаких, подробности в телеграм @dohod_plus',
  'Работа лёгкая — оплата ежедневно, от 4000 рублей, пишите в личку',
  'Заработок реальный, опыт не нужен, всё с телефона, пиши @rabota_doma24',
  'Схема рабочая, прибыль ежедневная, вложения не нужны. Кому интересно — в телеграм @shema_dohod',
  'Подработка удалённая, выплаты каждый день, график свободный, пишите в вотсап +7 705 555 44 11',
];

/** Genuine Russian comments with the same words (development set). */
export const GAP_EARNINGS_GENUINE_DEV: readonly string[] = [
  'Способ простой: подать заявление через egov, ответ приходит за три дня.',
  'Работа лёгкая, оплата ежедневно — так нам обещали на складе, а платят раз в месяц.',
  'Доход стабильный, вложений никаких — так пишут мошенники в телеграме, не ведитесь.',
  'Зарплата стабильная, работа лёгкая, но коллектив тяжёлый и начальник кричит.',
  'Способ простой: звоните в акимат, там всё объяснят и запишут.',
  'Урожай хороший, цены низкие, фермеры снова в минусе.',
];
