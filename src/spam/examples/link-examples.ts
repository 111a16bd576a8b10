// Genuine links (2026-12-07 night): readers of a news site on China–Central Asia affairs share links
// — a ministry's or a railway's app on Google Play or the App Store, a map, a news outlet's article,
// a PDF report, an official body's Telegram channel, a video of a speech — and ask questions or
// complain around them. The built-in model sent some of them to spam on words and a link alone
// (docs/spam.md, "Genuine links"). Beside them, spam that looks like them: an app advert with a
// Play link, a "news" link to a scam site, a promo code with a shop's link. Written for this round:
// the DEV lists before any change, the SECOND lists after it and never tuned on.

/** Genuine comments with links, written before the change (development set). */
export const LINK_GENUINE_DEV: readonly string[] = [
  // app stores: a public body's, a railway's, a bank's app
  'The ministry app is a free download on Google Play: https://play.google.com/store/apps/details?id=kz.egov.mobile — you can check your visa status in it.',
  'eGov Mobile is also on the App Store now: https://apps.apple.com/kz/app/egov-mobile/id1476128386, the QR code for the border works from it.',
  'KTZ finally put ticket sales into its app, https://play.google.com/store/apps/details?id=kz.ktzh.passenger, but it crashes when you pick the Khorgos train.',
  'Does anyone know if the customs declaration app works for trucks? https://play.google.com/store/apps/details?id=kz.kgd.declaration asks for a BIN I do not have.',
  'Приложение миграционной службы есть в Google Play: https://play.google.com/store/apps/details?id=uz.emehmon, регистрацию иностранца теперь можно сделать онлайн.',
  'Скачал приложение «Узбекистон темир йуллари» https://apps.apple.com/uz/app/uzrailway-tickets/id1458475543 — билеты на Афросиаб есть, но оплата картой UnionPay не проходит.',
  '铁路12306的App在这里下载：https://apps.apple.com/cn/app/id564818797 ，中欧班列的货运查询也在里面。',
  '霍尔果斯口岸的预约通关小程序不好用，安卓版 https://play.google.com/store/apps/details?id=cn.gov.customs 一直闪退。',
  // a promo code or a discount from the article, a question or a complaint
  'Use the promo code from the article? It did not work for me on https://airastana.com/kz/en/offers, the page says the offer has ended.',
  'Скидка 30% для пенсионеров на поезда в Китай — правда? Подробности: https://www.railways.kz/ru/news, я там ничего не нашёл.',
  'I compared VPN prices for our Urumqi office in this review https://www.pcmag.com/picks/the-best-vpn-services and most are $5 a month; is that even legal there now?',
  'The duty-free allowance dropped to 200 euros, see https://kgd.gov.kz/ru/news — so much for cheap electronics from Khorgos.',
  '文章里说的签证费减免是真的吗？我在 https://www.visaforchina.cn 上没看到，还是收了全价。',
  // news outlets
  'Reuters had more detail on the pipeline talks: https://www.reuters.com/business/energy/china-turkmenistan-gas-line-d-2026-11-30/',
  'RFE/RL reported the opposite last week: https://www.rferl.org/a/kyrgyzstan-china-railway-funding/33012345.html',
  'Here is the Xinhua version of the same meeting, worth comparing the wording: http://www.xinhuanet.com/english/2026-12/01/c_1310756123.htm',
  'Kursiv wrote about the same tender in October, https://kursiv.media/2026-10-14/trade-khorgos-tender/ and the numbers were different.',
  'ТАСС пишет, что соглашение подписано только о намерениях: https://tass.ru/ekonomika/22345678',
  'Вот репортаж 24.kz с открытия терминала: https://24.kz/ru/news/economy/654321-terminal-v-khorgose, там видно, что кранов пока два.',
  '新华网的报道说铁路项目明年开工：http://www.news.cn/world/2026-12/02/c_1130012345.htm',
  '路透社也报道了这条管道的融资问题 https://www.reuters.com/world/china/ ，和这里说的不太一样。',
  'The Diplomat had a good explainer on the visa-free regime: https://thediplomat.com/2026/11/china-kazakhstan-visa-free-one-year-on/',
  // maps
  'This is where the new dry port is, a few km from the old border post: https://www.google.com/maps/place/Khorgos+Gateway/@44.2,80.3,13z',
  'На карте видно, что объездная так и не достроена: https://2gis.kz/almaty/geo/70000001012345678 — а в статье пишут, что открыта.',
  'Маршрут нового газопровода на Яндекс картах кто-то нарисовал: https://yandex.ru/maps/?um=constructor%3Aabc123 — похоже на правду?',
  '中吉乌铁路的大致走向可以在这里看 https://map.baidu.com/?newmap=1&s=s%26wd%3D吉尔吉斯斯坦 ，山区段确实很长。',
  // reports and PDFs
  'The full EBRD report on the Middle Corridor is here (PDF): https://www.ebrd.com/documents/transport/middle-corridor-study.pdf',
  'Отчёт Евразийского банка развития о транзите: https://eabr.org/upload/iblock/report-transit-2026.pdf, цифры по контейнерам там на 15 странице.',
  '亚投行的年度报告里有这个项目的贷款数额：https://www.aiib.org/en/news-events/annual-report/2025/_common/pdf/annual-report.pdf',
  'Has anyone read the ADB paper on CAREC corridors? https://www.adb.org/publications/carec-corridor-performance-2025 The border delays table contradicts the minister.',
  // official Telegram channels
  'The embassy posts queue times on its Telegram channel: https://t.me/kazembassy_china, today it was four hours at the visa section.',
  'Минтранс Кыргызстана опубликовал в своём канале график работы Торугарта: https://t.me/mintrans_kg',
  'Пресс-служба таможни написала в телеграме, что очередь на Хоргосе 600 фур: https://t.me/kgd_press/1234 — это к вопросу о «без задержек».',
  '中国驻哈萨克斯坦大使馆的Telegram频道也发了通知 https://t.me/chinaembassy_kz ，春节期间签证处不开门。',
  // videos of a speech
  'Full speech of the minister at the forum, the railway part is at 12:40: https://www.youtube.com/watch?v=Qk3bX9LmT2s',
  'Выступление Токаева на саммите целиком: https://www.youtube.com/watch?v=Zp8hR2nVw4c, про транзит говорит в конце.',
  '发言的完整视频在这里 https://www.youtube.com/watch?v=Lm4kW7tQx1e ，关于管道的部分在后半段。',
  'Why is the video of the press conference private now? https://youtu.be/Hx2Jd8PqR5m worked yesterday.',
  // complaints and questions around a link
  'The e-visa site is down again: https://evisa.e-gov.kg, I have been trying since morning and it keeps asking for the same photo.',
  'Заявку на визу через https://visa.mfa.uz отклонили без объяснения, кто-нибудь сталкивался?',
  'Бесплатный вебинар для экспортёров от QazTrade, регистрация на сайте https://qaztrade.org.kz/events — кто был в прошлый раз, стоит идти?',
  'Free download of the new customs tariff book from the EAEU site: https://eec.eaeunion.org/comission/department/catr/ett/, the China chapter changed.',
];

