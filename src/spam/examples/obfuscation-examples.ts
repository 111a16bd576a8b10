// The obfuscation attack battery (2026-12-07): plain spam the built-in model catches, which
// `obfuscation-transforms.ts` re-sends disguised the ways spammers disguise it (spaced and dotted
// letters, leetspeak, look-alike and decorated letters, invisible and combining characters,
// defanged links, spelled-out e-mail addresses and phone numbers, Chinese messenger nicknames), and
// genuine comments that use the same surface features innocently and must stay ham. Written by
// hand for Silkpress, none of it copied from a data set. `scripts/spam-obfuscation.ts` measures it.

/** A family of spam the battery covers. */
export type ObfuscationFamily =
  'casino' | 'loans' | 'pills' | 'support-number' | 'recovery' | 'messenger' | 'crypto' | 'seo' | 'zh-wechat';

/** One plain spam comment and the parts of it a disguise rewrites. */
export interface ObfuscationSpam {
  family: ObfuscationFamily;
  lang: 'en' | 'ru' | 'zh';
  text: string;
  /** Words a spammer disguises (as written in `text`). */
  keys: readonly string[];
  /** A link, an e-mail address, a phone number and a messenger id as written in `text`. */
  url?: string;
  email?: string;
  phone?: string;
  /** A messenger id after 微信 / QQ / 电话, its digits disguised by the Chinese transforms. */
  contactId?: string;
}

