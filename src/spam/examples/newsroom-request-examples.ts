// Development batch of "real readers the filter still holds or sends to spam" (2026-12-07, fourth
// session): readers asking the newsroom for a follow-up, a source, a correction, an update, data or a
// translation; readers citing Russian, Central Asian, Mongolian and Chinese outlets; readers asking
// about a site ("has anyone bought from …?", "is … legit?"); journalists asking readers to contact
// them; and the spam that wears each of these shapes (a request beside a shop, a channel or a
// contact; "the editorial office" hiring writers). English, Russian and Chinese, written by hand
// before any code change; no text is taken from the public data sets.

/** Readers asking the newsroom about its own reporting. */
export const REQUEST_GENUINE: readonly string[] = [
  'Thanks, very informative. Please do a follow-up when the Uzbek section starts.',
  'Thanks. Please share the source for the cost estimate.',
  'Please check your figures, the Kyrgyz section is 454 km.',
  'Could you please follow up on the visa-free regime once the decree is actually published?',
  'Please post the full text of the joint declaration, the summary leaves out the energy part.',
  'Good piece. Please keep following the Khorgos story, nobody else covers it.',
  'Please correct the caption: that is Dushanbe, not Khujand.',
  'Would love a follow up on what happened to the drivers stuck at Irkeshtam.',
  'Please share the data behind the chart, I would like to check the 2023 numbers.',
  'Пожалуйста, сделайте продолжение, когда начнут строить узбекский участок.',
  'Дайте ссылку на источник, откуда цифра в 8 млрд долларов?',
  'Проверьте цифры, киргизский участок 454 км, а не 540.',
  'Спасибо за материал. Будет ли перевод интервью на русский?',
  'Просьба к редакции: следите за этой историей с газопроводом, очень важно для региона.',
  '请继续跟踪报道，谢谢。',
  '请注明出处，这个数据是哪里来的？',
  '数字是不是有误？吉尔吉斯段应该是454公里。',
  '能不能出一个中文版？很多读者看不懂英文原文。',
  '希望贵刊后续更新一下签证政策的进展。',
];

/** Spam that wears a reader's request: the ask beside a shop, a channel or a contact. */
export const REQUEST_SPAM: readonly string[] = [
  'Please follow my channel for daily crypto signals, link in bio!',
  'Please check out my new video and subscribe, it means a lot!!',
  'Please share this with everyone: earn $300 a day from home, WhatsApp +1 415 555 0199',
  'Please follow up with our manager on Telegram @visa_fast_agent for a guaranteed Schengen visa in 3 days.',
  'Пожалуйста, подпишитесь на мой канал, там все новости первыми! Переходите по ссылке t.me/novosti_biz_24',
  '请关注我的频道，每天分享赚钱项目，加微信 zhuanqian888',
  'Thanks for the info! Please visit our shop for cheap Chinese visas: visa-china-fast.shop',
];

/** Readers citing Russian, Central Asian, Mongolian and Chinese outlets (one and two links). */
export const OUTLET_GENUINE: readonly string[] = [
  'Good analysis, see also https://www.kp.ru/daily/27500/4800001/ and https://www.kp.ru/daily/27500/4800123/',
  'AiF had the tariff figures a week earlier: https://aif.ru/money/economy/tarify_2026',
  'Лента писала об этом ещё в марте: https://lenta.ru/news/2026/03/12/gaz/ и https://lenta.ru/news/2026/03/14/gaz2/',
  'Подробнее у Казправды: https://kazpravda.kz/n/zheleznaya-doroga-kitay/',
  'The Montsame piece has the minister’s exact words: https://montsame.mn/en/read/350000',
  'Kloop and Kaktus both covered the border closure: https://kaktus.media/doc/500000_granica.html https://knews.kg/2026/05/10/granica/',
  'Avesta reported the dam figures differently: https://avesta.tj/2026/04/02/rogun/',
  '环球网也报道了：https://world.huanqiu.com/article/4Kabcdef 还有观察者网 https://www.guancha.cn/internation/2026_05_01_700000.shtml',
  'Turkmen.news has the photos from the border crossing: https://turkmen.news/granica-lebap/',
];

/** Readers asking about a site, or whether it is a scam: no promotion. */
export const SITE_QUESTION_GENUINE: readonly string[] = [
  '有人在 caipiao-zaixian888.com 买过吗？',
  'Is example-shop.kz legit? they took my money',
  'Has anyone ordered from tez-dostavka.kz? Paid two weeks ago and nothing arrived.',
  'Кто-нибудь покупал билеты на poezd-tickets.uz? Это официальный сайт или нет?',
  'visa-centre-china.com 这个网站靠谱吗？收了我800块还没回复',
];

/** Spam asking a question about its own site: a rhetorical question beside an advert. */
export const SITE_QUESTION_SPAM: readonly string[] = [
  'Have you tried caipiao-zaixian888.com? Best odds in Asia, 100% bonus on first deposit!',
  'Ищете где купить диплом? diplom-kupit-msk.ru — быстро, недорого, с доставкой!',
  '还在找靠谱的彩票平台吗？yulecheng888.com 注册就送388元，加微信 ylc888',
];

/** Journalists asking readers to contact them. */
export const PRESS_GENUINE: readonly string[] = [
  "I'm a reporter at Kloop, please contact me at aizada@kloop.kg if you crossed at Torugart last week.",
  'Journalist here, writing about the new visa rules for students. If you were refused, please email me at t.omarov@vlast.kz',
  'Hi, I work as a correspondent for Eurasianet and would like to speak with drivers who waited at Khorgos. Please reach me at +7 701 555 1234.',
  '我是《第一财经》的记者，想采访在霍尔果斯口岸排队的司机，请联系我：wangli@yicai.com',
  '您好，我是新京报记者，正在做中亚留学生签证的报道，如果您有相关经历，请发邮件至 reporter@bjnews.com.cn',
];

/** Spam that claims to be the press or the editorial office to recruit or to sell. */
export const PRESS_SPAM: readonly string[] = [
  'Редакция набирает удалённых авторов, 3000 в день, пишите в тг @media_texts',
  'Наша редакция ищет журналистов на удалёнку, свободный график, всё расскажу в тг @redakciya_online',
  'Готовим материал о заработке на маркетплейсах: первые 10 читателей получат доступ к схеме, пишите в телеграм @mp_money_club',
  'The editorial office is hiring remote writers, 3000 a day, write in tg @news_writers_job',
  '本报编辑部招聘兼职写手，在家写稿，日结300元，加微信 bianji666',
];