/** Spam that looks like the genuine comments above, written before the change (development set). */
export const LINK_SPAM_DEV: readonly string[] = [
  // app adverts with a store link
  'Download our app on Google Play and get 500 bonus tenge on your first top-up! https://play.google.com/store/apps/details?id=com.bonusmoney.kz',
  'Earn $50 a day playing games, free download on Google Play: https://play.google.com/store/apps/details?id=com.cashgames.earn',
  'Лучшее приложение для ставок на спорт, бонус 10 000 рублей новым игрокам, скачать: https://play.google.com/store/apps/details?id=ru.bet.bonus',
  'Скачайте наше приложение займов, деньги на карту за 5 минут без проверки: https://apps.apple.com/kz/app/zaim-fast/id1600000001',
  '新人注册送88元红包，下载APP立即领取 https://play.google.com/store/apps/details?id=com.hongbao.app',
  'Free VPN for China, download now on the App Store, unlimited and no logs: https://apps.apple.com/app/fastvpn/id1600000002',
  // "news" links to scam sites
  'Breaking: the central bank confirms a new state crypto platform, citizens earn from $1000 a week. Read the full story: https://kz-news-today.top/tokayev-crypto',
  'Shocking report: famous Almaty businessman reveals how he earned millions with this platform, https://reuters-finance-news.site/article/8812',
  'Срочная новость: Нацбанк запускает выплаты всем гражданам, проверьте себя по ссылке https://vyplaty-gos.top/check',
  'Известный банкир рассказал в интервью, как заработать на нефти от 200 000 в месяц, читать: https://tass-news.online/intervyu',
  '重磅新闻：国家推出数字货币理财，每天收益3%，详情请看 https://xinhua-news.vip/licai',
  'Official statement: the government will pay 50,000 tenge compensation to every citizen, apply here https://gov-kz-payments.xyz/apply',
  // promo codes with a shop link
  'Use promo code ASTANA30 for 30% off all flights at https://cheap-air-kz.com, valid this week only!',
  'Промокод SILK20 даёт скидку 20% на все товары из Китая с бесплатной доставкой: https://kitay-tovary.shop',
  '输入优惠码 SILK50 立减50元，全场包邮，立即购买 https://silk-youhui.shop',
  'Exclusive discount for readers: code NEWS25 gives 25% off iPhones at https://apple-outlet-sale.store, limited stock!',
  // Telegram and video channels selling something
  'Signals for crypto trading with 95% accuracy in our Telegram channel, join now: https://t.me/crypto_signals_pro',
  'Подписывайтесь на наш Telegram канал, там ставки с проходимостью 90%: https://t.me/stavki_top_kz',
  'Watch how I made $5000 in one week from home, full video here: https://www.youtube.com/watch?v=Ab3cD4eF5gH',
  '加入我们的电报群，每天分享赚钱项目，月入过万 https://t.me/zhuanqian_group',
  'Cheap train tickets to Urumqi with 40% off, book in our app: https://play.google.com/store/apps/details?id=com.tickets.cheap',
];

