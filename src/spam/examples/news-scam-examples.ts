// Development examples of the sixth round (issue 15, item 1, 2026-12-06): the scam families news
// sites receive (fund-recovery testimonials, inheritance and donation letters, verified exchange and
// ad accounts for sale, IPTV and streaming subscriptions, guest-post and sponsored-link requests,
// fake documents) in English, Russian and Chinese, and the genuine comments near them: a reader
// reporting the scam they received, asking where to get a visa or a passport, complaining about
// streaming prices. Written for this round: the first eight of each family before the patterns, the
// rest after them (docs/spam.md gives both figures). Development figures: the lead's held-out set
// judges.

/** The scam families of this round. */
export type NewsScamFamily = 'recovery' | 'advance-fee' | 'account' | 'streaming' | 'guest-post' | 'document';

/** Spam of each family (development set). */
export const NEWS_SCAM_SPAM_DEV: Record<NewsScamFamily, readonly string[]> = {
  recovery: [
    'I lost $48,000 to a fake crypto trading platform and thought it was gone forever. Then a friend introduced me to Marcus Reed, a certified recovery expert, who got back every coin within 72 hours. Reach him at marcusreed.recovery@example.com',
    'Big thanks to CyberTrace Hackers for helping me recover my stolen USDT. If you have been scammed, contact them on WhatsApp +1 (415) 555-0192, they are legit.',
    'My husband invested our savings in a binary options site and we could not withdraw. A wizard hacker recovered the whole amount. Email: fundsback@example.org',
    'Anyone who lost money to online scams should contact Apex Asset Retrieval, they got back my 3.2 BTC. Telegram @apex_retrieve',
    'Я потерял 2 миллиона рублей на фальшивой бирже. Специалист по возврату средств вернул всё за неделю! Пишите ему в телеграм @vozvrat_expert',
    'Кто пострадал от мошенников с криптовалютой — обращайтесь к Алексею, он помог мне вернуть биткоины. WhatsApp +7 912 555-44-33',
    '我在虚假投资平台被骗了30万，找到一位追款专家，三天就帮我追回全部资金，需要的加微信 zhuihui2026',
    '被骗的朋友不要灰心，黑客团队帮我找回了被盗的比特币，联系方式：telegram @huiqian_team',
    // written after the patterns
    'After losing $15k on a forex app I found Dr. Helen Ward, a crypto recovery specialist. She retrieved my funds in 5 days. WhatsApp +44 7700 900777',
    'Шахматист? Нет, я просто человек, который вернул свои деньги от брокера-мошенника благодаря специалисту по возврату средств. Пишите @vozvrat_help',
    '感谢黑客团队帮我追回了被骗的USDT，有需要的朋友联系 telegram @zhuihui_pro',
  ],
  'advance-fee': [
    "Dear friend, I am Mrs. Helen Carter, a widow suffering from cancer. I wish to donate my late husband's fund of $4.5 million to a trustworthy person for charity. Kindly reply to helencarter.donation@example.com",
    'Attention: you have been selected as the beneficiary of an unclaimed inheritance of 7,800,000 GBP left by a deceased client with your surname. Contact barrister James Whitfield at j.whitfield.chambers@example.com for details.',
    'Hello, I am a dying widow and I have decided to give my money to the less privileged through you. Write to me privately, my email is maryjohnson1955@example.net',
    'Greetings. I am a bank manager and there is a dormant account of $12.5M belonging to a foreigner who died without next of kin. I need your partnership to transfer it, 40% is yours. Reply urgently.',
    'Здравствуйте! Я вдова, у меня рак, и я хочу пожертвовать наследство моего покойного мужа в размере 3 миллионов долларов честному человеку. Напишите мне на почту vdova.fond@example.com',
    'Уважаемый получатель, вы назначены наследником невостребованного наследства на сумму 5 200 000 евро. Свяжитесь с адвокатом по адресу nasledstvo.advokat@example.com',
    '您好，我是一名身患癌症的寡妇，我希望把已故丈夫留下的450万美元遗产捐赠给可信的人用于慈善，请回复我的邮箱 widow.charity@example.com',
    '尊敬的朋友，一位与您同姓的已故客户留下了一笔无人认领的遗产800万美元，您可作为受益人领取，请联系律师 lawyer.estate@example.com',
    // written after the patterns
    'My name is Mrs. Grace Williams, I am a widow and I have a fund of $3.8 million that I want to donate to charity through an honest person. Kindly contact me on my private email grace.w@example.com',
    'Good day, I am Barrister Paul Adams. My late client left a deposit of 9.5 million dollars with no next of kin and you share his surname. Reply for details.',
    'Я вдова из Лондона, хочу передать свои сбережения честному человеку для благотворительности. Напишите мне на почту',
    '您好，我是一名律师，我的一位已故客户留下了1200万美元的资金，因与您同姓，您可作为受益人，请尽快回复。',
  ],
  account: [
    'Selling verified Binance accounts with full KYC, also Coinbase, Bybit and OKX. Instant delivery, replacement guarantee. Telegram @kyc_accounts_shop',
    'Buy aged Facebook ad accounts and Google Ads agency accounts with high spending limits, unbanned, ready to run ads. WhatsApp +44 7700 900456',
    'We sell verified Wise, Revolut and Payoneer accounts, fully verified with documents. Best price, bulk discount. Contact: accstore@example.com',
    'Fully verified Stripe and PayPal business accounts for sale, with bank attached. DM on Telegram @stripe_seller',
    'Продам верифицированные аккаунты Binance и Bybit с пройденным KYC, рекламные кабинеты Facebook с лимитом. Телеграм @akk_shop',
    'Продажа агентских рекламных аккаунтов Google Ads и Яндекс Директ, без банов, быстрая выдача. Пишите @ads_akk',
    '出售已实名认证的币安账号、欧易账号，KYC已过，秒发货，支持售后，联系飞机 @bian_zhanghao',
    '出售脸书广告账户、谷歌广告代理户，高消耗不封号，批量优惠，加微信 adzh8899',
    // written after the patterns
    'Buy KYC verified Binance and Kraken accounts, instant delivery, lifetime warranty. Telegram @kycstore',
    'Продаю рекламные кабинеты Facebook с высоким лимитом и верифицированные аккаунты бирж. Телеграм @fb_kabinet',
    '出售实名认证的抖音号和支付宝账户，安全稳定，联系飞机 @zhanghao_shop',
  ],
  streaming: [
    'Best IPTV subscription 2026: 20,000+ live channels, 80,000 movies and series in 4K, works on Firestick and Smart TV. Free 24h trial at http://iptv-best.example',
    'Tired of paying for cable? Get premium IPTV with all sports channels, PPV and Netflix-style VOD for only $10/month. WhatsApp +1 929 555 0133',
    'Cheap Netflix, Disney+ and Spotify premium accounts, 1 year for $25, private profile, warranty included. Order at http://streamdeals.example',
    'Looking for a reliable IPTV provider? We offer stable servers, no buffering, M3U and MAG support, instant activation. Email sales@iptvking.example',
    'IPTV подписка: 15 000 каналов в HD и 4K, все спортивные каналы, фильмы и сериалы, тестовый период бесплатно. Пишите в телеграм @iptv_ru_best',
    'Премиум подписки Netflix, Spotify и YouTube Premium за копейки, на год, с гарантией. Заказ на http://podpiski.example',
    'IPTV电视直播源，5000+频道，高清无卡顿，支持电视盒子和手机，免费试看，加微信 iptv6688',
    '奈飞会员、迪士尼会员低价出售，年卡只要99元，独享车位，售后无忧，联系QQ 3849201756',
    // written after the patterns
    'Premium IPTV subscription with 25,000 channels and VOD, 12 months only $49, instant activation. Order: http://tv.example',
    'IPTV для Smart TV: 12 000 каналов, фильмы и сериалы, тестовый доступ бесплатно, пишите @iptvshop',
    '高清IPTV直播源，8000个频道，一年只要68元，联系微信 tv8866',
  ],
  'guest-post': [
    'Hi, I am reaching out to ask if you accept guest posts on your site. I can provide a high-quality, unique article with one do-follow link. Please let me know your price. Email: outreach.anna@example.com',
    'Hello admin, we would like to buy a sponsored post on your website with a dofollow backlink to our client. What is your rate? Contact me at linkbuilding@example.com',
    'Do you sell link insertions in existing articles? I have several clients in finance and casino niches and pay via PayPal. Reply to me on WhatsApp +92 300 555 0199',
    'Dear Editor, I would love to contribute a guest article to your blog. In return I only ask for a backlink to my website. Looking forward to working with you.',
    'Здравствуйте, хотим разместить рекламную статью на вашем сайте с вечной ссылкой. Сколько стоит публикация? Напишите на почту seo.razmeshenie@example.com',
    'Куплю размещение статей со ссылками на вашем сайте, оплата сразу. Интересует тематика финансы и строительство. Телеграм @links_buyer',
    '您好站长，我们想在贵站发布一篇软文并带一个外链，请问收费多少？可以长期合作，联系邮箱 waillian@example.com',
    '求购高权重网站友情链接和付费文章发布，价格好商量，加微信 lianjie2026',
    // written after the patterns
    'Hello webmaster, I would like to publish a guest post on your site with a dofollow link. How much do you charge? Email me at seo.outreach@example.com',
    'Предлагаю разместить статью со ссылкой на ваш сайт, оплата сразу. Сколько стоит? Почта link@example.com',
    '站长你好，我们想长期购买贵站的软文发布位置，带外链，请问价格？',
  ],
  document: [
    "Buy real and fake passports, driver's licenses, ID cards, visas and residence permits, registered in the database. Contact us at docs.express@example.com",
    'We produce genuine registered UK driving licences and EU passports, fast delivery worldwide. WhatsApp +44 7700 900812',
    'Get a verifiable university diploma, bachelor or master degree, without exams, with transcripts. Order online at http://degrees-fast.example',
    'Need an IELTS certificate without taking the exam? We register genuine IELTS and TOEFL results. Telegram @ielts_docs',
    'Купить права без обучения и экзаменов, с внесением в базу ГИБДД, гарантия. Звоните +7 900 555-12-34',
    'Купить диплом о высшем образовании любого вуза, с занесением в реестр. Доставка по России. Сайт http://diplom-shop.example',
    '办理护照、驾照、身份证，可上网可查，专业团队，快速出证，联系微信 banzheng88',
    '代办各类学历证书、学位证，学信网可查，保真，加QQ 2938475610',
    // written after the patterns
    'We sell original passports, driving licenses and ID cards for all countries, registered in the system. Contact: docs@example.com',
    'Водительские права без экзаменов с внесением в базу, доставка по России, телеграм @prava_bystro',
    '专业办理各类毕业证书，学信网可查，加急办理，微信 zheng88',
  ],
};

