// Development examples of the testimonial, earnings-claim and relief-payment audit (issue 15,
// 2026-12-07 late): three scam families a fresh site receives, in English, Russian and Chinese:
// (1) a testimonial for a named helper with a private contact ("I lost money until I met Mrs. …,
// her signals made me $X, WhatsApp her +44 …", an "account manager", a "recovery desk", a "wallet
// recovery agent"); (2) an earnings claim with no link or contact ("I made $5,000 last month with
// this simple method, anyone can do it, ask me how"), the seed of a reply-chain scam; (3) a
// relief, grant or compensation payment on an unknown domain ("the relief payment of $2,000 is
// ready, claim at …", «получите выплату», 补贴领取). And the genuine comments near them: warnings
// quoting the scams, readers discussing real subsidies with official portals, salaries, companies'
// profits, their own business's earnings. Written for this purpose from general knowledge before
// any pattern change; the patterns are then written looking at them, so their verdicts are a
// development figure (the held-out batch is testimonial-heldout-examples.ts, measured once).

/** Spam of the three families (development set). */
export const TESTIMONIAL_SPAM_DEV: readonly string[] = [
  // (1) testimonials for a named helper with a private contact
  'I lost almost $40,000 to fake brokers until I met Mrs. Helen Carter, her signals turned my account around and I made $18,000 in three weeks. Contact her on WhatsApp +44 7700 900431',
  'Big thanks to Mr. Daniel Brooks, my account manager, he grew my $1,000 into $9,500. Reach him on Telegram @danielbrooks_fx',
  'My crypto wallet was drained last year. A wallet recovery agent, Mr. Kevin Hale, restored everything in 48 hours. Email him: kevinhale.recovery@gmail.com',
  'Recovery desk that actually works: they returned my 2.3 BTC. WhatsApp +1 (929) 555 0178',
  'Dr. Patricia Moore is the best broker I have ever worked with, I now earn weekly profits. Text her +1 415 555 0132',
  'Everyone asking how I paid off my mortgage: Mr. Alan Reed manages my trading account and I get $4,200 every week. Telegram @alanreedtrades',
  "I was skeptical at first but Mrs. Sophia Turner's investment program changed my life. Write to her on WhatsApp +447700900876",
  'If you lost money to binary options, the recovery desk of Mr. Frank Osei got my $23,000 back. Contact: frank.osei.desk@outlook.com',
  'Thanks to my broker Mr. Lucas Grant I retired early. He is on Telegram: @lucasgrant_official',
  'Anyone still struggling with trading should meet Mrs. Olivia Bennett, her copy trading doubled my savings. Message her on Telegram @olivia_bennett_fx',
  // (2) earnings claims with no link or contact
  'I made $5,000 last month with this simple method, anyone can do it, ask me how',
  "Quit my job in March, now I make $900 a day from home with one simple trick. Ask me and I'll explain",
  "Made $12,400 in two weeks without any experience. Anyone can do it, comment 'info' and I will reply",
  'This method paid me $3,700 last week alone. Reply if you want to know how',
  "I earn more in a week than my old boss paid me in a month. Ask me how, it's easy and anyone can start",
  // (3) relief, grant and compensation payments on unknown domains
  'The relief payment of $2,000 is ready for every household, claim at relief-funds-portal.com',
  'Government grant for citizens over 18, check your eligibility at grant-check-online.net',
  'Compensation for victims of the flood is now available, apply at flood-victims-compensation.org before Friday',
  'Your stimulus payment of $1,400 is waiting, confirm your details at stimulus-claim.info',
  'Federal grant of $9,000 for families, no repayment. Apply now: familygrant-usa.com',
  // Russian
  'Потеряла все сбережения на бирже, пока не познакомилась с Анной Викторовной, её сигналы принесли мне 400 000 рублей за месяц. Пишите ей в WhatsApp +7 916 555 21 43',
  'Огромное спасибо моему личному менеджеру Игорю Сергеевичу, счёт вырос в пять раз. Его телеграм @igor_broker',
  'Служба возврата средств вернула мне украденные биткоины за 3 дня, рекомендую: +7 925 555 88 10, Вотсап',
  'Благодаря брокеру Марине Олеговне я зарабатываю 150 000 в неделю. Контакт в телеграм: @marina_invest',
  'Думал, что деньги пропали навсегда, но агент по восстановлению кошелька Дмитрий всё вернул. Почта dmitry.vozvrat@mail.ru',
  'Заработала 200 000 рублей за прошлый месяц простым способом, справится любой. Спрашивайте, расскажу',
  'Я уволился и теперь получаю 15 000 в день, сидя дома. Кому интересно как — спросите меня',
  'За две недели заработал 90 тысяч без опыта и вложений. Пиши «да» и объясню',
  'Компенсация пострадавшим от банков до 250 000 рублей, получите выплату на сайте kompensaciya-rf.ru',
  'Выплата 12 000 тенге каждой семье уже начислена, проверьте на vyplata-semyam.kz-info.com',
  'Государственная субсидия для граждан: узнайте, положена ли вам выплата, на gos-subsidii.online',
  'Получите выплату за вредную работу, оформление на сайте fond-kompensaciy.net за 5 минут',
  'Компенсация за неиспользованный отпуск от государства — проверьте по ссылке bit.ly/komp-2026',
  // Chinese
  '我被骗了二十万，后来遇到了王老师，跟着他的信号一个月赚回了三十万，加他微信 wanglaoshi88',
  '感谢李经理帮我管理账户，现在每周稳定收益，想了解的加他电报 @li_manager',
  '币被盗了以为找不回来，张先生的恢复团队三天就帮我拿回来了，联系WhatsApp +852 5555 1234',
  '跟着陈老师做单，本金翻了三倍，她的微信：chenls_666',
  '上个月用这个简单方法赚了五万块，谁都能做，想知道的问我',
  '辞职在家三个月，每天收入一千多，不需要经验，感兴趣的留言',
  '我一个月靠这个方法赚了三万，小白也能学会，问我就行',
  '2026年度生育补贴已发放，每户8000元，点击领取：butie-2026.com',
  '受害者补偿金开始申请，每人最高五万元，登录 shouhai-buchang.cn.com 办理',
  '国家补助金到账通知，请在 guojia-buzhu.top 填写信息领取',
  '领取高温补贴2000元，截止本周五，入口：gaowen-bt.xyz',
  '失业补助金可以领取了，扫码或访问 shiye-bzj.net 查看资格',
];

