// Development examples of the eighth round (issue 15, 2026-12-07): plain product adverts that carry
// a link and no phone, e-mail or messenger — cheap-flight deals, VPN sellers, discount, coupon and
// promo-code adverts, shop adverts ("X% off, free shipping, limited offer"), and software and app
// download adverts — in English, Russian and Chinese; and the genuine comments near them: a reader
// sharing an official link, quoting prices or discounts in a discussion of trade and tariffs,
// mentioning a VPN because a site is blocked, asking where to buy a ticket, naming a passport or a
// visa. Written for this round; the DEV lists before the patterns, the SECOND lists after them and
// never tuned on (docs/spam.md gives both figures).

/** The families of this round. */
export type ProductFamily = 'flight' | 'vpn' | 'coupon' | 'shop' | 'software';

/** Adverts of each family, written before the patterns. */
export const PRODUCT_SPAM_DEV: Record<ProductFamily, readonly string[]> = {
  flight: [
    'Cheap flights to Almaty from $89! Book now at https://skyfare-deals.com before prices go up.',
    'Last minute flight deals: Beijing to Tashkent from only $120 one way. Limited seats, book today: www.flyhub-cheap.net',
    'Save up to 60% on international flights and hotels, best price guaranteed. Compare and book at https://tripsaver.example.com',
    'Дешёвые авиабилеты в Китай от 9 900 рублей! Успейте купить по ссылке https://avia-skidki.ru, акция до конца недели.',
    'Горящие туры и билеты в Анталью со скидкой до 70%, бронируйте сейчас на www.goryashie-bilety.ru',
    'Авиабилеты Алматы — Урумчи всего за 35 000 тенге, лучшие цены только у нас: https://aviabilet-kz.kz',
    '特价机票！北京飞阿拉木图低至999元，限时抢购，立即预订 https://jipiao-tejia.cn',
    '全球机票酒店低价预订，最高立减500元，点击链接 www.dijia-jipiao.com 马上抢',
  ],
  vpn: [
    'Best VPN for China 2026: no logs, unlimited bandwidth, 3000+ servers in 90 countries. Get 70% off today at https://fastvpn-deal.com',
    'Tired of blocked sites? Our VPN unblocks Netflix, YouTube and Google in one click. Free 7-day trial: www.unblockvpn.net',
    'Secure VPN with military-grade encryption, only $1.99/month with a 30-day money-back guarantee. Download now: https://shieldvpn.example.com',
    'Лучший VPN для России и Китая: обход блокировок, безлимитный трафик, серверы в 50 странах. Скидка 80% по ссылке https://vpn-bystro.ru',
    'Быстрый VPN без рекламы и логов, первые 3 дня бесплатно, подключайтесь: www.vpn-svoboda.com',
    'Надёжный ВПН всего за 99 рублей в месяц, работает в Китае и ОАЭ. Скачать: https://nadezhny-vpn.ru',
    '稳定翻墙VPN，高速节点不限流量，新用户首月仅需9.9元，官网 https://fanqiang-vpn.com',
    '科学上网首选，全球200+节点，秒连不掉线，注册送7天免费试用 www.kexue-shangwang.net',
  ],
  coupon: [
    'Use promo code SAVE30 for 30% off your first order at https://shopdeals-online.com, valid until Sunday!',
    'Free Amazon gift card coupons and discount codes updated daily, grab yours now at www.coupon-king.net',
    'Exclusive coupon: get $20 off orders over $100 with code NEWS20 at https://megastore.example.com. Hurry, limited time offer!',
    'Промокод SKIDKA500 даёт 500 рублей на первый заказ на https://magazin-vygodno.ru, успейте до конца месяца!',
    'Купоны и промокоды на скидки в Озон, Wildberries и AliExpress каждый день: www.promokody-vse.ru',
    'Скидка 40% по промокоду ZIMA на всю обувь, только сегодня на https://obuv-sale.ru',
    '优惠券免费领！淘宝京东内部优惠券每天更新，领券下单立省50元 https://quan-lingqu.cn',
    '输入优惠码 VIP88 立减88元，仅限今日，马上抢购 www.youhui-ma.com',
  ],
  shop: [
    'Buy original sneakers at 50% off, free shipping worldwide, limited offer! Shop now at https://sneaker-outlet-sale.com',
    'Huge clearance sale: smartwatches, earbuds and phone cases up to 80% off, free delivery on all orders. www.gadget-mega-sale.com',
    'Premium leather bags direct from the factory, lowest prices online, order today and get a free gift: https://bagfactory.example.com',
    'Распродажа! Смартфоны Xiaomi со скидкой до 50%, бесплатная доставка по всей России. Заказывайте на https://xiaomi-rasprodazha.ru',
    'Качественная мебель от производителя по низким ценам, доставка и сборка бесплатно, закажите на www.mebel-deshevo.ru',
    'Кроссовки Nike и Adidas оригинал со скидкой 60%, успей купить, количество ограничено: https://krossovki-skidki.ru',
    '全场五折，包邮到家！正品运动鞋限时特价，点击购买 https://xiezi-tejia.cn',
    '工厂直销，假一赔十，全国包邮，下单即送礼品，官网 www.changjia-zhixiao.com',
  ],
  software: [
    'Download the best free video editor for Windows and Mac, full version with no watermark: https://freevideoedit.example.com',
    'Get our app on Google Play and the App Store and earn cashback on every purchase. Download now: www.cashback-app.net',
    'Best PDF converter 2026, free download for PC, fast and safe, no registration: https://pdf-convert-pro.com',
    'Скачайте наше приложение и получите 500 бонусов на первый заказ! Доступно в App Store и Google Play: https://bonus-app.ru',
    'Скачать бесплатно программу для восстановления удалённых файлов, полная версия на русском: www.vosstanovi-fajly.ru',
    'Лучший антивирус для Android, скачать бесплатно и без регистрации на https://antivirus-bystro.ru',
    '官方正版APP免费下载，安卓苹果通用，扫码下载立即领取新人礼包 https://app-xiazai.cn',
    '最新版视频剪辑软件免费下载，无水印，一键安装，下载地址 www.jianji-ruanjian.com',
  ],
};

