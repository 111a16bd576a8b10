// The held-out batch of the money-promise audit (2026-12-07): written from general knowledge at the
// same time as money-promise-examples.ts, before any pattern change, and not looked at while the
// patterns were written; measured once, before and after. Its figures are recorded in
// docs/spam.md; the test keeps the after figure as a floor.

/** Spam promising money (held out). */
export const MONEY_PROMISE_SPAM_HELDOUT: readonly string[] = [
  'Guaranteed 3% a day on crypto staking, withdraw anytime. Telegram @stakepro',
  'I turned $500 into $5,000 in two weeks with my mentor, text him +1 415 555 0132',
  'Earn $250 every day from your laptop, spots are limited: easycash.example',
  'The state pays each pensioner 25,000 rubles this month, check eligibility at pens-pay.example',
  'Triple your deposit in 10 days, zero risk, DM me',
  'Weekly returns of 8% guaranteed, join our VIP group t.me/vip8',
  'Passive income of $2000 a month while you sleep, link in bio',
  'x5 your money in 30 days, guaranteed by our AI bot: https://aibot-x5.example',
  'Гарантированная прибыль 5% в неделю, пишите в телеграм @profit5',
  'Каждому жителю Казахстана по 100 000 тенге, получите по ссылке kz-pomosh.example',
  'Доход от 7000 рублей в день, работа с телефона, пиши в личку',
  'Утроим ваш вклад за месяц, без риска. WhatsApp +7 777 123 45 67',
  'Доходность 25% в месяц, выплаты каждый день. Регистрация: invest25.example',
  'Пассивный доход без усилий, от 1000 $ в месяц, подробности в профиле',
  'Выплата 200 000 тенге каждому гражданину до конца месяца, оформление по ссылке vyplata.example',
  '月收益20%，保本保息，加微信 yx2020',
  '每天躺赚300元，私聊我',
  '一周回本，稳赚不赔，联系客服QQ 998877',
  '每位市民可领取2000元补贴，点击 http://lingqu.example',
  '投资5000，一个月赚5万，加群',
  '日赚千元，在家就能做，加V：ddz888',
  '年化收益50%，稳赚不亏，有意者私信',
];

/** Genuine money talk (held out): must stay ham. */
export const MONEY_PROMISE_GENUINE_HELDOUT: readonly string[] = [
  'Jusan raised its deposit rate to 15% a year last week.',
  'Wages in Astana grew 9% but food prices grew 14%.',
  'The pension goes up by 6.5% in January, the ministry announced.',
  'Ethereum dropped 8% today after the hack.',
  'I earn 400,000 tenge a month and still rent.',
  'Anyone promising 4% a day is running a pyramid scheme.',
  'The utility tariffs will rise 12% from July.',
  'Mortgage rates are around 18% a year now.',
  'Did the state really pay everyone 30,000? I never got it.',
  'Ставки по вкладам в Jusan подняли до 15% годовых.',
  'Пенсии проиндексируют на 6,5% с января, сообщил минтруд.',
  'Зарплата у меня 300 тысяч в месяц, а цены растут.',
  'Обещают 5% в неделю? Это финансовая пирамида, не ведитесь.',
  'Бензин за год подорожал на 20%.',
  'Эфир упал на 8% после взлома биржи.',
  'Говорят, каждому гражданину дадут по 100 000 тенге — кто-нибудь видел официальный источник?',
  '存款利率下调到1.3%了。',
  '今年养老金上调3%，新闻刚发布。',
  '我月薪一万二，在北京不够花。',
  '每天收益2%的都是庞氏骗局。',
  '猪肉价格一个月涨了20%。',
  '以太坊今天跌了8%。',
];
