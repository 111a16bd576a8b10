// Reputable links (docs/spam.md, "Reputable links"): readers of a China–Central Asia news site cite
// other outlets' articles (wire services, broadsheets, regional and national outlets in English,
// Russian and Chinese), Wikipedia in any language, a map of a place or a route, a paper (doi.org, a
// university, a think tank), a statistics office or a ministry of any country, a video of a press
// conference, their own blog post; they argue, quote figures and ask around the link. Beside them,
// spam whose link hides behind news-like or reference-like wording: look-alike news domains, a
// shortened link, a map or wiki link as SEO, a shop on a big platform, a reputable link beside an
// offer, a phone number or a scam. Written for this round, none from ../shared/data: the DEV lists
// before any change, the SECOND lists at the same time and measured once, after the change.

/** Genuine comments with reputable links (development set). */
export const REPUTABLE_GENUINE_DEV: readonly string[] = [
  // international outlets and magazines
  'Foreign Policy ran a decent explainer on why Beijing cares about the Wakhan corridor: https://foreignpolicy.com/2026/11/18/china-afghanistan-wakhan-corridor-explained/',
  'The FT says the financing for the Kyrgyz section is still not closed, which contradicts the minister: https://www.ft.com/content/3f2a9c1e-7b4d-4e21-9a55-0c8e1d2b6f70',
  'Bloomberg has the tonnage figures: 9.8 million tonnes through Khorgos in ten months, up 14%. https://www.bloomberg.com/news/articles/2026-11-27/china-kazakhstan-rail-freight-record',
  'NYT piece on the labour migrants in Xinjiang factories, long but worth it: https://www.nytimes.com/2026/10/05/world/asia/xinjiang-kazakh-workers.html',
  'I think the Guardian overstates it. Their own source says the loan is $1.2bn, not $2bn: https://www.theguardian.com/world/2026/nov/30/china-central-asia-loans-debt',
  'The Economist had a chart on Chinese FDI by country, Kazakhstan is far ahead of Uzbekistan: https://www.economist.com/asia/2026/11/21/china-in-central-asia',
  'Al Jazeera interviewed farmers near the Kambarata dam site, they say nobody consulted them. https://www.aljazeera.com/news/2026/11/12/kyrgyzstan-dam-farmers',
  'DW covered the water dispute from the Uzbek side: https://www.dw.com/en/central-asia-water-amu-darya-afghan-canal/a-70123456',
  'Nikkei Asia reports the plant will make 50,000 cars a year, half what the article here claims. https://asia.nikkei.com/Business/Automobiles/Chinese-carmaker-Uzbekistan-plant',
  'SCMP says the visa-free deal covers 30 days, not 60. Who is right? https://www.scmp.com/news/china/diplomacy/article/3290123/china-kazakhstan-visa-free',
  'WSJ on the same copper deal, paywalled unfortunately: https://www.wsj.com/world/asia/china-kazakhstan-copper-mine-deal-9a1b2c3d',
  'The Washington Post wrote about the Chinese police stations abroad last year, this is a continuation of that story https://www.washingtonpost.com/world/2025/09/14/china-overseas-police-central-asia/',
  // regional outlets (Central Asia, China), English and Russian
  'Eurasianet covered the Tajik side of this months ago: https://eurasianet.org/tajikistan-chinese-gold-mine-protests',
  'Ferghana has the full list of the projects signed in Xian, 58 agreements: https://fergana.news/articles/134567/',
  'Kun.uz writes that the tariff goes up by 12% from January, not 20: https://kun.uz/en/news/2026/12/01/electricity-tariff',
  'Газета.uz пишет, что завод запустят только в 2028 году: https://www.gazeta.uz/ru/2026/11/29/china-plant/ — так кто прав?',
  'На Тенгри опрос водителей на Хоргосе, стоят по три дня: https://tengrinews.kz/kazakhstan_news/voditeli-horgos-ochered-532101/',
  'Власть.кз подробно разбирала этот контракт в прошлом году, там всё не так радужно: https://vlast.kz/politika/58712-kitajskij-kontrakt.html',
  'Коммерсант приводит другую сумму, 3,4 млрд долларов: https://www.kommersant.ru/doc/7312345',
  'РБК пишет, что переговоры о цене газа зашли в тупик: https://www.rbc.ru/economics/02/12/2026/6740abcd9a79471234567890',
  'Интерфакс со ссылкой на минэнерго: поставки начнутся не раньше 2030 года. https://www.interfax.ru/business/987654',
  'Статья 24.kg про долг перед Эксимбанком, 1,7 млрд долларов на конец года: https://24.kg/ekonomika/312345_dolg_pered_eksimbankom/',
  'Азия-Плюс пишет, что граница на Кульме будет открыта круглый год: https://asiaplustj.info/ru/news/tajikistan/economic/20261130/kulma',
  'Zakon.kz опубликовал полный текст соглашения? Я нашёл только пересказ: https://www.zakon.kz/politika/6412345-soglashenie-s-kitaem.html',
  // Chinese outlets
  '财新的报道说贷款利率是2.5%，比文章里说的低 https://www.caixin.com/2026-11-28/102256789.html',
  '澎湃新闻有一篇现场报道，霍尔果斯口岸的货车排了十几公里 https://www.thepaper.cn/newsDetail_forward_29123456',
  '人民网的原文在这里，措辞和英文版不太一样：http://world.people.com.cn/n1/2026/1201/c1002-40123456.html',
  '中国日报的英文报道提到了具体的投资金额：https://www.chinadaily.com.cn/a/202612/01/WS674bc123a310f1265a1d2b3c.html',
  '环球时报这篇的观点我不同意，中亚国家并不是只想要投资 https://www.globaltimes.cn/page/202611/1323456.shtml',
  'BBC中文对这件事的报道更平衡一些：https://www.bbc.com/zhongwen/simp/world-67123456',
  '界面新闻说这条线路每周只有两班，根本不够 https://www.jiemian.com/article/11987654.html',
  // Wikipedia in any language
  'For context, the Wikipedia article on the Khorgos Gateway has the timeline: https://en.wikipedia.org/wiki/Khorgos_Gateway',
  'Статья в Википедии про Джунгарские ворота, если кому интересна география: https://ru.wikipedia.org/wiki/Джунгарские_ворота',
  '维基百科上有中吉乌铁路的条目，规划时间线写得很清楚 https://zh.wikipedia.org/wiki/中吉乌铁路',
  'The Kazakh Wikipedia page is more up to date than the English one: https://kk.wikipedia.org/wiki/Қорғас',
  // maps: a place, a route
  'This is the crossing they are talking about, you can see the truck park on satellite view: https://www.google.com/maps/@44.2051,80.4112,2500m/data=!3m1!1e3',
  'Route from Kashgar to Osh via Irkeshtam, 680 km according to Google: https://www.google.com/maps/dir/Kashgar/Osh,+Kyrgyzstan/',
  'Here is the pin for the new terminal: https://maps.app.goo.gl/7xQkPz3vL2mN8aBc9 — it is right next to the old customs yard.',
  'На OpenStreetMap уже нарисована новая дорога до Кульмы: https://www.openstreetmap.org/way/1234567890',
  'Вот это место на 2ГИС, там до сих пор пустырь, никакого логистического центра нет: https://2gis.kz/astana/geo/70030076123456789',
  '高德地图上能看到新口岸的位置，离老口岸大概三公里 https://www.amap.com/place/B0FFH1234X',
  // papers, universities, think tanks
  'There is a peer-reviewed study on exactly this, debt sustainability in Kyrgyzstan and Tajikistan: https://doi.org/10.1080/14631377.2025.2345678',
  'Carnegie published a good analysis of Chinese security presence in Tajikistan: https://carnegieendowment.org/russia-eurasia/politika/2026/11/china-tajikistan-security',
  'Chatham House had a paper on this in 2025, their numbers on loans are lower: https://www.chathamhouse.org/2025/06/chinas-lending-central-asia',
  'The Oxford Institute for Energy Studies paper on Power of Siberia 2 pricing is the best I have read: https://www.oxfordenergy.org/publications/power-of-siberia-2-pricing/',
  'Nazarbayev University researchers surveyed 2,000 households on attitudes to China: https://nu.edu.kz/news/survey-china-attitudes-2026',
  'The Crisis Group report on the Kyrgyz-Tajik border is relevant here: https://www.crisisgroup.org/europe-central-asia/central-asia/kyrgyzstan-tajikistan/border-report',
  'Статья на КиберЛенинке про китайские инвестиции в Казахстан, с таблицами по годам: https://cyberleninka.ru/article/n/kitayskie-investitsii-v-kazahstane',
  '这篇论文分析了中亚天然气管道的定价机制，可以参考 https://doi.org/10.1016/j.enpol.2026.113456',
  'MERICS has a tracker of Chinese investments in the region, updated monthly: https://merics.org/en/tracker/china-central-asia-investment',
  // statistics offices and ministries of any country
  'The official trade figures are on the Bureau of National Statistics site, January to October is $38.2bn: https://stat.gov.kz/en/industries/economy/foreign-market/',
  'China customs data says exports to Uzbekistan rose 31%, see the monthly table: http://english.customs.gov.cn/statics/report/monthly.html',
  'Госкомстат Узбекистана даёт другие цифры по товарообороту с Китаем: https://stat.uz/ru/ofitsialnaya-statistika/merchandise-trade',
  'Нацстатком Кыргызстана: рост ВВП 9% за 11 месяцев, https://www.stat.kg/ru/news/ — так что про рецессию в статье неправда.',
  'МИД России опубликовал стенограмму брифинга, про Центральную Азию в конце: https://www.mid.ru/ru/foreign_policy/news/1987654/',
  'Полный текст заявления на сайте Кремля: http://kremlin.ru/events/president/news/75123',
  '国家统计局的数据显示前十个月对中亚出口增长了二成 https://www.stats.gov.cn/sj/zxfb/202611/t20261115_1957123.html',
  '外交部发言人的答问原文：https://www.mfa.gov.cn/web/fyrbt_673021/202612/t20261202_11512345.shtml',
  'The German foreign office travel advice for Kyrgyzstan was updated yesterday: https://www.auswaertiges-amt.de/de/service/laender/kirgisistan-node',
  // a press conference on a big platform
  'Full video of the joint press conference, the question about the railway is at 34:10: https://www.youtube.com/watch?v=pQ8sLm2Xw4k',
  'Пресс-конференция МИД Казахстана целиком на ютубе, вопрос про визы на 18-й минуте: https://www.youtube.com/watch?v=Ty6nJ3bK8vM',
  '外交部例行记者会的视频在B站也有，第12分钟开始讲中亚 https://www.bilibili.com/video/BV1xK4y1a7Zq',
  // a personal blog post they wrote
  'I drove the Irkeshtam route last summer and wrote up the border formalities, might help someone: https://aigerim-travels.substack.com/p/irkeshtam-crossing-2026',
  'Я писал об этом у себя в блоге год назад, с фотографиями стройки: https://timur-almaty.livejournal.com/45678.html — ничего с тех пор не изменилось.',
  '去年我在喀什住了半年，写过一篇关于边贸市场的文章 https://zhuanlan.zhihu.com/p/678912345 ，情况和文章里说的差不多。',
];

