// Development examples for service pitches (issue 15, item 1, fifth round, 2026-12-06): a business
// advertising its own service to the readers of a site on China–Central Asia affairs, with a
// contact, a link, a price or a discount: visa agencies, cargo and freight forwarders, tour
// operators, VPN and proxy sellers for China, "consulting" to win public tenders, real estate
// abroad with a guaranteed yield, and "wealth management" schemes paying a daily interest in USDT;
// in English, Russian and Chinese. And the genuine comments its readers write near them: a visa
// scam reported, a question about which forwarder to use, a ministry's rule quoted, a reader's own
// trip and its cost, an official site cited, an embassy's phone number, a complaint about a tour.
// Written for this purpose before the patterns (service-pitch.ts); the patterns were then written
// looking at them, so their verdicts are a development figure, not a held-out one.

/** The kinds of service pitch in this set. */
export type PitchFamily = 'visa' | 'cargo' | 'tour' | 'vpn' | 'tender' | 'property' | 'wealth';

/** Service pitches of each kind (development set). */
export const PITCH_SPAM_DEV: Record<PitchFamily, readonly string[]> = {
  visa: [
    'Chinese visa in 1 day, 100% approval, no personal visit required. We handle everything, WhatsApp +7 701 555 2299',
    'We offer Kazakhstan and Uzbekistan business visas with guaranteed approval, fast processing. Details at visa-fast.kz',
    'Оформим визу в Китай за 1 день без личного присутствия, 100% одобрение. Пишите в телеграм @visa_example',
    'Визы в Китай и Корею под ключ, гарантия результата, скидка 10% читателям. Звоните +7 777 123 45 67',
    '哈萨克斯坦商务签证加急办理，包过，不用本人到场，我们提供一条龙服务，微信: visa8866',
    '专业代办中国签证，三天出签，百分百下签，价格优惠，电话 138 0013 8000',
  ],
  cargo: [
    'Cargo from China to Almaty door to door, customs included, from $2.5/kg. We deliver in 12 days, contact us on WhatsApp +86 138 1234 5678',
    'Our company ships containers from Urumqi to Tashkent, customs clearance included, best rates. Get a free quote at cargo-silk.com',
    'Доставка грузов из Китая в Казахстан «под ключ», растаможка включена, от 2 $ за кг. Пишите нам: cargo@example.kz',
    'Мы доставим ваш груз из Гуанчжоу в Бишкек за 10 дней, карго под ключ, скидка 15% на первый заказ. Телеграм @cargo_kg',
    '中亚专线物流，门到门，双清包税，乌鲁木齐发阿拉木图，价格优惠，联系我们 微信: wuliu2026',
    '我司提供中国到乌兹别克斯坦的陆运专线，清关一条龙，时效稳定，电话 139 1111 2222',
  ],
  tour: [
    'Tours to Xinjiang and Kazakhstan from $499 all inclusive! Book now and get 20% off, link: silkroad-tours.com/deals',
    'We organise trips to the Charyn canyon and Issyk-Kul every weekend, guaranteed best price. Booking via WhatsApp +7 705 111 2233',
    'Туры в Китай из Алматы от 150 000 тенге, всё включено, скидка 25% до конца месяца! Бронируйте: www.tour-example.kz',
    'Мы предлагаем горящие туры на Иссык-Куль и в Урумчи, лучшие цены, пишите в вотсап +996 555 123 456',
    '新疆伊犁+哈萨克斯坦八日游，纯玩无购物，限时特价2999元，报名加微信 lvyou8899',
  ],
  vpn: [
    'Need a VPN that works in China? Our servers bypass the Great Firewall, 50% off with promo code SILK50: fastvpn.example/cn',
    'Stable proxy for WeChat and Google in China, no blocks, $3/month. We offer a free trial, Telegram @vpn_cn_example',
    'Рабочий VPN для Китая, обходим блокировки, 3 дня бесплатно, промокод NEWS20 даёт скидку 20%: vpn-example.ru',
    '稳定翻墙梯子，机场节点高速不掉线，月付15元，新用户首月半价，官网 ladder.example',
  ],
  tender: [
    'We help companies win government tenders in Kazakhstan, guaranteed result or your money back. Free consultation: tender-pro.kz',
    'Сопровождение госзакупок под ключ, гарантируем победу в тендере, опыт 10 лет. Звоните +7 727 333 44 55',
    'Поможем выиграть тендер на Самрук-Казына, консультация бесплатно, пишите в телеграм @tender_help',
    '我们提供政府招投标代理服务，包中标，不中标全额退款，联系电话 186 0000 1234',
  ],
  property: [
    'Buy an apartment in Dubai or Tbilisi with a guaranteed 12% annual yield, installment plan 0%. Call us: +971 50 123 4567',
    'Недвижимость в Грузии с гарантированной доходностью 10% годовых, рассрочка без переплат. Пишите: @estate_example',
    'Мы предлагаем квартиры в Турции с гарантией аренды и ВНЖ, скидка 7% при покупке до конца года: estate-example.com',
    '马来西亚房产投资，包租十年，年回报8%，首付两成，咨询微信 fangchan66',
  ],
  wealth: [
    'USDT wealth management: 2% daily interest, withdraw anytime, guaranteed profit. Register via my link: earn-usdt.example/r/88',
    'Доверительное управление USDT, доход 1,5% в день, гарантия возврата, вывод в любое время. Телеграм @usdt_invest',
    'USDT理财，日息2%，稳赚不赔，随存随取，注册送50U，链接 usdt-licai.example',
    '专业理财团队，日息1.5%，保本保息，加我微信了解 licai9988',
  ],
};