/** Genuine comments near these families: each must stay ham (development set, written with the adverts). */
export const PRODUCT_GENUINE_DEV: readonly string[] = [
  // official links
  'The ministry published the new visa rules here: https://www.gov.kz/memleket/entities/mfa, worth reading before you book flights.',
  'Air Astana lists the new Almaty–Urumqi schedule on its site: https://airastana.com/schedule',
  'Официальный сайт посольства с формой заявления на визу: https://www.mfa.gov.cn, там же сбор.',
  '签证申请表在领事馆官网可以下载：http://www.visaforchina.cn',
  // prices and discounts in a discussion of trade and tariffs
  'With the new tariffs Chinese sneakers will cost 30% more; retailers already cut discounts from 50% off to 20%.',
  'Free shipping from AliExpress ended for Kazakhstan in March, so small orders now cost more than the goods.',
  'Пошлины на посылки с AliExpress подняли, скидки в 50% теперь съедают доставка и налог.',
  'Маркетплейсы дают скидки до 70%, но цены перед распродажей сначала поднимают — об этом и статья.',
  '关税提高后，电商平台的五折优惠其实已经没有意义了，包邮也取消了。',
  '618打折季的优惠券太复杂了，满减规则看不懂，最后也没便宜多少。',
  // a VPN because a site is blocked
  'Your site is blocked here since Monday; I can only read it with a VPN now.',
  'Without a VPN I cannot open the paper from Tashkent, please set up a mirror.',
  'Сайт у нас заблокирован, читаю через VPN. Сделайте зеркало или канал в Telegram.',
  'Захожу через ВПН, иначе страница не открывается, это уже вторую неделю.',
  '你们的网站在国内打不开，只能翻墙看，能不能出个公众号？',
  // where to buy a ticket
  'Where can I buy a train ticket from Almaty to Urumqi? The station website does not sell them online.',
  'Does anyone know if the cheap flights to Beijing in the article are still available? I could not find them.',
  'Где купить билет на поезд Алматы — Урумчи? На сайте вокзала ничего нет.',
  '请问北京到阿拉木图的机票在哪里买比较便宜？',
  // passports and visas in a question
  'Do I need a new passport for the e-visa if mine expires in five months?',
  'Нужна ли виза в Китай по загранпаспорту, если лететь транзитом через Урумчи?',
  '护照还有半年到期，还能办中国签证吗？',
  // apps, software and downloads
  'The new e-government app is available on Google Play, but it crashes when you upload a passport scan.',
  'I had to download the bank app to pay the visa fee, and it only works with a local phone number.',
  'Приложение госуслуг скачал, но оплатить пошлину через него так и не смог.',
  '下载了政务APP，结果还要人脸识别，老人根本不会用。',
  // shop talk by readers
  'I bought a smartwatch on a 50% off sale last year and it broke in a month. Cheap is cheap.',
  'Black Friday discounts in Almaty were smaller than online, 10% at most.',
  'Купил кроссовки со скидкой на распродаже, оказались подделкой. Осторожнее с такими магазинами.',
  '双十一买的东西包邮，但是退货很麻烦。',
];

