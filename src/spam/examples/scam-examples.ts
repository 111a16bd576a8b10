// Development examples for the second round of hand-set families (issue 15, "Spam defense II"):
// job and task scams, fake documents, SEO service offers, fixed matches, free premium accounts and
// stream piracy, and "Hi dear, I saw your profile" openers, in English, Russian and Chinese; and
// the genuine comments a news site's readers write near them (fraud and scandal reports, piracy
// laws, questions with a price or a number, log pastes). Written for this purpose on 2026-12-06,
// before any of the patterns; the patterns were written looking at these, so read their verdicts
// as a development figure, not as a held-out one (the lead's blind set is the held-out one).

/** The families of this round, by the code (or extended code) that counts them. */
export type ScamFamily = 'job' | 'document' | 'seo' | 'fixed-match' | 'piracy' | 'romance';

/** Spam of each family (development set: the patterns were written looking at these). */
export const SCAM_SPAM_DEV: Record<ScamFamily, readonly string[]> = {
  job: [
    'I earn $350 a day working from home on my laptop, no experience needed. Message me on WhatsApp and I will show you how.',
    'Online job available: part-time, daily pay, only 1-2 hours a day with your phone. Interested? DM me.',
    'We are hiring remote assistants, $45 per hour, no interview, weekly payment. Apply by sending your email.',
    'Easy task job: like videos and get paid $5 for every like. Contact our HR on Telegram @hr_tasks_example',
    'Работа на дому, оплата ежедневно, от 3000 рублей в день. Пиши в телеграм @rabota_example',
    'Требуются сотрудники на удалёнку, 2-3 часа в день, выплаты каждый день. Подробности в личке.',
    'Набираю людей в команду, подработка с телефона, оплата сразу, опыт не нужен.',
    '招聘刷单兼职，日结工资，一单一结，有意者加微信 abc123',
    '抖音点赞员，在家手机操作，日结300元，宝妈学生均可',
    '网络兼职打字员，时间自由，当天结算，详情私聊',
  ],
  document: [
    'Buy real registered passports, driver licenses, ID cards and residence permits, registered in the database. Contact docs.example@mail.com',
    'Get your IELTS certificate without the exam, 100% verifiable, also TOEFL and PTE. WhatsApp +44 7700 900123',
    'We produce genuine diplomas and transcripts from any university, fast delivery worldwide.',
    "Buy a fake driver's licence online that passes every scanner, real or novelty documents.",
    'Купить диплом о высшем образовании с занесением в реестр, доставка по всей России.',
    'Права без экзамена за 3 дня, водительское удостоверение категории B, пишите.',
    'Изготовление документов: паспорта, справки, медкнижки, аттестаты. Быстро и недорого.',
    '出售各类证件，办证刻章，身份证驾驶证，联系微信',
    '代办文凭，学历认证，国外大学毕业证，可查可认证',
    '专业办证，护照签证，毕业证书，一条龙服务',
  ],
  seo: [
    'We offer guest posts on high DA sites and quality backlinks at affordable prices. Rank your site on the first page of Google!',
    'I can increase your website traffic and build 1,000 do-follow backlinks for you, contact me for SEO services.',
    'Hello webmaster, your site is not ranking well. Our SEO team will get you on page 1 of Google in 30 days.',
    'Продвижение сайтов в топ Яндекса и Google, прогон по базам, вечные ссылки. Недорого.',
    'Прогон сайта по каталогам и форумам, увеличение посещаемости, поднимем ИКС.',
    'SEO-оптимизация и раскрутка сайта под ключ, вывод в топ-10.',
    '专业网站优化，快速排名，百度首页，外链代发',
    '提供SEO服务，快速排名上首页，收录快，高质量外链',
    '网站推广，关键词排名，七天上首页，不上不收费',
  ],
  'fixed-match': [
    'Fixed matches available for this weekend, 100% sure odds, contact us on WhatsApp for the VIP ticket.',
    'Get 100% sure fixed games with big odds, no loss. Pay after win.',
    'Real fixed match HT/FT 2/1 today, odds 30+, reliable source with inside information.',
    'Договорные матчи с гарантией, 100% проход, коэффициент от 5, пишите в телеграм.',
    'Продаю инсайды на договорные матчи, проверенная информация, без проигрышей.',
    '足球假球内幕，稳赚不赔，每场推荐准确率100%',
    '内幕消息，必中比分，包赢，加群',
    'NBA内幕推荐，假球资料，稳胆',
  ],
  piracy: [
    'Free Netflix premium accounts, working in 2026, just click the link in my profile.',
    'Best IPTV subscription with 10,000+ channels, 4K and VOD, free trial, only $10 a month.',
    'Watch NBA live stream free in HD, all games, no signup.',
    'Get Spotify Premium free for life, Disney Plus accounts giveaway today.',
    'IPTV плейлист 2026, более 5000 каналов, скачать m3u бесплатно.',
    'Бесплатные премиум аккаунты Netflix, раздача каждый день.',
    'Футбол прямая трансляция бесплатно в HD, все матчи без регистрации.',
    '免费会员，爱奇艺腾讯优酷VIP账号共享',
    'NBA直播免费观看，高清无插件，全部比赛',
    'IPTV电视盒子，破解直播，数千频道',
  ],
  romance: [
    'Hi dear, I saw your profile and I am interested in knowing you more. Please write to me at my email.',
    "Hello dear, how are you? My name is Jessica, I'm a single woman looking for a serious relationship, contact me on my private email.",
    'Hello handsome, you look nice in your picture, I would like us to be friends.',
    'Привет, дорогой, я увидела твой профиль и хотела бы познакомиться поближе. Напиши мне.',
    'Здравствуйте, меня зовут Анна, я одинокая девушка, ищу серьёзные отношения, вот моя почта.',
    '你好亲爱的，我看到了你的资料，很想认识你，加我微信吧',
    '嗨，我是单身女孩，想找个真心的人交朋友，留个联系方式',
  ],
};