/** Genuine comments near these families: none of them may be sent to spam. */
export const NEWS_SCAM_GENUINE_DEV: readonly string[] = [
  "My uncle lost his bitcoin to a fake exchange, then a 'recovery expert' on Telegram took another $2,000 from him. These recovery scams are everywhere.",
  'The police said no private firm can get back funds lost to crypto fraud; anyone promising that is running a second scam.',
  "I got an email from a 'widow with cancer' who wanted to leave me $4 million. Deleted it, but my mother almost replied.",
  'Inheritance tax in the UK applies above 325,000 GBP; the article should have mentioned that.',
  'My grandmother left us an inheritance and the notary took six months to register it.',
  'Are verified Binance accounts for sale legal? I keep seeing ads on Telegram and it looks like money laundering.',
  'Our Facebook ad account was banned for no reason and support never answered. Small businesses suffer from this.',
  'The IPTV piracy crackdown in Spain blocked legal sites too; football fans were furious.',
  'I pay for Netflix and Disney+ and still cannot watch the final. Streaming rights are a mess.',
  'Does the paper accept guest columns from readers? I would like to write about the hospital closures.',
  'Sponsored posts should be labelled clearly; half of the news sites here sell them without saying so.',
  'Where can I get a Schengen visa quickly? The embassy has no appointments until March.',
  'How long does it take to renew a passport in Almaty now? Mine expires in May.',
  'The ministry says fake diplomas were found among 300 civil servants. Who checks them?',
  'I got my driving licence last month; the exam is much stricter now, good.',
  'Мой отец потерял деньги на фальшивой бирже, а потом ещё и «специалист по возврату средств» его обманул. Будьте осторожны.',
  'Мне пришло письмо от «вдовы», которая хочет завещать мне миллионы. Классический развод, удалила.',
  'Наследство оформляли полгода, нотариус требовал кучу справок.',
  'Где получить визу в Германию быстрее всего? Визовый центр записывает только на апрель.',
  'Покупка диплома — уголовное преступление, а чиновники с липовыми дипломами так и работают.',
  'Продажа аккаунтов с KYC — это отмывание денег, хорошо, что об этом пишут.',
  'Пиратское IPTV блокируют, а легальные подписки дорожают каждый год.',
  'Редакция принимает колонки читателей? Хотел бы написать о школах нашего района.',
  '我爸在假投资平台被骗后，又被所谓的“追款专家”骗了一次，大家千万小心。',
  '收到一封自称寡妇要捐赠遗产的邮件，明显是诈骗。',
  '遗产继承手续太麻烦了，公证处排了两个月。',
  '请问去日本的签证现在在哪里办最快？',
  '报道说有人买假学历当上了干部，学信网都查不到，太离谱了。',
  '出售实名账号是违法的，平台应该严查。',
  '盗版IPTV被查封了，正版会员又太贵，观众很无奈。',
  '贵报接受读者投稿吗？我想写写我们小区的停车问题。',
  "A man in Astana paid a 'crypto recovery specialist' after losing his savings; police say it was the same gang.",
  'I received a letter saying I am the beneficiary of an unclaimed inheritance. Obviously a scam, reported it to the police.',
  'Мне написала «вдова» с предложением передать сбережения. Сразу видно, что развод.',
  '我也收到过自称律师的邮件，说我是同姓遗产的受益人，一看就是诈骗。',
  'My Binance account was frozen after KYC, support took two weeks to answer.',
  'Рекламные кабинеты в Facebook блокируют без объяснений, малый бизнес страдает.',
  'We cancelled Netflix and Spotify, 20 dollars a month adds up for a pensioner.',
  'Иптв у Ростелекома стоит 300 рублей в месяц, а каналов всего 150.',
  '现在看球只能买会员，腾讯视频的年卡又涨价了。',
  'Can readers send a guest article to the editors? I have written about the floods in my village.',
  'Where can I renew my passport quickly? The consulate in Almaty has a two-month queue.',
  '在哪里办理护照最快？出入境大厅排队太久了。',
  'Где можно быстро получить водительские права после переезда? Нужно ли пересдавать экзамен?',
];
