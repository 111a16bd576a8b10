// Development examples of the fake-news advert (the "sponsored story" scam, fake-news-ad.ts) in
// English, Russian and Chinese, and the genuine comments near it: a reader calling a report
// shocking and citing it, quoting a headline, warning about such adverts, discussing a real state
// payment with an official link. Written for this round: the DEV lists beside the patterns, the
// SECOND lists after them and measured once (docs/spam.md gives both figures). Every link points
// to an example domain.

/** Fake-news adverts (development set). */
export const FAKE_NEWS_SPAM_DEV: readonly string[] = [
  'Shocking report: how a teacher from Almaty earned millions with this platform https://news-today.example/story',
  'Elon Musk backs a new investment platform, the central bank is furious! Read more: https://musk-invest.example',
  'Everyone is talking about it: the government pays 20,000 to every citizen who registers https://gov-pay.example/register',
  'SHOCKING INTERVIEW: a famous presenter revealed his secret, now he makes $3,000 a day from home https://daily-star.example/x',
  "You won't believe how this pensioner made a fortune in a month. Banks are furious! https://finance-news.example",
  'Sensation! The president launched a trading platform for ordinary people, earn from $500 a week https://prez-platform.example',
  'Шокирующее интервью: как пенсионерка из Караганды заработала миллионы на новой платформе https://novosti-kz.example',
  'Сенсация! Известный бизнесмен раскрыл секрет пассивного дохода, банки в ярости https://biznes-news.example',
  'Все об этом говорят: государство выплачивает по 50 000 тенге каждому, кто зарегистрируется https://vyplaty.example',
  'Илон Маск поддержал новую инвестиционную платформу, нацбанк в шоке! Подробнее https://mask-invest.example',
  '震惊！一位普通老师在家每天赚3000元，点击了解 https://news-zh.example/a',
  '揭秘：知名主持人推荐的投资平台，月入过5万 https://touzi.example',
  '重磅！马斯克投资的交易平台上线，注册即送500元 https://masike.example',
];

/** Genuine comments near the family (development set). */
export const FAKE_NEWS_GENUINE_DEV: readonly string[] = [
  'Shocking report, the ministry should resign https://www.reuters.com/world/asia-pacific/ministry-report',
  'The headline "Shocking report: ministry hid the audit" is clickbait, but the audit itself is real https://www.reuters.com/article',
  'Beware of fake "Musk backs a new investment platform" ads on social media, they steal your card details https://www.bbc.com/news/technology',
  'The government pays 20,000 to every citizen who registers for the census? No, that is a scam advert, the real rules are at https://www.gov.kz',
  'The state pension top-up is real, here is the official page https://www.gov.kz/memleket/entities/enbek',
  'Sensational match last night, what a goal https://www.espn.com/soccer/match',
  'Elon Musk backs the new Starship schedule, the launch moved to March https://www.spacex.com/launches',
  'Шокирующий отчёт, министр должен уйти в отставку https://www.interfax.ru/russia/123',
  'Осторожно, мошенники! Реклама «Илон Маск поддержал инвестиционную платформу» — фейк, не переходите по ссылкам https://example-news.example/warning',
  'Выплаты пенсионерам проиндексируют, официальное сообщение https://www.gov.kz/memleket/entities/enbek/press',
  '震惊，这个部门的报告竟然这么写 https://www.xinhuanet.com/politics/a.htm',
  '谨防诈骗！所谓"马斯克推荐的投资平台"都是假的，不要点击 https://www.news.cn/fortune/b.htm',
  '揭秘月球背面的新发现，值得一读 https://www.cas.cn/news/c.shtml',
];

/** Fake-news adverts written after the patterns, measured once. */
export const FAKE_NEWS_SPAM_SECOND: readonly string[] = [
  'Breaking news: Bill Gates recommended this crypto app, users earn $800 a day https://gates-app.example',
  'Shocking truth: how a student from Shymkent makes money without leaving home https://shymkent-news.example',
  'The prime minister endorsed a new program, every citizen who signs up gets 100,000 tenge https://program-kz.example',
  'A billionaire shared his secret of passive income live on TV, the central bank is hiding it https://secret-tv.example/read',
  'Шокирующая правда: как студент из Алматы заработал 2 миллиона за месяц https://almaty-segodnya.example',
  'Известная телеведущая рекомендовала платформу, на которой все зарабатывают от 100 000 рублей в месяц https://tv-platforma.example',
  'Президент одобрил выплаты всем гражданам, успейте оформить https://vyplata-vsem.example',
  'Сенсация в прямом эфире: миллиардер раскрыл тайну заработка, банки скрывают https://efir-news.example',
  '曝光！知名企业家揭秘躺赚方法，普通人也能月入2万 https://qiye.example/x',
  '所有人都在谈论：总统支持的理财平台，每人可领1000元 https://licai.example',
  '惊爆！首富推荐的投资平台，日赚800元 https://shoufu.example',
];

/** Genuine comments written after the patterns, measured once. */
export const FAKE_NEWS_GENUINE_SECOND: readonly string[] = [
  'Shocking interview with the mayor, he admitted the bridge was never inspected https://apnews.com/article/bridge',
  'My aunt lost money after clicking an ad saying "a famous presenter made millions with this platform". It was a deepfake https://www.bbc.co.uk/news/articles',
  'Sensational result for the team, they earned their place in the final https://www.uefa.com/news',
  'The president signed the law, payments to every pensioner start in July, see the decree https://www.akorda.kz/en/decree',
  'You will not believe how bad the traffic is today near the bridge https://maps.example/traffic',
  'Шокирующее интервью, но министр так и не ответил на главный вопрос https://tass.ru/politika/1',
  'Не верьте рекламе «Сенсация! Известный бизнесмен раскрыл секрет заработка» — это обман https://www.gov.kz/article/warning',
  'Выплаты семьям с детьми увеличат с января, подробности на сайте министерства https://www.gov.kz/memleket/entities/enbek/press/news',
  'Президент поддержал идею нового парка в центре города, вот проект https://astana.example/park',
  '这篇报道真是震惊，调查结果与官方说法完全不同 https://www.reuters.com/world/china/x',
  '小心！网上"马斯克推荐的理财平台，日赚800元"的广告是诈骗 https://www.gov.cn/fuwu/zhengce',
  '揭秘古代丝绸之路的纪录片很好看 https://tv.cctv.com/doc',
];