/** Adverts written after the patterns and measured once, never tuned on (the held-out figure). */
export const PRODUCT_SPAM_SECOND: Record<ProductFamily, readonly string[]> = {
  flight: [
    'Fly Almaty to Seoul for just $199 return this month only, seats are going fast: https://airbargain-kz.com',
    'Find the cheapest airline tickets to Dubai, Istanbul and Bangkok in seconds, compare 500 airlines at www.ticket-finder-pro.net',
    'Авиабилеты в Стамбул дешевле на 40%, проверьте цены на https://deshevye-polety.ru прямо сейчас!',
    'Туры в Турцию всё включено от 45 000 рублей на человека, раннее бронирование со скидкой: www.tur-vygodno.ru',
    '乌鲁木齐往返北京机票特惠，学生票再享九折，立即查看 https://xuesheng-jipiao.cn',
  ],
  vpn: [
    'Stream anything from anywhere: our VPN has 5,000 servers and works on 10 devices at once, 3 months free with the 2-year plan: https://streamvpn.example.com',
    'Privacy matters. Hide your IP with the #1 rated VPN, 63% off this week only: www.hideip-deal.net',
    'VPN для Telegram и Instagram, подключение за 1 минуту, тариф 149 ₽ в месяц, первые сутки бесплатно: https://vpn-odin-klik.ru',
    'Не открываются сайты? Поможет наш VPN — стабильная скорость, без ограничений. Попробуйте: www.vpn-stabilno.ru',
    '外贸专用VPN，稳定访问谷歌、脸书，包年仅需199元，支持电脑手机 https://waimao-vpn.com',
  ],
  coupon: [
    'Get 25% off all Samsung phones with voucher PHONE25 at checkout, today and tomorrow only: https://phonemart-deals.com',
    'Looking for Booking.com discount codes? We have 120 working coupons for hotels, verified today: www.hotelcoupons-daily.net',
    'Забирайте промокод на 1000 рублей для новых покупателей Яндекс Маркета: https://promo-market-kod.ru',
    'Кэшбэк до 15% и купоны на скидку во всех магазинах, регистрируйтесь: www.keshbek-kupony.ru',
    '拼多多天天领红包，新用户专享满100减50，复制链接打开 https://hongbao-pdd.cn',
  ],
  shop: [
    'Wholesale LED lights direct from Shenzhen, MOQ 10 pieces, prices from $0.5, free samples: https://ledlight-wholesale.example.com',
    'New collection of winter jackets is here! Buy 2 get 1 free, delivery in 2 days: www.jacket-store-online.com',
    'Оригинальные духи по ценам ниже рынка, доставка курьером по Алматы и Астане, заказ на https://duhi-original.kz',
    'Стройматериалы оптом и в розницу, цены от склада, доставка в день заказа: www.strojbaza-optom.ru',
    '正品茶叶批发，云南普洱厂家直供，买二送一，全国顺丰包邮 https://puer-chaye.cn',
  ],
  software: [
    'Try the #1 AI writing tool free for 14 days, write essays, emails and ads in seconds: https://ai-writer-pro.example.com',
    'Clean your PC and speed it up by 200% with one click, download the free scanner: www.pc-speedup-tool.net',
    'Бесплатная программа для скачивания видео с YouTube и TikTok, без вирусов, загрузить: https://video-skachat.ru',
    'Лучший редактор фото на телефон, тысячи фильтров, установить бесплатно: www.foto-redaktor-app.ru',
    '手机清理大师，一键加速，释放内存，立即下载安装 https://qingli-dashi.cn',
  ],
};