/** Spam caught in plain form (checked by `obfuscation.test.ts` and the script). */
export const OBFUSCATION_SPAM: readonly ObfuscationSpam[] = [
  {
    family: 'casino',
    lang: 'en',
    text: 'Best online casino bonus 500% on first deposit and free spins every day! Play now at https://luckyspin-casino.bet',
    keys: ['casino', 'bonus', 'spins'],
    url: 'https://luckyspin-casino.bet',
  },
  {
    family: 'casino',
    lang: 'en',
    text: 'Win real money at our casino, claim your free bonus and 100 free spins now: www.royal-jackpot.win',
    keys: ['casino', 'bonus', 'money'],
    url: 'www.royal-jackpot.win',
  },
  {
    family: 'casino',
    lang: 'ru',
    text: 'Лучшее онлайн казино, бонус 200% на первый депозит и бесплатные вращения: https://vulkan-kazino.win',
    keys: ['казино', 'бонус', 'депозит'],
    url: 'https://vulkan-kazino.win',
  },
  {
    family: 'casino',
    lang: 'zh',
    text: '澳门新葡京在线娱乐，注册送38元彩金，加微信 vip8899 领取',
    keys: ['娱乐', '彩金'],
    contactId: 'vip8899',
  },
  {
    family: 'loans',
    lang: 'en',
    text: 'Need a loan? Fast payday loans with no credit check and instant approval. Apply now at https://quickcash-loans.xyz',
    keys: ['loan', 'loans', 'credit'],
    url: 'https://quickcash-loans.xyz',
  },
  {
    family: 'loans',
    lang: 'ru',
    text: 'Займ без проверки и без отказа, деньги на карту за 5 минут! Оформить: https://zaim-bystro.ru',
    keys: ['Займ', 'деньги', 'отказа'],
    url: 'https://zaim-bystro.ru',
  },
  {
    family: 'loans',
    lang: 'zh',
    text: '黑户也能贷，不看征信，当天放款，联系电话 138 0013 8000',
    keys: ['征信', '放款'],
    phone: '138 0013 8000',
  },
  {
    family: 'pills',
    lang: 'en',
    text: 'Buy viagra and cialis online without prescription, cheapest price and discreet shipping: https://rx-pharma.shop',
    keys: ['viagra', 'cialis', 'prescription'],
    url: 'https://rx-pharma.shop',
  },
  {
    family: 'pills',
    lang: 'en',
    text: 'Cheap cialis, levitra and tramadol from our online pharmacy, no prescription needed, order now https://meds-store.top',
    keys: ['cialis', 'levitra', 'tramadol', 'pharmacy'],
    url: 'https://meds-store.top',
  },
  {
    family: 'pills',
    lang: 'ru',
    text: 'Купить виагру без рецепта, анонимная доставка по всей России, звоните 8-800-555-35-35',
    keys: ['виагру', 'рецепта'],
    phone: '8-800-555-35-35',
  },
  {
    family: 'pills',
    lang: 'zh',
    text: '正品伟哥，壮阳药无效退款，加微信 yao6688 咨询',
    keys: ['伟哥', '壮阳药'],
    contactId: 'yao6688',
  },
  {
    family: 'support-number',
    lang: 'en',
    text: 'Call Microsoft support toll free +1-888-555-0147 for help with any Windows error 24/7',
    keys: ['Microsoft', 'support', 'Windows'],
    phone: '+1-888-555-0147',
  },
  {
    family: 'support-number',
    lang: 'en',
    text: 'QuickBooks customer support number 1-844-555-0199, call now for instant help with payroll errors',
    keys: ['QuickBooks', 'support', 'payroll'],
    phone: '1-844-555-0199',
  },
  {
    family: 'support-number',
    lang: 'ru',
    text: 'Служба поддержки Сбербанка: звоните 8 800 555 00 00 круглосуточно, заблокируем мошенников',
    keys: ['поддержки', 'Сбербанка'],
    phone: '8 800 555 00 00',
  },
  {
    family: 'recovery',
    lang: 'en',
    text: 'I lost $40,000 to a fake trading platform until a recovery hacker got my funds back. Contact him: hackermike.recovery@gmail.com',
    keys: ['recovery', 'hacker', 'funds'],
    email: 'hackermike.recovery@gmail.com',
  },
  {
    family: 'recovery',
    lang: 'ru',
    text: 'Вернул деньги от брокера-мошенника с помощью специалиста по возврату средств, пишите ему на почту vozvrat.pomosh@gmail.com',
    keys: ['возврату', 'средств', 'деньги'],
    email: 'vozvrat.pomosh@gmail.com',
  },
  {
    family: 'recovery',
    lang: 'zh',
    text: '被骗的钱可以追回，专业团队帮你追款，先追回后收费，联系QQ 1234567890',
    keys: ['追回', '追款'],
    contactId: '1234567890',
  },
  {
    family: 'messenger',
    lang: 'en',
    text: 'Add me on WhatsApp +44 7700 900123 for daily investment tips and signals',
    keys: ['WhatsApp', 'investment', 'signals'],
    phone: '+44 7700 900123',
  },
  {
    family: 'messenger',
    lang: 'en',
    text: 'Message me on Telegram @fastprofit_admin and I will show you how to earn $500 a day',
    keys: ['Telegram', 'profit', 'earn'],
  },
  {
    family: 'messenger',
    lang: 'ru',
    text: 'Пишите мне в телеграм @zarabotok_online, заработок без вложений от 5000 рублей в день',
    keys: ['телеграм', 'заработок', 'вложений'],
  },
  {
    family: 'crypto',
    lang: 'en',
    text: 'Invest in bitcoin on our trading platform and get 200% profit in 7 days, guaranteed returns! Register https://btc-profit.top',
    keys: ['bitcoin', 'profit', 'guaranteed'],
    url: 'https://btc-profit.top',
  },
  {
    family: 'crypto',
    lang: 'ru',
    text: 'Пассивный доход на криптовалюте, 3% в день, регистрация по ссылке https://crypto-dohod.site',
    keys: ['доход', 'криптовалюте', 'Пассивный'],
    url: 'https://crypto-dohod.site',
  },
  {
    family: 'crypto',
    lang: 'zh',
    text: '比特币投资平台，日收益5%，稳赚不赔，加微信 btc8888',
    keys: ['比特币', '稳赚不赔'],
    contactId: 'btc8888',
  },
  {
    family: 'seo',
    lang: 'en',
    text: 'We offer quality do-follow backlinks and guest posts on high DA sites, rank your site on the first page of Google. Contact seo.pro.team@gmail.com',
    keys: ['backlinks', 'guest', 'rank'],
    email: 'seo.pro.team@gmail.com',
  },
  {
    family: 'seo',
    lang: 'ru',
    text: 'Прогон по базам, вечные ссылки, вывод в топ-10 Яндекса. Пишите в телеграм @seo_top_ru',
    keys: ['Прогон', 'ссылки', 'Яндекса'],
  },
  {
    family: 'seo',
    lang: 'zh',
    text: '网站快速排名，三天上首页，外链代发，不上不收费，联系QQ 2837465910',
    keys: ['快速排名', '外链'],
    contactId: '2837465910',
  },
  {
    family: 'zh-wechat',
    lang: 'zh',
    text: '兼职日结，手机就能做，每天赚300元，加微信 abc12345 了解详情',
    keys: ['兼职', '日结'],
    contactId: 'abc12345',
  },
  {
    family: 'zh-wechat',
    lang: 'zh',
    text: '代开发票，真票可查验，先验后付，加微信 fapiao8866',
    keys: ['代开发票', '真票'],
    contactId: 'fapiao8866',
  },
  {
    family: 'zh-wechat',
    lang: 'zh',
    text: '减肥药纯天然，月瘦15斤不反弹，加微信 shoushen666',
    keys: ['减肥药', '不反弹'],
    contactId: 'shoushen666',
  },
  {
    family: 'loans',
    lang: 'en',
    text: 'Earn $350 a day from home with this simple online system, no experience needed, visit https://easy-income.online',
    keys: ['Earn', 'income', 'experience'],
    url: 'https://easy-income.online',
  },
];