/** Spam whose link hides behind news-like or reference-like wording (development set). */
export const REPUTABLE_SPAM_DEV: readonly string[] = [
  // look-alike news domains
  'BBC confirms: Kazakhstan launches a state crypto wallet paying 5% a week to every citizen. Details: https://bbc-news-today.xyz/kz-crypto',
  'Breaking news from Reuters: the central bank will give 200,000 tenge to every account holder, check yours here https://reuters.com.news-update.top/payout',
  'The New York Times reports this trading robot made investors 40% a month: https://nytimes-daily.online/robot-investing',
  'Forbes Kazakhstan: how a taxi driver from Shymkent became a millionaire in 3 months https://forbes-kz.site/taxi-millionaire',
  'Bloomberg: Chinese platform pays $700 a day for simple tasks, registration is open https://bloomberg-markets.click/tasks',
  'Срочно! Коммерсант: Нацбанк раздаёт по 150 000 тенге, проверьте себя https://kommersant-news.top/vyplata',
  'РБК сообщает: новая биржа гарантирует доход 30% в месяц, подробности https://rbc-finance.site/birzha',
  'Новости Тенгри: пенсионерка из Караганды заработала 4 млн на акциях Газпрома https://tengri-news.online/pensionerka',
  '新华社消息：国家数字货币平台开放注册，每天稳赚800元 https://xinhua-news.top/szhb',
  '人民日报报道：在家用手机就能月入三万，名额有限 https://people-daily.vip/zhuanqian',
  'Guardian investigation: the one investment banks do not want you to know about https://theguardian-money.icu/secret',
  'Wikipedia confirms this platform is legit and regulated, join today and earn from $500: https://wikipedia-org.info/crypto-platform',
  // shortened links behind news or reference words
  'Full article from Reuters on the new payouts for citizens, claim yours: https://bit.ly/3xKzPay',
  'Source: official report on the free money program for residents https://cutt.ly/gov-payout',
  'Подробнее в статье РИА: https://clck.ru/3AbCdE — там как получить компенсацию от государства.',
  '详细报道请看新华网：https://t.ly/xinhua88 ，注册就送188元',
  'Read the Wikipedia page on this investment method before you join: https://tinyurl.com/wiki-invest-now',
  // map and wiki links used only as SEO
  'Best dental clinic in Almaty, affordable implants, find us on the map: https://www.google.com/maps/place/SmileDent+Almaty/@43.24,76.91,17z call +7 701 555 12 34',
  'Cheap car rental in Bishkek with delivery to the airport, directions here https://maps.app.goo.gl/Rk2pQ9zL4mX7vB3c8 WhatsApp +996 555 123 456',
  'Лучший автосервис в Ташкенте, мы на карте: https://yandex.uz/maps/org/avtoservis_premium/123456789/ — звоните, скидка 20% до конца месяца!',
  'Ремонт квартир под ключ в Астане, смотрите на 2ГИС https://2gis.kz/astana/firm/70000001098765432 , выезд замерщика бесплатно',
  '乌鲁木齐专业搬家公司，价格优惠，导航地址 https://www.amap.com/place/B0FFHX9876 联系电话 138 0991 2345',
  'Essay writing service with plagiarism-free papers, see what Wikipedia says about academic writing https://en.wikipedia.org/wiki/Academic_writing and order at https://best-essays-24.com',
  'Learn about bitcoin on Wikipedia https://en.wikipedia.org/wiki/Bitcoin then start trading with our bot, 300% returns: https://btc-autotrade.pro',
  // shops on big platforms
  'Best power bank for the long train ride to Urumqi, 50% off today only: https://www.amazon.com/dp/B0C1X2Y3Z4?tag=silkdeals-20',
  'Cheap phone cases from China, free shipping worldwide: https://www.aliexpress.com/item/1005006123456789.html',
  'Хит продаж: китайские наушники со скидкой 70%, заказывайте на Озоне https://www.ozon.ru/product/naushniki-tws-1234567890/',
  'Заказывайте оригинальную косметику на Wildberries, промокод SILK15: https://www.wildberries.ru/catalog/123456789/detail.aspx',
  '淘宝店铺全场五折，正品保证，点击购买 https://item.taobao.com/item.htm?id=712345678901',
  '京东自营新品首发，限时抢购 https://item.jd.com/100012345678.html',
  // a reputable host beside an offer, contact details or a scam
  'As Reuters reported (https://www.reuters.com/markets/currencies/) the tenge is falling. Protect your savings with our gold accounts, call +7 727 355 00 11',
  'Like the FT says, China is the future: https://www.ft.com/china. I teach Mandarin online, 50% off the first month, write to mandarin.tutor.kz@gmail.com',
  'According to Bloomberg https://www.bloomberg.com/crypto bitcoin will hit 200k. Join my VIP signals group on Telegram @crypto_vip_kz, first week free',
  'По данным РБК https://www.rbc.ru/finances/ курс юаня вырастет. Покупаем и продаём юани по лучшему курсу, звоните +7 701 222 33 44',
  'Как пишет Коммерсант (https://www.kommersant.ru/), доллар будет по 600. Инвестируйте в нашу платформу, доход от 20% в месяц: https://invest-kz-pro.online',
  '据财新报道 https://www.caixin.com 人民币要升值，现在换汇最划算，加微信 huilv888 咨询',
  'Wikipedia explains visa rules well https://en.wikipedia.org/wiki/Visa_policy_of_China but we get you a Chinese visa in 3 days without an interview, WhatsApp +7 705 111 22 33',
  'Great article! Also see https://en.wikipedia.org/wiki/Search_engine_optimization — we offer SEO services for Kazakh businesses, first audit free: https://seo-astana.kz',
  // blog hosts used for SEO
  'Top 10 CBD gummies of 2026, honest review: https://medium.com/@cbd-best-reviews/top-10-cbd-gummies-2026-7a8b9c',
  'Как похудеть на 10 кг за месяц без диет, читайте в моём блоге: https://dzen.ru/a/ZxYzAbCdEf-hudeem',
  'Read my blog post on how I made $10,000 a month with dropshipping from China: https://dropship-king.substack.com/p/10k-month',
];