/** Genuine comments written after the patterns and measured once, never tuned on. */
export const PRODUCT_GENUINE_SECOND: readonly string[] = [
  'The airline now sells Almaty–Seoul return tickets from $199, which is why the route is full; good for tourism.',
  'Low-cost flights to Tashkent will start in May according to https://www.caa.gov.kz, the article missed it.',
  'Цены на авиабилеты в Стамбул выросли на 40% после ввода сбора, пишет Ассоциация туроператоров.',
  'Раннее бронирование туров в этом году не дало скидок, проверял на сайте туроператора.',
  '学生票打九折是铁路局的规定，官网 https://www.12306.cn 有说明。',
  'Our company pays for a corporate VPN so the team in Shenzhen can use Google Docs; it costs us $8 a month per person.',
  'Is it legal to use a VPN in China as a foreigner? The article does not say.',
  'VPN в Казахстане пока не запрещён, но часть сервисов уже блокируют, как пишет https://www.gov.kz',
  'В Китае без VPN не работают ни Google, ни WhatsApp, это надо учитывать при поездке.',
  '外贸公司普遍用VPN上谷歌，这篇文章说的管控会影响出口企业。',
  'Samsung cut phone prices by 25% in Kazakhstan after the tenge fell, retailers say the discount is temporary.',
  'I use Booking.com and never found a discount code that worked, so I book directly with hotels.',
  'Промокоды маркетплейсов — это маркетинг, реальная цена почти не меняется, пишут экономисты.',
  '拼多多的满减活动规则太复杂，很多人根本算不清楚。',
  'Shenzhen LED exporters lost orders after the new EU tariffs, the wholesale prices fell to $0.5 a piece.',
  'We ordered winter jackets online and delivery took two weeks instead of two days.',
  'Оптовые цены на стройматериалы выросли на 15% за год из-за пошлин и логистики.',
  '云南普洱茶出口俄罗斯的关税降低了，批发商都很高兴。',
  'Our school tried an AI writing tool and banned it after a month; students copied everything.',
  'The official app for the e-visa can be downloaded from https://www.evisa.gov.kz, it is free and works well.',
  'Скачал приложение банка для оплаты визы, работает только с казахстанским номером.',
  '这个手机清理软件是骗人的，下载后一直弹广告，大家别装。',
];

/**
 * A third batch, written after the patterns had been widened on the misses of the second (whose
 * figures are therefore development ones too) and measured once, never tuned on: the held-out
 * figure of this round.
 */
export const PRODUCT_SPAM_THIRD: Record<ProductFamily, readonly string[]> = {
  flight: [
    'Summer sale on flights to Europe: Frankfurt, Vienna and Prague from $249 with baggage included. Offer valid until 30 June: https://euroflights-sale.com',
    'We find flight tickets up to 3x cheaper than airline websites. Enter your dates at www.cheaptickets-finder.org and save.',
    'Билеты на самолёт со скидкой для студентов и пенсионеров, подберём лучший вариант за 5 минут: https://bilety-lgota.ru',
    'Акция! Москва — Пекин за 19 990 рублей в обе стороны, только до воскресенья: www.avia-akciya.ru',
    '暑期特惠！国际机票低价抢，东京、首尔往返仅需1299元起，详情 https://shuqi-jipiao.com',
  ],
  vpn: [
    'Unlock geo-blocked content and browse safely with SwiftShield VPN, 7 days free then $2.49 a month: https://swiftshield-vpn.example.com',
    'The only VPN that still works in China in 2026, tested daily, instant setup on iPhone and Android: www.china-works-vpn.net',
    'Смотрите YouTube без замедления: VPN за 2 клика, безлимит, 5 устройств, 199 рублей в месяц — https://youtube-bez-tormozov.ru',
    'ВПН-сервис нового поколения: высокая скорость, никаких логов, оплата картой РФ. Подробнее на www.vpn-novoe.ru',
    '海外回国加速器，看国内视频不卡顿，新用户免费试用3天 https://huiguo-jiasu.com',
  ],
  coupon: [
    'Save big on your next order: enter WELCOME15 for an extra 15% off everything, free returns. Shop at https://fashion-outlet.example.com',
    'Daily deals and hidden coupon codes for AliExpress, Temu and Shein, new codes every morning: www.dealhunter-codes.com',
    'Промокод на первую поездку в такси — скидка 300 рублей, активируйте по ссылке https://taxi-promo-kod.ru',
    'Ловите купоны на скидку до 90% в ресторанах и салонах вашего города: www.kupon-gorod.ru',
    '外卖红包天天领，美团饿了么大额优惠券，点此领取 https://waimai-hongbao.cn',
  ],
  shop: [
    'Genuine Swiss watches at outlet prices, 2-year warranty, express delivery to Kazakhstan and Uzbekistan: https://swisswatch-outlet.example.com',
    'Spring mega sale on kitchen appliances! Blenders, air fryers and coffee machines at half price while stocks last: www.kitchen-mega-sale.com',
    'Детская одежда из Турции оптом и в розницу, новая коллекция, низкие цены, доставка по Казахстану: https://detskaya-odezhda.kz',
    'Интернет-магазин электроники: iPhone, Samsung, Xiaomi с гарантией, рассрочка 0%, самовывоз или доставка: www.elektronika-market.ru',
    '新疆红枣核桃产地直发，顺丰包邮，买三箱送一箱，点击链接下单 https://xinjiang-techan.cn',
  ],
  software: [
    'Record your screen in 4K with ScreenPro, no time limit, no watermark, free for Windows 10 and 11: https://screenpro.example.com',
    'Learn English with our app in 10 minutes a day! Download it free from the App Store and Google Play: www.english-app-fast.com',
    'Программа для бухгалтерии малого бизнеса, первый месяц бесплатно, скачайте демо-версию на https://buh-programma.ru',
    'Скачать Майнкрафт на ПК бесплатно, последняя версия с модами: www.minecraft-skachat.ru',
    '电脑数据恢复软件，误删文件一键找回，免费下载试用 https://shuju-huifu.cn',
  ],
};