/** Genuine comments near these pitches: none of them may be sent to spam, and the service-pitch
 * signal must count nothing in any of them. */
export const PITCH_GENUINE_DEV: readonly string[] = [
  // visa scams reported, visa rules quoted, a reader's own visa
  'Beware of agencies promising a Chinese visa in 1 day with 100% approval: my cousin paid $400 and got nothing.',
  'The embassy says a business visa now takes 4 working days, and a personal visit for fingerprints is required.',
  'The ministry announced 30-day visa-free travel for Kazakh citizens from November; the official text is on mfa.gov.kz.',
  'I got my Chinese visa in Almaty last week: 5 days, $60, no agency needed.',
  'For visa questions the consulate has a phone line, +7 727 270 0221, weekdays 9 to 12.',
  'Мошенники обещают визу в Китай за 1 день и 100% одобрение, берут предоплату и исчезают. Будьте осторожны.',
  'МИД сообщил, что с 1 ноября для граждан Казахстана вводится безвизовый режим на 30 дней.',
  'Я оформлял визу сам через визовый центр, заняло неделю и стоило 12 000 тенге.',
  'Телефон консульства для вопросов по визам: +7 727 270 02 21, звоните в будни.',
  '有人说代办签证包过，结果交了钱就联系不上了，大家千万小心。',
  '外交部宣布对哈萨克斯坦公民试行免签政策，详情见外交部官网。',
  '我上个月自己去领事馆办的签证，五个工作日，费用400元。',
  // freight forwarders asked about, cargo in the news
  'Which forwarder do you use for cargo from Urumqi to Almaty? Door to door with customs included, what do they charge per kg?',
  'Our company used a forwarder that promised door to door delivery in 12 days; it took 40, and customs fees were extra.',
  'Rail freight from China to Central Asia grew 20% this year, the article says, mostly containers through Khorgos.',
  'Кто-нибудь знает надёжное карго из Китая в Бишкек? Все обещают «под ключ», а потом груз висит на таможне.',
  'Мы заказывали доставку из Гуанчжоу, заплатили 3 доллара за кг и ждали два месяца.',
  '请问大家从义乌发货到塔什干用哪家物流？门到门大概多少钱一公斤？',
  '中欧班列今年经霍尔果斯的集装箱增长了两成，报道写得很清楚。',
  // a trip and its cost, a tour complained about
  'We went to Issyk-Kul with a tour operator last summer, $450 each, and the hotel was nothing like the photos.',
  'I booked a tour to Xinjiang for 2,999 yuan with a 20% discount and half the sights were closed. Never again.',
  'Ездили в Урумчи на неделю, билеты и гостиница обошлись в 300 тысяч тенге на двоих, было интересно.',
  'Турфирма обещала «всё включено», а на месте пришлось платить за каждую экскурсию.',
  '我们参加了新疆八日游，说是纯玩无购物，结果天天进店，太坑了。',
  // VPNs in the news, a reader on what works
  'Is there any VPN that still works in China? Mine stopped the day I landed in Beijing.',
  'The article is right: China blocks most VPNs now, and foreign journalists rely on roaming SIM cards.',
  'В Китае VPN почти не работают, я пользовался роумингом казахстанской симки, это дорого, но надёжно.',
  '现在翻墙越来越难了，新闻说很多梯子都被封了。',
  // tenders in the news
  'The tender for the Almaty ring road was won by a Chinese consortium; the procurement portal shows only one other bid.',
  'Победа в тендере на строительство газопровода досталась компании, связанной с министром, пишут журналисты.',
  '这次招标只有一家公司投标，中标结果在政府采购网上公示了。',
  // property abroad and its yield, reported
  'Kazakhs are buying flats in Dubai and Tbilisi; developers promise a guaranteed 12% yield, which nobody can guarantee.',
  'Мы купили квартиру в Батуми, доходность от аренды вышла 5% годовых, а не 10%, как обещали.',
  '包租返利的海外房产大多是骗局，报道说得对。',
  // daily-interest schemes reported
  'Schemes promising 2% daily interest in USDT are Ponzi schemes; the regulator warned about them again this week.',
  'Знакомый вложил в «доверительное управление USDT» под 1,5% в день и всё потерял, полиция разводит руками.',
  '所谓USDT理财日息2%、稳赚不赔，都是庞氏骗局，警方已经提醒过很多次。',
  '我妈在银行买了理财产品，年化收益3%，比存款高一点。',
  // official sites and contacts cited by readers
  'The official list of accredited visa centres is at www.visaforchina.cn; anything else is a middleman.',
  'Официальный сайт визового центра: www.visaforchina.cn, там же запись и цены.',
  '签证费用以大使馆官网公布为准：www.fmprc.gov.cn，不要相信中介。',
];