/** Genuine comments near the three families (development set): must stay ham. */
export const TESTIMONIAL_GENUINE_DEV: readonly string[] = [
  "Warning: people in the comments claiming 'Mrs. Helen helped me recover my money, contact her on WhatsApp' are scammers. Don't write to them.",
  "My dad lost $30,000 to a so-called recovery desk that promised to get his crypto back. Please report any 'account manager' who messages you.",
  'The relief payment was deposited into my account yesterday, details are at https://www.gov.uk/cost-of-living',
  'You can check whether you qualify for the winter fuel grant at https://www.gov.uk/winter-fuel-payment',
  "I made $5,000 last month selling furniture I restore in my garage. It's hard work, not a get-rich thing.",
  "My salary is $4,200 a month before taxes and rent is $1,800, so these 'earn $900 a day' ads are a joke.",
  'Apple made $94 billion in profit last year, they can afford to fix the battery issue.',
  'Our bakery made about $12,000 last month, a good month for us after the renovation.',
  'The article is right, compensation for flood victims is paid through the regional administration, apply in person with your documents.',
  "Scam alert: texts saying 'your stimulus payment of $1,400 is ready, claim at ...' are phishing. The IRS never texts.",
  'My broker at Fidelity told me to diversify more, good advice honestly.',
  'I met Dr. Anderson at the conference, his talk on grant funding for rural clinics was excellent.',
  "How much do nurses earn in your state? Here it's about $35 an hour.",
  "The company's quarterly profit rose 12% and they still cut jobs.",
  'Anyone can apply for the small business grant, the criteria are on https://www.sba.gov/funding-programs/grants',
  "If someone on Telegram says they are an 'account manager' from your exchange, block them. Exchanges don't do that.",
  'Осторожно: в комментариях пишут «потеряла деньги, пока не встретила Анну, пишите ей в WhatsApp». Это мошенники.',
  'Выплата 42 500 тенге пришла на карту, подать заявку можно было на https://egov.kz',
  'Субсидии фермерам в этом году увеличили, подробности на https://www.gov.kz/memleket/entities/moa',
  'Компенсацию пострадавшим от паводка выплачивает акимат, нужно прийти с документами.',
  'Я зарабатываю 350 тысяч в месяц программистом, и то на ипотеку еле хватает.',
  'Прибыль Сбербанка за год выросла на 7%, а ставки по вкладам снижают.',
  'Мой бизнес в прошлом месяце принёс 200 тысяч, но налоги съедают треть.',
  'Мама получила выплату на ребёнка через Госуслуги, всё пришло за неделю: https://www.gosuslugi.ru',
  'Знакомому позвонил «специалист по возврату средств» и выманил ещё 100 тысяч. Не верьте таким.',
  'Брокер в Халык Финанс посоветовал облигации, пока доволен.',
  'Сколько сейчас платят водителям такси в Алматы? Слышал, около 500 тысяч в месяц.',
  'Субсидия на отопление — это реальная программа, проверяйте только на официальном сайте госуслуг.',
  'Если вам пишут «получите выплату по ссылке», это фишинг. Государство так не делает.',
  "提醒大家：评论里说'跟着王老师赚了三十万，加他微信'的都是骗子，千万别加。",
  '生育补贴可以在政府官网查询申请条件：https://www.gov.cn/zhengce/',
  '我们村今年的种粮补贴已经发到卡上了，每亩一百多块。',
  '我一个月工资八千，房租两千五，存不下什么钱。',
  '这家公司去年净利润增长了20%，但员工工资没涨。',
  '我开的小店上个月赚了一万多，比去年好一点。',
  "警惕冒充'追回损失'的所谓恢复团队，他们会再骗你一次。",
  '失业补助金要通过当地人社部门申请，不要相信陌生链接。',
  '高温补贴是单位发的，按规定每月三百元左右，跟工资一起发。',
  "收到短信说'补贴领取，点击链接'，一看就是诈骗，直接删了。",
  'I made my first $1,000 from my blog this year after three years of writing, mostly from ads. Slow but honest.',
  "My son's teacher, Mrs. Patel, helped him so much with maths, we are grateful.",
  'The recovery of the stock market after the crash took almost two years.',
  'The county emergency grant for small farms is real, I received it. Apply through your county office, not through anyone who messages you.',
  'Our company paid out $3 million in bonuses while wages stayed flat. Typical.',
  'A friend got a call from someone claiming to be an account manager promising 20% a month. He hung up.',
];