/** Genuine comments of the third batch, written with it and measured once. */
export const PRODUCT_GENUINE_THIRD: readonly string[] = [
  'Flights to Frankfurt cost $249 last summer and $420 now; the article blames fuel prices but not the new airport tax.',
  'I paid less on the airline website than on the ticket finder sites, so check both before you pay.',
  'Студенческие скидки на авиабилеты отменили ещё в прошлом году, разве нет?',
  'Москва — Пекин за 19 990 рублей? Я не нашёл таких цен ни на одном сайте.',
  '暑假机票价格涨得太厉害了，东京往返都要三千多。',
  'Since Monday I can only open your site with a VPN; is the block official?',
  'Which VPN still works in China? Asking for my daughter who studies in Xi’an.',
  'Без VPN YouTube у нас почти не грузится, а власти говорят, что это проблема Google.',
  'Оплатить ВПН картой РФ теперь нельзя, поэтому многие перешли на бесплатные сервисы.',
  '海外留学生看国内视频要用回国加速器，这个话题文章可以多写写。',
  'Coupon sites take a commission from every order, that is how they make money, as the report explains.',
  'I tried the WELCOME15 code on the outlet site and it was already expired.',
  'Промокоды на такси раздают только новым пользователям, старым клиентам скидок нет.',
  'Купоны на скидку в ресторанах — это старая схема, многие заведения от них отказались.',
  '外卖平台的优惠券越来越少了，配送费反而涨了。',
  'Swiss watch exports to Central Asia grew 12% this year according to the federation: https://www.fhs.swiss/eng/statistics.html',
  'Air fryers were half price in every shop in Almaty last week; the importers must have too much stock.',
  'Детская одежда из Турции подорожала после введения пошлин, а качество то же.',
  'Рассрочка 0% в магазинах электроники — это скрытый кредит, деньги берут с продавца.',
  '新疆红枣的产地价格今年跌了一半，农民很难过。',
  'Our school uses a free screen recorder for online lessons, the teachers like it.',
  'Где скачать официальную версию программы для налоговой отчётности? На сайте налоговой ссылка не работает.',
];

/**
 * A fourth batch, written after the patterns had been widened on the misses of the third (whose
 * figures are development ones from then on) and measured once, never tuned on: the held-out
 * figure of the final patterns.
 */