/** Genuine comments near these families: each must stay ham (development set). */
export const SCAM_GENUINE_DEV: readonly string[] = [
  'The police say the "work from home, daily pay" job ads on Telegram are a scam that took €2m from students.',
  'My cousin fell for a task scam: they paid him for liking videos, then asked him for a deposit.',
  'Как отличить мошенническую «работу на дому» от настоящей? В статье об этом ни слова.',
  '警方提醒：刷单兼职都是诈骗，日结工资的广告不要相信。',
  'The diploma mill in the report sold degrees to 300 civil servants; who checked them?',
  '«Купить диплом» теперь уголовное дело? Статья не объясняет, что грозит покупателю.',
  '办证小广告贴满了小区的电线杆，城管什么时候管一管？',
  'How much does a passport renewal cost now? The article says $130 but the form says $165.',
  'Match-fixing scandal again: the league banned five players over fixed matches in 2024.',
  'Договорные матчи в нашем футболе — позор, федерация опять ничего не сделает.',
  '假球案的判决太轻了，内幕交易也该查。',
  'The new piracy law makes pirated IPTV a crime; does it also cover sharing a Netflix password?',
  'Пиратские IPTV плейлисты теперь будут блокировать, пишет регулятор.',
  '盗版直播网站被查封了，终于。',
  'Do backlinks still matter for ranking on Google? The article suggests they do not.',
  'Продвижение сайтов в Яндексе стало дороже, пишут в статье. Кто-то проверял?',
  '网站优化这篇文章写得很好，外链还有用吗？',
  'I saw your profile of the mayor last week, a great piece of reporting.',
  'Dear editor, I saw your report about the school and want to add a correction.',
  'Error: ETIMEDOUT at Job.run (worker.js:42:13): the daily job fails since the update to 2.3.1',
  'I pay $300 a month for childcare; is the new subsidy 100% or only part of it?',
  'The odds are 100% sure that the council raises taxes again next year.',
  'Our newsroom hired two part-time reporters; the pay is daily rate, as in most local papers.',
  'Where do I get an IELTS certificate recognised for the visa? The embassy site says two years.',
  'Мой сын смотрел трансляцию матча бесплатно на сайте клуба, это законно.',
  '我在家做兼职翻译，按字数结算，不是日结。',
  // e-mail invitations with no stranger's approach (since 2026-12-06: not dating-offer)
  'Email me at reader@example.org if you want the full dataset of the survey.',
  'Write to me at anna@mail.ru if you want the scans of the original treaty.',
  'Если нужны сканы оригинала договора, напишите мне на почту anna@mail.ru.',
  '我订阅了你们的新闻通讯。',
];