/** Genuine comments using the same surface features innocently: they must stay ham. */
export const OBFUSCATION_GENUINE: readonly string[] = [
  'I read it s l o w l y, twice, and it still made no sense to me.',
  'This is h u g e news for the town, a new bridge at last.',
  'gg ez, that n00b got pwned in the last round lol, l33t skills',
  'My K/D went from 0.8 to 1.4 after switching to the AK, a 1337 moment for me',
  'The dot com bubble burst in 2000 and this looks exactly the same to me.',
  'Back in the dot-com era everyone put .com in their company name.',
  'The sum ∑ of the shares is 100%, and x² + y² = z² is still Pythagoras.',
  'The formula is 𝑓(𝑥) = 𝑒^𝑥, the article printed it wrong.',
  '价格是三百五十元一公斤，比去年贵了一百元。',
  '今年一二月份出口增长了百分之十二，三月份有所回落。',
  'Great photos 📸👍 thanks for sharing 😊',
  'Use `os.path.join(a, b)` instead of joining strings with dots.',
  'I wrote to the letters desk at the paper, no reply yet.',
  'Call me old-fashioned, but the co-op model works for small towns.',
  'Greek letters α, β and γ denote the coefficients in the study.',
  'Читал м е д л е н н о, чтобы понять каждое слово.',
  'Цена выросла до 350 руб/кг, а в прошлом году было 290.',
  'В 2000-х пузырь доткомов лопнул, и с ИИ сейчас будет так же.',
  'Играю в CS2 под ником n1ghtw0lf, команда у нас сильная.',
  '我用的是ＷｉｎｄｏｗｓＸＰ，全角字母看起来很怪。',
  '第一、第二、第三点都说得很对，支持作者。',
  '这个游戏我玩了一百二十个小时，真的好玩。',
  'Zoë and Chloë met at the Société Générale office for a crème brûlée.',
  "The score was 3–1, with goals at 12', 45+2' and 88'.",
  'The number in the article, 555-0100, is the fake one used in films.',
  'F.B.I. and C.I.A. files from that year were declassified in 1992.',
  'R.I.P. to a legend of local journalism.',
  'I wrote p-a-s-s-w-o-r-d on a sticky note and still forgot it.',
  'The hashtag #ClimateAction trended all week 🌍🔥',
  'Номер версии 1.2.3, а в статье написано 1.3, поправьте.',
  '我奶奶输网址总是记不住那个“点”要怎么打。',
  '加油！中国队！💪💪',
  'Ⓒ 2024 photo by the author, used with permission.',
  'The Ⅳ and Ⅻ on the clock face are Roman numerals.',
  'Игра ва-банк, как говорится, но правительство рискует.',
  'I N C R E D I B L E match last night, what a comeback 🔥',
  'Who else reads "Wi-Fi" as wee-fee? My kid does lol.',
  'Their n3w album drops friday, the 1st single is fire 🔥',
  'Кто-нибудь знает, почему сайт газеты не открывается с телефона?',
  '文章里说的“加V认证”是指微博的认证用户吧？',
];