/** Genuine comments with reputable links, written with the DEV ones and measured once, after the change. */
export const REPUTABLE_GENUINE_SECOND: readonly string[] = [
  'The Atlantic Council piece makes the opposite argument, that Astana is hedging rather than leaning east: https://www.atlanticcouncil.org/blogs/new-atlanticist/kazakhstan-hedging-china-russia/',
  'Politico Europe says the EU offer to Central Asia is 12 billion euros over five years: https://www.politico.eu/article/eu-central-asia-global-gateway-summit/',
  'Le Monde had a long report from Khorgos too, in French: https://www.lemonde.fr/international/article/2026/11/20/khorgos-frontiere_6412345_3210.html',
  'Agreed with most of it, but check the VOA story, the Chinese ministry denied the base: https://www.voanews.com/a/china-denies-tajikistan-base/7912345.html',
  'The Japan Times on Japanese competition for the same rare earths: https://www.japantimes.co.jp/business/2026/11/25/central-asia-rare-earths/',
  'AKIpress has the tariff table for the new crossing: https://akipress.com/news:812345/',
  'Медуза писала, что подрядчик тот же, что и на Сахалине: https://meduza.io/feature/2026/11/28/kto-stroit-gazoprovod',
  'Ведомости приводят цифры: 12 млрд кубометров в год на первом этапе. https://www.vedomosti.ru/business/articles/2026/12/01/1087654-gazoprovod',
  'Курсив: ставка по кредиту 4,5%, а не 2%, как тут написано https://kursiv.media/2026-11-30/kredit-kitai/',
  'Новая газета Европа подробно писала о мигрантах на стройке: https://novayagazeta.eu/articles/2026/11/10/migranty-na-stroike',
  '第一财经的报道里有更多数据，中欧班列今年开行量增长了一成 https://www.yicai.com/news/102345678.html',
  '凤凰网这篇评论写得不错，观点和本文相反 https://news.ifeng.com/c/8abcDEF1234',
  'Here is the Wikipedia article on the 2026 summit, the list of signed documents is at the bottom: https://en.wikipedia.org/wiki/2026_China–Central_Asia_Summit',
  'Трасса на Торугарт на Яндекс Картах, видно серпантин: https://yandex.ru/maps/?rtext=41.85,75.12~40.52,75.40&rtt=auto',
  'The border post on OpenStreetMap, the road south of it is still a track: https://www.openstreetmap.org/node/9876543210',
  'SIPRI data shows Chinese arms deliveries to the region are tiny compared to Russia: https://www.sipri.org/databases/armstransfers',
  'Есть исследование ВШЭ о трудовой миграции из Таджикистана в Китай: https://www.hse.ru/data/2026/10/15/migration-china.pdf',
  '清华大学的一项研究估算了中亚天然气管道的运输成本 https://www.tsinghua.edu.cn/info/1181/112345.htm',
  'Turkmenistan customs figures are published by the state statistics committee, not much detail though: https://www.stat.gov.tm/en/',
  'Минэкономразвития России: товарооборот с Китаем за 10 месяцев 200 млрд долларов. https://www.economy.gov.ru/material/news/tovarooborot_s_kitaem.html',
  'The full press conference of the Kazakh and Chinese foreign ministers: https://www.youtube.com/watch?v=Hn3kD7sQp2w, the question on water comes near the end.',
  'I wrote a longer post on why the numbers do not add up, with the customs data: https://daniyar-notes.medium.com/khorgos-numbers-dont-add-up-4f5e6a7b8c9d',
];

