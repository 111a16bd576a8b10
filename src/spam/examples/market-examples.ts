// Development examples for the fourth round of hand-set families (issue 15, item 1, 2026-12-06):
// work-from-home and easy-earnings offers, microloans and credit offers, databases and personal
// data for sale, accounts, followers, likes and reviews for sale, lottery "inside information",
// and the SEO praise templates that arrive with a keyword author name or a link; in English,
// Russian and Chinese. And the genuine comments a regional news site's readers write near them: a
// scam reported, a bank's loan rate, a data leak, a lottery law, a VAT invoice question, earnings
// in the news. Written for this purpose before the patterns; the patterns were then written
// looking at them, so their verdicts are a development figure (the lead's blind set is the
// held-out one).

/** The families of this round. */
export type MarketFamily =
  'earnings' | 'loan' | 'data-selling' | 'account-selling' | 'lottery' | 'seo-template';

/** One comment with what the form sent besides the text (the SEO templates come with a name and site). */
export interface MarketComment {
  content: string;
  author?: string;
  url?: string;
}

/** Spam of each family (development set). */
export const MARKET_SPAM_DEV: Record<MarketFamily, readonly MarketComment[]> = {
  earnings: [
    {
      content:
        'Заработок в интернете без вложений! Пассивный доход от 5000 рублей в день, подробности в профиле.',
    },
    { content: 'Удалённая работа для мам в декрете, доход от 3000 руб в день, пишите в личку.' },
    {
      content:
        'Я зарабатываю от 70 000 рублей в месяц, не выходя из дома, всего 2 часа в день. Хочешь так же? Пиши.',
    },
    { content: '在家赚钱，日赚500+，手机就能做，兼职刷单，有意者加微信 zhuan8899' },
    { content: '兼职打字员，日赚300-800元，一单一结，宝妈学生均可，时间自由' },
    { content: '轻松日赚千元，躺赚项目，零投资零风险，私聊我' },
    {
      content:
        'Make $350 a day working from home on your phone. No experience needed, start today: http://cash.example/start',
    },
    {
      content:
        'I am making $12,000 a month from home with this simple online system, you can too! Find out how here.',
    },
  ],
  loan: [
    {
      content:
        'Займ без проверки кредитной истории и без отказа, деньги на карту за 5 минут! Звоните 8 800 555-35-35',
    },
    { content: 'Срочный микрозайм до 30 000 рублей под 0%, одобрение 99%, без справок и поручителей.' },
    {
      content:
        'Кредит наличными с плохой кредитной историей, без предоплаты, пишите в телеграм @credit_example',
    },
    { content: '贷款秒批，无抵押无担保，当天放款，黑户也能贷，联系微信 dai8866' },
    { content: '小额贷款，不看征信，秒下款，额度5000-50000，加QQ 2837465911' },
    {
      content:
        'Need a loan? Fast payday loans with no credit check, instant approval, bad credit OK. Apply now at http://loans.example',
    },
    {
      content:
        'We offer personal and business loans at 2% interest rate, guaranteed approval. Email loanoffer@example.com',
    },
  ],
  'data-selling': [
    {
      content:
        'Продам базы данных клиентов: банки, маркетплейсы, физлица с телефонами. Свежие базы, телеграм @base_example',
    },
    { content: 'Пробив по базам: паспорт, телефон, адрес, ИНН. Быстро и анонимно, пишите.' },
    { content: '出售数据，各行业客户资料，精准手机号，实时更新，加微信 shuju2026' },
    { content: '出售公民个人信息，身份证号、手机号、住址，一手资源，价格优惠' },
    {
      content:
        'Selling fresh email lists and B2B contact databases, 2 million verified leads, cheap. WhatsApp +44 7700 900123',
    },
    {
      content:
        'Buy targeted email database of CEOs and decision makers in Central Asia, 100% verified contacts.',
    },
  ],
  'account-selling': [
    {
      content:
        'Buy verified PayPal accounts, Cash App accounts and aged Gmail accounts at the best price. Telegram @acc_shop_example',
    },
    {
      content: 'Buy Google reviews and 5-star Trustpilot reviews for your business, 100% safe and permanent.',
    },
    {
      content:
        'Купить аккаунты Instagram и Telegram оптом, накрутка подписчиков и лайков недорого, пишите в личку.',
    },
    { content: 'Продам аккаунты с историей, накрутка отзывов на Яндекс Картах и Авито, гарантия.' },
    { content: '出售抖音粉丝，刷赞刷评论，千粉号低价出售，加微信 fen8866' },
    { content: '快手刷粉丝，真人点赞，微博买粉，价格优惠，先刷后付' },
    {
      content:
        'Get 10,000 real Instagram followers and likes instantly, cheap and safe. Buy now: http://likes.example',
    },
  ],
  lottery: [
    { content: '六合彩内幕资料，每期必中一肖，准确率100%，加微信 liuhe888' },
    { content: '福彩3D内部消息，精准计划，稳赚不赔，跟我一起中奖' },
    {
      content:
        'Guaranteed lottery numbers from an insider: win the Powerball jackpot this week. Email lottomaster@example.com',
    },
    {
      content:
        'I won the Mega Millions with numbers from Dr. Lotto, his lucky numbers spell really works, contact him on WhatsApp +1 202 555 0147',
    },
    { content: 'Выигрышные комбинации лотереи от инсайдера, гарантия выигрыша, пишите в телеграм.' },
    { content: 'Схема выигрыша в лотерею 100%, знаю результаты тиража заранее, обращайтесь.' },
  ],
  'seo-template': [
    {
      content:
        'I am extremely impressed with your writing skills as well as with the layout on your blog. Is this a paid theme or did you customize it yourself?',
      author: 'cheap car insurance',
      url: 'http://insure.example',
    },
    {
      content:
        'Hi there, just became aware of your blog through Google, and found that it is really informative. I will appreciate if you continue this in future.',
      author: 'Best Dentist Almaty',
      url: 'http://dental.example',
    },
    {
      content:
        'Hi there, just became alert to your blog through Google, and found that it is truly informative. Lots of people will be benefited from your writing. Cheers! http://seo.example/plumbing',
    },
    {
      content:
        'Wow that was unusual. I just wrote an extremely long comment but after I clicked submit my comment didn’t show up. Anyhow, just wanted to say wonderful blog!',
      author: 'payday loans online',
      url: 'http://loans.example',
    },
    {
      content:
        'Очень впечатлён вашим стилем письма и оформлением блога. Это платная тема или вы сами её настроили?',
      author: 'Ремонт квартир Москва',
      url: 'http://remont.example',
    },
    {
      content: '博主写得太好了，我通过谷歌发现了你的博客，内容非常有价值，以后会常来看看。',
      author: '上海搬家公司',
      url: 'http://banjia.example',
    },
  ],
};