/** Genuine comments with links, written after the change and measured once (never tuned on). */
export const LINK_GENUINE_SECOND: readonly string[] = [
  'Kazakhstan Temir Zholy has an official app for freight tracking, free on Google Play: https://play.google.com/store/apps/details?id=kz.railways.cargo — shows wagons at Dostyk.',
  'The tax office app is on the App Store, https://apps.apple.com/kz/app/egov-business/id1523456789, but it still cannot file the VAT form for imports.',
  'AP says the summit statement mentions the railway only once: https://apnews.com/article/china-central-asia-summit-xian-2026',
  'BBC Russian had interviews with truck drivers stuck at the border: https://www.bbc.com/russian/articles/c4n2k8x1zq7o',
  'Kabar quotes the minister differently, he said 2030, not 2028: https://kabar.kg/news/zheleznaia-doroga-kitai-kyrgyzstan-uzbekistan/',
  'Синьхуа дала другую цифру по товарообороту: http://russian.news.cn/20261203/abc123/c.html — там 48 млрд, а не 52.',
  'Казинформ публиковал график строительства второго пути: https://www.inform.kz/ru/vtoroy-put-dostyk-moyinty_a4123456',
  'РИА пишет, что переговоры по газопроводу снова отложены: https://ria.ru/20261204/gazoprovod-1987654321.html',
  '塔斯社的俄文报道在这里 https://tass.ru/mezhdunarodnaya-panorama/22456789 ，和中方的说法有出入。',
  '美联社的这篇报道提到了签证便利化 https://apnews.com/article/kazakhstan-china-visa ，可以对照一下。',
  'The promo code in the airline newsletter did not work for me at checkout on https://www.flyarystan.com, it said invalid.',
  'Промокод на скидку для студентов, о котором писали, не работает на https://bilet.railways.kz — пишет «код недействителен».',
  '文章提到的学生优惠我在 https://www.12306.cn 上没看到，是只限国内线路吗？',
  'Here is the exact spot where the trucks queue, a good 8 km before the checkpoint: https://www.openstreetmap.org/#map=13/44.21/80.41',
  'Вот где будет новый сухой порт, если верить схеме: https://yandex.kz/maps/-/CDaBc4Zx',
  'The SCO secretariat put the full declaration online: https://eng.sectsco.org/documents/',
  'Доклад АБР о пограничных задержках: https://www.adb.org/sites/default/files/publication/carec-cpmm-2025.pdf, цифры по Хоргосу удручают.',
  'The customs committee says in its channel that the Kalzhat post closes for repairs from Monday: https://t.me/kgd_gov_kz/5123',
  'Минцифры Узбекистана объявило в телеграме, что e-visa теперь на 60 дней: https://t.me/mdigital_uz',
  'The interview with the Chinese ambassador, he talks about the pipeline around minute 20: https://www.youtube.com/watch?v=Rt7yU2kP9sQ',
  'Видео с открытия моста на Тумшуке, снято с дрона: https://www.youtube.com/watch?v=Jq5nB8cL3wD — очень красиво.',
  '大使的讲话视频 https://www.youtube.com/watch?v=Ft6hJ1mN8vB ，十分钟左右讲到了中欧班列。',
];

/** Spam that looks like them, written after the change and measured once (never tuned on). */
export const LINK_SPAM_SECOND: readonly string[] = [
  'Top rated budget app for travellers to China, free download on Google Play, save 40% on hotels: https://play.google.com/store/apps/details?id=com.travelsaver.deals',
  'Скачайте наше приложение для заработка на отзывах, от 3000 рублей в день: https://play.google.com/store/apps/details?id=ru.otzyv.money',
  '下载官方APP领取新人专享红包，最高888元 https://apps.apple.com/cn/app/hongbao-daren/id1600000009',
  'Exclusive: Kazakh billionaire shares the trading secret banks want hidden. Full article: https://almaty-daily-news.click/secret',
  'Сенсация: житель Астаны заработал 5 млн тенге за месяц на новой платформе, подробнее в статье https://astana-novosti.site/platforma',
  '新华财经独家：普通人也能每天稳赚500元，点击阅读全文 https://xinhua-caijing.top/zhuanqian',
  'Promo code CORRIDOR40 gives 40% off all train tickets to Urumqi, book now at https://silkroad-tickets.shop',
  'Скидка 35% по промокоду ASTANA на электронику из Китая, доставка бесплатно: https://elektronika-kitay.store',
  'Join our Telegram channel for free visa-free travel hacks and cheap flights every day: https://t.me/cheap_visa_hacks',
  '加入我们的Telegram频道，每天免费领取机票优惠码 https://t.me/jipiao_youhui',
  'Watch this video, I show how I earn $300 a day with my phone: https://www.youtube.com/watch?v=Kp2mN9xQ4rT',
];
