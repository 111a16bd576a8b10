// Development examples of earnings testimonials with a way in and of money apps promoted with a
// referral or invite code ("I made $4,300 last month working from home … here is how: <link>",
// "search 'CashPanda' in the app store and use my code PANDA77", «зарабатываю с телефона по 3000 в
// день, приложение в профиле», «подработка для студентов, подробнее в шапке профиля», 下载…APP，
// 邀请码…，每天轻松赚100元), and of readers quoting a salary, a price, a bank's app, a promo code in
// the news or an invitation letter for a visa (issue 15, 2026-12-07; docs/spam.md, "Earnings
// testimonials and referral codes"). Written before the change; the held-out batch is in
// referral-earnings-heldout-examples.ts.

/** Earnings testimonials and money apps with a way in (development set). */
export const REFERRAL_SPAM_DEV: readonly string[] = [
  'Hey guys, I made $4,300 last month working from home just 3 hours a day. Here is how: https://homeincome-daily.site/start',
  'I make $200 a day with this app, search "CashPanda" in the app store and use my code PANDA77',
  'My sister earns $900 a week on her laptop, she showed me how, check https://bit.ly/3xWorkNow',
  'I quit my job in March and now make $6,000 a month online. Search QuickTaskPro on Google and see for yourself',
  'My neighbour is pulling in $350 a day from her phone, I did not believe it until I tried. Message me for details',
  'Started two weeks ago and already got paid $1,700. Download the Rewardly app and enter my invite code RW-5521 for a bonus',
  'Been earning around $150 daily just watching videos on this app, use referral code LUCKY9 when you sign up',
  'Not a joke, I cleared $12k last month with this side hustle, the site is earnfast-pro dot com',
  'My cousin makes 500 dollars a day sitting at home with her kids, she uses TaskBee, my code TB2024 gives you $10',
  'Зарабатываю с телефона по 3000 в день, приложение в профиле',
  'Подработка для студентов, от 1500 рублей в день, подробнее в шапке профиля',
  'Мама в декрете, а доход уже 60 000 в месяц! Как? Ссылка в профиле',
  'Подруга за неделю подняла 25 000 рублей в одном приложении, скачивай Монетка и вводи промокод MONET50',
  'Уволился с завода и теперь получаю 4000 в день с телефона, всё описал в профиле',
  'Кто хочет зарабатывать от 2000 в день, ищите в плей маркете «Задания Плюс», мой код приглашения ZP777',
  'Сам не верил, но за месяц вышло 90 тысяч дома на диване. Пиши «хочу» — скину ссылку',
  'Работа для школьников и студентов, оплата каждый день, подробности у меня на странице',
  '下载金豆APP，邀请码 8K3D2，每天轻松赚100元',
  '我妹妹在家用手机做任务，一个月赚了八千多，注册时填我的推荐码 QX88 还送红包',
  '宝妈在家带娃，一天收入两三百，应用商店搜索“米粒赚”，注册码 ML520',
  '辞职在家三个月了，每月稳定收入一万二，方法在我主页',
  '学生党兼职，每天刷视频赚50元，扫码下载填邀请码 667788 立即提现',
  '我表哥用这个软件每周赚三千，你们也可以试试，邀请码：HG2025',
];

/** Readers quoting a salary, a price, an app, a promo code or an invitation (development set). */
export const REFERRAL_GENUINE_DEV: readonly string[] = [
  'I made $1,200 a month as a teacher in Bishkek in 2019, and rent was half of that.',
  'Does the Kaspi app let you pay in yuan? I could not find the option in the transfers menu.',
  "The ministry's promo code for the visa portal expired yesterday and the support line did not answer.",
  'I work from home three days a week, so the new rail timetable matters less to me than the fares.',
  'My sister earns about $900 a month as a nurse in Almaty, which is why the pension reform worries her.',
  'Truck drivers on the Khorgos route make $2,000 a month now, according to the union quoted in the article.',
  'I quit my job at the customs brokerage last year and now work for a logistics firm in Urumqi.',
  'The Alipay app asked me for an invitation code when I registered as a foreigner, is that normal? I just skipped it.',
  'The train ticket from Almaty to Urumqi cost me $85 last month, the app was easier than the station.',
  'Search "Silk Road Summit 2026" on the ministry website, the full program is there.',
  'A neighbour of mine earns 300,000 tenge a month at the railway depot and says the wage rise never came.',
  'I get paid $25 an hour for translation work from home, and Chinese-Russian contracts have doubled since the summit.',
  'Моя зарплата учителя в Оше — 18 000 сомов в месяц, и это после повышения.',
  'В приложении Kaspi можно платить в юанях? Хочу оплатить поездку в Урумчи.',
  'Промокод на портале электронных виз больше не действует, министерство ничего не объяснило.',
  'Я работаю из дома, поэтому новое расписание поездов мне не так важно.',
  'Подработка для студентов на таможне — это миф, туда берут только по конкурсу.',
  'Водители фур на границе зарабатывают по 3000 юаней в неделю, но простаивают сутками.',
  '办签证需要邀请函，大使馆说必须是原件。',
  '我在阿拉木图教中文，一个月工资大概四千块，够生活。',
  '中欧班列的运费涨了，我表哥在霍尔果斯做物流，说每个月收入少了一半。',
  '请问支付宝的推荐码有什么用？我注册的时候没填。',
  '峰会期间哈萨克斯坦发了新的邀请码，用于在线申请商务签证，官网有说明。',
  '我在家办公，一天工作八个小时，工资没变。',
];
