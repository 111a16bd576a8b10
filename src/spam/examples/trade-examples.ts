// Development examples for the third round of hand-set families (issue 15, item 1, 2026-12-06):
// forged documents and diplomas sold with a contact, invoice and receipt selling, casino promotion
// with a win story and a promo code or referral link, game-currency generators, and cracked
// software, in English, Russian and Chinese; and the genuine comments a news site's readers write
// near them (a casino licensing law, an apostille, VAT invoices in cross-border trade, V-Bucks
// prices, an embassy's phone number, a reader's own newsletter subscription). Written for this
// purpose before the patterns were extended; the patterns were then written looking at them, so
// their verdicts are a development figure (the lead's blind set is the held-out one).

/** The families of this round. */
export type TradeFamily = 'document' | 'invoice' | 'casino-referral' | 'game-currency' | 'cracked-software';

/** Spam of each family (development set). */
export const TRADE_SPAM_DEV: Record<TradeFamily, readonly string[]> = {
  document: [
    'We make high quality fake diplomas and transcripts from any university in the world, they look 100% real. Email orders@docs-example.com',
    'Need a degree certificate fast? Novelty college diplomas with embossed seal, discreet shipping, text 555-214-9087',
    'Продам аттестат и диплом колледжа, бланки Гознак, доставка курьером, звоните 8 (912) 345-67-89',
    'Изготовим удостоверение и справку любой формы, недорого, пишите в телеграм @docs_master_example',
    '专业办理各类证件，毕业证、学位证、驾驶证，全国可查，联系电话 138 2468 1357',
    '仿真毕业证制作，学信网可查，保真，加急一天出证，微信同号 15912345678',
  ],
  invoice: [
    'We provide real invoices and receipts for any amount and any company name, delivered within 24 hours. WhatsApp +44 7700 900456',
    'Selling VAT invoices for your business expenses, any date, best rates. Contact invoices.example@mail.com',
    'Продаём кассовые чеки и счета-фактуры для отчётности на любые суммы, звоните +7 916 555-12-34',
    'Обнал под 4%, закрывающие документы, выпишем счета для любой организации. Телеграм @obnal_example',
    '长期代开各地增值税发票，真票可查验，点数优惠，联系电话 139 8765 4321',
    '出售各类发票，先验后付，微信 fapiao8866',
  ],
  'casino-referral': [
    'I won $12,400 on slots at SpinRoyal casino this weekend! Use my promo code ROYAL50 and get a 300% bonus on your first deposit.',
    'Just cashed out 3,000 euros from an online casino, sign up with my link and we both get free spins: http://spin.example/?ref=Kx82hQ',
    'Выиграла в онлайн казино 240 000 рублей за ночь, вывод на карту за 5 минут! Промокод LADY777, переходите по ссылке в профиле',
    'Поднял 90к на слотах, бонус 200% на первый депозит по моей реферальной ссылке, жми',
    '昨晚在线上娱乐城赢了5万，提款秒到，注册填我的邀请码 888 还送彩金',
    '百家乐平台赢了3万，优惠码 VIP66，注册链接加我微信',
  ],
  'game-currency': [
    'Free V-Bucks for everyone! Our generator adds 13,500 V-Bucks to your account, no human verification, all platforms.',
    'Robux generator 2026 working: get unlimited Robux instantly, just enter your username, no password required.',
    'Бесплатные робуксы каждый день! Генератор робуксов без проверки, работает на телефоне.',
    'Халявные алмазы в Free Fire, генератор алмазов без доната, ссылка в описании',
    '王者荣耀点券生成器，免费领取皮肤，无限钻石，亲测有效',
    '原神免费刷原石，无限金币修改器下载，加群 765432198',
  ],
  'cracked-software': [
    'Adobe Photoshop 2026 cracked, pre-activated, free download with keygen. Works on Windows and Mac.',
    'Microsoft Office 2024 crack + KMS activator, lifetime activation, torrent in the link.',
    'Скачать Фотошоп 2026 с кряком, активатор Windows 11, ключи активации бесплатно.',
    'Взломанная версия AutoCAD, репак без регистрации, вечная активация.',
    'Photoshop 2026破解版免费下载，永久激活，附注册机',
    'Office全家桶破解版，激活工具一键激活，序列号大全免费分享',
  ],
};

/** Genuine comments near these families: none of them may be sent to spam. */
export const TRADE_GENUINE_DEV: readonly string[] = [
  // casino licensing law, a neighbour's win, a reader on promo codes in the news
  'The new licensing law finally bans online casinos from offering welcome bonuses and promo codes to first-time players.',
  'My neighbour won 40,000 at the casino in Sochi and lost it all within a month. The article is right about addiction.',
  'Закон о лицензировании казино давно пора было принять: бонусы и промокоды для новичков теперь запрещены.',
  '新的博彩法禁止娱乐城发放注册彩金，这是好事。',
  // diploma recognition and apostille, a diploma-mill report
  'How do I get my Ukrainian diploma recognised in Germany? Do I need an apostille first or a certified translation?',
  'The minister resigned after it turned out his diploma came from a mill that sold fake degrees from any university.',
  'Как апостилировать диплом для работы в Польше? В консульстве сказали, что нужна нотариальная копия.',
  '请问国外的学位证回国怎么办理学历认证？需要去大使馆公证吗？',
  // VAT invoices in cross-border trade
  'For cross-border B2B sales we issue VAT invoices with the reverse-charge note; the customer has to give us a valid VAT number.',
  'Does anyone know whether a simplified receipt is enough for the VAT refund at the airport, or do I need a full invoice?',
  'Для экспорта нужны счета-фактуры с нулевой ставкой НДС, наш бухгалтер выписывает их сам.',
  '跨境电商给海外客户开增值税发票要注意什么？我们公司一直是财务自己开票。',
  // V-Bucks prices, a gamer's view
  'V-Bucks prices went up again: 1,000 now cost $8.99 and the battle pass is 950, so kids pay more every season.',
  'My son spent 2,800 V-Bucks on skins in a week. Free V-Bucks sites are all scams, do not give them your login.',
  'Цены на робуксы выросли на треть, дети просят донат каждый день.',
  '游戏里的点券越来越贵了，一个皮肤要168元。',
  // piracy in the news, a reader's own licence
  'Piracy of design software is down since Adobe moved to subscriptions, the article says, but cracked copies still circulate.',
  'I bought a licence key for Windows from the Microsoft store; the activation failed twice before it worked.',
  'Пиратские версии программ в школах до сих пор стоят, министерство обещает лицензии.',
  '公司的软件都是正版授权，盗版的破解软件风险太大。',
  // an embassy's number, a newsletter subscription
  'For visa questions the embassy has a phone line, +1 202 555 0163, open on weekdays from 9 to 12.',
  'Subscribed to the newsletter after reading this. Keep it up!',
  'I subscribed to your weekly newsletter last month and read it every Friday morning.',
  'Подписался на рассылку после этой статьи, спасибо за работу.',
  '看完这篇报道我就订阅了你们的周报，写得很好。',
];