export const PRODUCT_SPAM_FOURTH: Record<ProductFamily, readonly string[]> = {
  flight: [
    'Weekend getaway deals: Almaty to Bishkek, Tbilisi or Baku with hotel from $179 per person, book by Friday: https://weekend-trips.example.com',
    'Compare prices from 700 airlines and travel agencies and fly for less. Price alerts free: www.flycompare-now.net',
    'Дешёвые перелёты по Казахстану: Астана — Актау от 14 990 тенге, проверьте даты на https://letim-deshevo.kz',
    'Путёвки в Китай на Новый год: Пекин, Шанхай, Санья, раннее бронирование до 31 октября, места ограничены: www.kitay-tur.ru',
    '春节回家机票提前抢，国内航线全部特价，立即搜索 https://chunjie-jipiao.cn',
  ],
  vpn: [
    'Access Google, Instagram and WhatsApp from China with a stable connection, 24/7 support, plans from $3.99: https://access-anywhere-vpn.example.com',
    'Protect your privacy online: zero-log VPN, one account for phone, laptop and TV. Try it free: www.zerolog-vpn.net',
    'VPN без блокировок: работает с Instagram, YouTube и ChatGPT, 3 дня бесплатно, оплата в рублях: https://vpn-bez-blokirovok.ru',
    'Собственные серверы в Европе, скорость до 1 Гбит/с, подключение за минуту. Тариф от 150 ₽: www.evro-vpn.ru',
    '留学生专用回国VPN，稳定看优酷爱奇艺，首月9元 https://liuxuesheng-vpn.cn',
  ],
  coupon: [
    'Get an extra 10% off with code SPRING10 on all electronics this weekend: https://electro-deals.example.com',
    'Free promo codes for Uber Eats, Glovo and Wolt, updated every hour, copy and save: www.foodcodes-hub.net',
    'Промокоды Ozon и Wildberries на сегодня: скидки до 2000 рублей, все коды проверены: https://kody-skidok.ru',
    'Бесплатные купоны в кино и на концерты, забирайте на www.kupony-kino.ru пока не разобрали',
    '京东优惠券每日更新，领券后立减100元，复制口令打开 https://jd-quan.cn',
  ],
  shop: [
    'Handmade leather wallets from Istanbul, free engraving and worldwide shipping, order on https://leatherwallets.example.com',
    'Buy solar panels at wholesale price, warehouse in Almaty, installation included: www.solar-panels-kz.com',
    'Кухни на заказ по вашим размерам, скидка 25% на все модели до конца месяца, бесплатный замер: https://kuhni-na-zakaz.ru',
    'Постельное бельё из хлопка, производство Иваново, цены фабрики, отправка в день заказа: www.bele-ivanovo.ru',
    '景德镇手工瓷器，茶具餐具批发零售，下单满299包邮 https://ciqi-jdz.cn',
  ],
  software: [
    'Convert any video to MP4, MKV or GIF in one click, the fastest converter for Windows: download it at https://fastconvert.example.com',
    'Our password manager keeps all your logins safe. Get it for iPhone, Android and Chrome: www.safepass-app.net',
    'Скачать торрент-клиент бесплатно на русском языке, без рекламы, официальный сайт: https://torrent-klient.ru',
    'Приложение для изучения китайского: 5000 иероглифов, аудио и тесты, установите сейчас: www.kitajskij-app.ru',
    'PDF编辑器中文破解版下载，永久免费使用 https://pdf-bianji.cn',
  ],
};

/** Genuine comments of the fourth batch, written with it and measured once. */
export const PRODUCT_GENUINE_FOURTH: readonly string[] = [
  'Weekend flights to Tbilisi were $179 with a hotel last year; now the same package is $260, as the article says.',
  'The price alert sites are useful, I set one for Almaty–Beijing and saw the fare drop by $40.',
  'Перелёт Астана — Актау за 14 990 тенге бывает только ночью, днём вдвое дороже.',
  'Туры в Китай на Новый год раскупили ещё в октябре, туроператоры подняли цены.',
  '春节机票太贵了，我们只能坐火车回家。',
  'We pay for a VPN at work, $3.99 a month, just to reach Google Docs from Urumqi.',
  'I use a free VPN on my phone to read your site; it works in China but it is slow.',
  'Платный VPN у меня работает с YouTube, но в Китае его блокируют через день.',
  'Мы пользуемся VPN в офисе, тариф от 150 рублей, но скорость падает вечером.',
  '留学生回国看视频都要用VPN，这是个老问题了。',
  'The SPRING10 code in the newsletter did not work for electronics, only for clothes.',
  'Food delivery promo codes are how the apps win new users; the article explains the losses well.',
  'Промокоды маркетплейсов проверял, половина уже не действует.',
  'Бесплатные билеты в кино раздавал акимат ко Дню города, в статье об этом ни слова.',
  '京东的优惠券规则改了，现在满减门槛更高。',
  'The leather wallets from the Istanbul bazaar are handmade, but shipping to Almaty took a month.',
  'Solar panels at wholesale prices are still too expensive for farmers without a subsidy: https://www.gov.kz/memleket/entities/energo',
  'Кухню на заказ делали три месяца, скидку обещали, но не дали. Осторожнее с такими фирмами.',
  'Иваново — столица текстиля, но фабрики закрываются из-за импорта из Китая.',
  '景德镇瓷器出口到中亚的关税降了，批发商很高兴。',
  'Video converters are the most common way malware gets in, the security office warned.',
  'Где скачать официальное приложение для изучения китайского от Института Конфуция?',
];