/** Spam that looks like them, written with the DEV lists and measured once, after the change. */
export const REPUTABLE_SPAM_SECOND: readonly string[] = [
  'Reuters exclusive: Kazakh pensioners receive $900 a month from a new state fund, apply before Friday https://reuters-kz.online/fund',
  'The Economist: this AI trading app turned $250 into $12,000 in a month https://economist-invest.top/ai-app',
  'ТАСС: государство выплатит по 100 000 рублей каждому гражданину, заполните форму https://tass-vyplaty.site/forma',
  '新浪财经：普通人在家也能日赚千元，点击查看 https://sina-caijing.xyz/rizhuan',
  'Official BBC report on the new bonus for citizens: https://cutt.ly/bbc-bonus-kz',
  'Подробности в статье на Википедии: https://clck.ru/3ZzYyX — заработок на крипте без вложений.',
  'Best hotel in Khorgos, book directly and save 30%: https://www.google.com/maps/place/Silk+Road+Hotel+Khorgos/@44.21,80.41,17z phone +7 728 312 45 67',
  'Лучшая стоматология в Бишкеке, мы на карте https://2gis.kg/bishkek/firm/70000001012349876 звоните +996 312 98 76 54, скидка 15%',
  'Buy authentic Kazakh souvenirs on Etsy, 25% off with code STEPPE25: https://www.etsy.com/listing/1234567890/kazakh-felt-souvenir',
  'Оптом детская одежда из Китая, смотрите наш магазин на Wildberries: https://www.wildberries.ru/seller/123456',
  '拼多多百亿补贴，iPhone直降两千，点击领取 https://mobile.yangkeduo.com/goods.html?goods_id=123456789',
  'As Bloomberg wrote https://www.bloomberg.com/energy oil is going up; invest with our licensed broker, 25% monthly, contact invest.kz.pro@gmail.com',
  'Как сообщает Интерфакс https://www.interfax.ru/business/ банки рушатся. Переводите деньги в USDT через нашего обменника, телеграм @usdt_kz_obmen',
  'Look at the map of our new warehouse https://maps.app.goo.gl/Zx9yW8vU7tS6rQ5p4 — cargo from China to Almaty from $1.5 per kg, WhatsApp +86 138 1234 5678',
  'My review of the best VPN for China 2026, with a 70% discount link inside: https://vpn-china-review.blogspot.com/2026/01/best-vpn.html',
  '维基百科都说了比特币是未来 https://zh.wikipedia.org/wiki/比特币 ，加入我们的投资群，每月收益30%，微信 btc2026',
];