/** Genuine comments near these families: none of them may be sent to spam. */
export const MARKET_GENUINE_DEV: readonly MarketComment[] = [
  // VAT invoices in trade and customs (the false positive of the previous round, and its kin)
  {
    content:
      'Is a VAT invoice issued in Almaty valid for a customer refund in Germany, or does the customer need a local one?',
  },
  {
    content:
      'Our customs broker says the VAT invoice must show the HS code, otherwise the refund is refused. Is that right?',
  },
  {
    content:
      'For cross-border B2B sales we issue VAT invoices with the reverse-charge note; the customer has to give us a valid VAT number.',
  },
  { content: 'Может ли покупатель вернуть НДС по счёт-фактуре из Казахстана? Таможня требует оригинал.' },
  { content: '出口退税需要增值税专用发票吗？海关说要报关单和发票一致。' },
  // earnings in the news, scams reported
  {
    content:
      'The article is right: "earn $300 a day from home" adverts on Telegram are how people in Bishkek lost their savings.',
  },
  { content: 'Average earnings in Kazakhstan rose 12% last year, but rents in Almaty rose faster.' },
  { content: 'Объявления «заработок в интернете без вложений» — это развод, полиция уже предупреждала.' },
  {
    content:
      'Средняя зарплата в Ташкенте выросла, но доход от 3000 рублей в день бывает только в рекламе мошенников.',
  },
  { content: '警方提醒：所谓“兼职刷单、日赚500”都是诈骗，千万不要相信。' },
  { content: '在家赚钱的广告太多了，我妈差点上当，幸好报警了。' },
  // loans: a bank's rate, a law on microloans
  { content: 'Halyk Bank raised its mortgage loan rate to 19%; small business loans are next.' },
  { content: 'The new law caps payday loans at 0.8% a day, which still sounds predatory to me.' },
  {
    content:
      'ЦБ ограничил ставки по микрозаймам, давно пора: займы без проверки кредитной истории разоряют людей.',
  },
  { content: 'Ипотека под 18% — это не кредит, а кабала. Как молодой семье брать заём в таких условиях?' },
  { content: '央行下调贷款利率，中小企业贷款会容易一些吗？' },
  { content: '所谓“贷款秒批”的网贷平台，利息高得吓人，新闻报道得好。' },
  // databases and data leaks
  {
    content:
      'The leak exposed the customer database of a telecom operator: names, phone numbers, passport data of 11 million people.',
  },
  { content: 'Утечка базы данных клиентов банка — уже третья за год, а штрафы смешные.' },
  { content: '某快递公司出售客户数据被查，个人信息保护法终于有牙齿了。' },
  {
    content:
      'Our statistics office sells anonymised microdata to researchers; the price list is on its site.',
  },
  // accounts, followers, reviews
  { content: 'My PayPal account was frozen for three weeks because I received a payment from Kyrgyzstan.' },
  { content: 'The minister bought followers on Instagram, the journalists showed: 60% of them are bots.' },
  { content: 'Fake Google reviews are a plague for restaurants in Astana, the article explains it well.' },
  { content: 'Накрутка подписчиков у чиновников — отличная тема для расследования.' },
  { content: '这个网红的粉丝大多是买的，刷赞的账号一眼就能看出来。' },
  // lotteries
  { content: 'The lottery law in Uzbekistan bans private operators; the state lottery keeps its monopoly.' },
  { content: 'My neighbour won 2 million tenge in the state lottery and the tax office took a third.' },
  { content: 'Закон о лотереях запрещает продажу билетов несовершеннолетним, а киоски продают.' },
  { content: '香港六合彩今晚开奖，头奖奖金滚存到一亿。' },
  { content: '有人自称知道彩票内幕，其实就是骗子，报道里说得很清楚。' },
  // genuine praise with a name and a site (a reader with a blog)
  {
    content:
      'Thanks for the article, very informative. I wrote about the Khorgos dry port last year, the figures match.',
    author: 'Aigerim Sultanova',
    url: 'http://aigerim.example',
  },
  {
    content: 'Отличная статья, спасибо. Я сам работаю на таможне в Достыке, всё так и есть.',
    author: 'Ерлан',
    url: 'http://erlan.example',
  },
];
