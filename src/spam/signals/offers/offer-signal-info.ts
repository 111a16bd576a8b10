// The hand-set weight and the reason of each offer signal (offers.ts finds the phrases): why
// each family weighs what it does, and what a reader writing about the same subject does not say.
import type { OfferSignalCode } from './offers.ts';
import { type FixedSignalInfo, plural } from '../signal-message.ts';

/** Fixed weight (log-odds per unit of value, value log2(1 + phrases)) and message of each signal. */
export const OFFER_SIGNAL_INFO: Record<OfferSignalCode, FixedSignalInfo> = {
  // A drug named with "buy", "cheap", "online" or "without prescription", an online pharmacy,
  // discreet shipping: what a drug-policy or shortage comment does not say. +2.5: held alone.
  'pharmacy-offer': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'pharmacy offer phrase') + ' ("buy cheap cialis", "without prescription")',
  },
  // Free spins, a percentage or welcome bonus, "bet now" next to a casino or betting word; a report
  // about a casino or a regulator names none of them. +2.5.
  'gambling-offer': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'casino or betting offer phrase') + ' ("200 free spins", "welcome bonus")',
  },
  // "Write my essay", "essay writing service", "plagiarism free", "диплом на заказ", "代写": the
  // mill's offer; a student asks about a deadline without them. +2.5.
  'essay-mill': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'essay-mill phrase') + ' ("write my essay", "plagiarism free")',
  },
  // The testimonial's shape ("my account manager", "I invested … and earned $8,000 every week",
  // "эксперт по трейдингу", "带单老师"), counted only with a way to reach the "expert" (e-mail,
  // phone, link, handle, "contact him"): a victim's story has none. +2; the contact adds its own.
  'investment-pitch': {
    prior: 2,
    fixed: true,
    message: (n) => plural(n, 'investment-testimonial phrase') + ' with a contact ("trading expert")',
  },
  // "Lose 10 kg in 2 weeks", "keto pills", "without diet or exercise", "100% natural" next to a
  // weight word: claims no health comment makes. +2.5.
  'weight-loss-claim': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'miracle weight-loss phrase') + ' ("lose 10 kg in 2 weeks", "keto pills")',
  },
  // "Replica watches", "fake Gucci", "AAA 1:1 copies", "高仿": counterfeit goods offered; a museum's
  // replica of a ship or seized counterfeit pills do not match. +2.5.
  'replica-offer': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'replica-goods phrase') + ' ("replica watches", "1:1 copies")',
  },
  // Dating and escort offers, and the personal solicitation ("I have a proposal for you, write to
  // me at …", "I saw your profile"): a reader's comment addresses the article, not a stranger. +2.5.
  'dating-offer': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'dating or solicitation phrase') + ' ("hot singles", "a proposal for you")',
  },
  // "Add me on Telegram", "WhatsApp: +…", "Telegram @handle", "加微信": an invitation to move the
  // conversation elsewhere. Weaker (+1.5): a reader may give a channel's handle; naming a messenger
  // as where one reads the news does not count.
  'messenger-contact': {
    prior: 1.5,
    fixed: true,
    message: (n) => plural(n, 'messenger-contact request') + ' ("add me on Telegram", "加微信")',
  },
  // Job and task scams: "online job available", "daily pay", "get paid $5 for every like", «оплата
  // ежедневно», 刷单 or 点赞员 recruiting, 日结300. A reader warning about such ads names them
  // ("work from home", 刷单) without the recruiter's offer of pay per day or "no experience
  // needed". +2.5: held alone; the money-offer signal or a messenger contact takes it to spam.
  'job-offer': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'job or task scam phrase') + ' ("online job, daily pay", "日结")',
  },
  // Fake documents: "buy real registered passports", "IELTS certificate without the exam",
  // «купить диплом», «права без экзамена», 办证刻章, 代办文凭. A report on a diploma mill or a
  // question about a passport names the document without the seller's words. +2.5.
  'fake-document': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'fake-document offer') + ' ("buy a registered passport", "办证")',
  },
  // SEO service offers: "guest posts on high DA sites", "quality backlinks", "rank your site on the
  // first page of Google", «прогон по базам», «вывод в топ», 快速排名, 外链代发. A reader asking
  // whether backlinks still matter names the trade without selling it. +2.5.
  'seo-service': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'SEO service offer') + ' ("high DA backlinks", "first page of Google")',
  },
  // Sports-betting fixed matches: "fixed matches available", "100% sure odds", "pay after win",
  // «договорные матчи с гарантией», 假球内幕, 包赢. A reader on a match-fixing scandal writes
  // "fixed matches", «договорные матчи» or 假球 without selling one. +2.5.
  'fixed-match': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'fixed-match offer') + ' ("100% sure fixed matches", "假球内幕")',
  },
  // Invoice and receipt selling: "receipts for any amount", "we sell VAT invoices", «чеки для
  // отчётности», «обнал под 5%», 代开发票, 真票可查. A reader on VAT invoices in cross-border trade
  // or an accountant issuing them names the documents without the seller's words. +2.5, like the
  // other offers: the seller's phone number or a second phrase takes it to spam.
  'invoice-offer': {
    prior: 2.5,
    fixed: true,
    message: (n) =>
      plural(n, 'invoice or receipt selling phrase') + ' ("receipts for any amount", "代开发票")',
  },
  // Game-currency generators: "free V-Bucks", "Robux generator", "unlimited gems", «бесплатные
  // робуксы», 无限金币. A gamer on V-Bucks prices or a warning about such sites names the currency
  // without the giveaway. +2.5; the generator's link or a second phrase takes it to spam.
  'game-currency': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'game-currency generator phrase') + ' ("free V-Bucks", "Robux generator")',
  },
  // Cracked and pirated software: "cracked Photoshop", "Office crack", "keygen", "Windows
  // activator", «крякнутый», «активатор Windows», 破解版, 注册机. A reader on software piracy names
  // none of the downloads. +2.5.
  'cracked-software': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'cracked-software phrase') + ' ("Photoshop crack", "keygen", "破解版")',
  },
  // Easy-earnings offers (market-offer-patterns.ts): an amount a day or a month "from home" or
  // "with this simple system", «заработок в интернете без вложений», «пассивный доход от 5000
  // рублей в день», 日赚500, 在家赚钱, 躺赚. The learned `money-offer` counts the same words at
  // about +0.6 to +1.5, which left a Russian pitch published (0.02); no reader reporting such an
  // advert writes it without naming the scam, the police or the advert, and such a comment counts
  // nothing. +2.5, as for the other offers: held alone, spam with a contact or a second phrase.
  'earnings-offer': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'easy-earnings phrase') + ' ("$350 a day from home", "日赚500")',
  },
  // Microloans and credit offers: "no credit check", "instant approval", "bad credit OK", «без
  // отказа», «деньги на карту за 5 минут», 贷款秒批, 不看征信. The lender's promises, which a
  // reader on a bank's rate or a cap on payday loans does not make; a comment citing a law, a
  // regulator or a scam counts nothing. +2.5.
  'loan-offer': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'loan-offer phrase') + ' ("no credit check", "贷款秒批")',
  },
  // Databases and personal data for sale: "selling email lists", "B2B databases", «продам базы
  // данных», «пробив по базам», 出售数据. A leak, a court case or a statistics office's microdata
  // is news, not an offer, and counts nothing. +2.5.
  'data-selling': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'data-selling phrase') + ' ("B2B email lists", "出售数据")',
  },
  // Accounts, followers, likes and reviews for sale: "buy verified PayPal accounts", "buy Google
  // reviews", «накрутка подписчиков недорого», 出售抖音粉丝, 刷赞 with a price or a contact.
  // (The first two of these were site-promotion phrases at +2.0 until 2026-12-06.) +2.5.
  'account-selling': {
    prior: 2.5,
    fixed: true,
    message: (n) =>
      plural(n, 'account, follower or review selling phrase') + ' ("buy Google reviews", "刷赞")',
  },
  // Lottery "inside information": "guaranteed lottery numbers", "lucky numbers spell", «гарантия
  // выигрыша», «знаю результаты тиража заранее», 六合彩内幕, 每期必中. Tonight's draw or a
  // lottery law names none of it. +2.5.
  'lottery-tip': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'lottery tip phrase') + ' ("guaranteed numbers", "六合彩内幕")',
  },
  // Inheritance, donation and "widow" letters (scam-offer-patterns.ts): "I am a widow … donate my
  // late husband's fund to a trustworthy person", "beneficiary of an unclaimed inheritance", "a
  // dormant account … 40% is yours", «я вдова», «наследник невостребованного наследства», 寡妇 …
  // 遗产捐赠, 无人认领的遗产, counted only in a letter that asks for an answer. The text model read
  // them as a reader's (0.01 to 0.10: "husband", "cancer", "charity" are ham's words in SMS); a
  // reader who got such a letter names the scam, the spam folder or deleting it, and a question on
  // inheritance tax or a notary counts nothing. +2.5, as the other offers: with the address the
  // letter gives (`offer-with-channel`, the e-mail's own weight) one phrase is held or spam, two
  // are spam.
  'advance-fee': {
    prior: 2.5,
    fixed: true,
    message: (n) =>
      plural(n, 'inheritance or donation letter phrase') +
      ' ("I am a widow", "unclaimed inheritance", "遗产捐赠")',
  },
  // IPTV and streaming subscriptions sold in comments (scam-offer-patterns.ts): "best IPTV
  // subscription, 20,000+ channels", "free 24h trial", "cheap Netflix and Spotify premium accounts",
  // «IPTV подписка», «тестовый период», «за копейки», 直播源, 奈飞会员低价出售, 独享车位, beside a
  // seller's terms (a price, a trial, a contact). Readers on streaming prices or a piracy block name
  // the services without the terms, and a comment on piracy, a block, a raid or a law counts
  // nothing. The Russian and Chinese offers were published (0.02 to 0.14). +2.5.
  'streaming-offer': {
    prior: 2.5,
    fixed: true,
    message: (n) =>
      plural(n, 'IPTV or streaming subscription offer') +
      ' ("IPTV subscription, 20,000 channels", "奈飞会员低价")',
  },
  // Services advertising themselves with a contact (contact-offer-patterns.ts): "certified
  // translation of diplomas … write to", "customs clearance for cargo, contact WeChat", "experienced
  // tutor, first lesson free", «устный и письменный перевод», «таможенное оформление грузов», 专业
  // 俄语翻译, 清关服务, 包税到门. Counted only beside a contact and never in a question, a request for
  // a recommendation or a report: the readers of a trade site ask for translators and brokers in
  // the same words. The text model published them all (0.004 to 0.12: "translation", "customs",
  // "lesson" are ham's words). +2.5 as the other offers: with the contact (`offer-with-channel`,
  // the contact's own weight) an advert is spam.
  'service-advert': {
    prior: 2.5,
    fixed: true,
    message: (n) =>
      plural(n, 'service advert phrase') + ' with a contact ("certified translation", "清关服务")',
  },
  // Investments paying a percentage a day, cloud mining and token presales: "2.5% every day",
  // "presale is open, listing on major exchanges", «доход 3% в день», «1,8% ежедневно», 日收益2%,
  // 云挖矿, 新币预售. A percentage a day counts beside an investment's words, the rest beside a
  // contact; a reader calling them a pyramid, a Ponzi scheme or a scam counts nothing. No bank or
  // fund pays a percentage a day; +2.5.
  'yield-offer': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'daily-return or presale phrase') + ' ("2% a day", "云挖矿", «пресейл»)',
  },
  // Spell casters: "a powerful spell caster brought him back", «приворот», «снятие порчи», 和合术,
  // 情感挽回大师, beside a contact. A reader mocking such a message names it with "promising" or
  // "scam", which counts nothing. +2.5.
  'spell-caster': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'spell-caster phrase') + ' ("love spell", «приворот», "和合术")',
  },
  // Hackers for hire: "hire a hacker … access to all his WhatsApp messages", "change your
  // grades", «взлом WhatsApp», «прослушка телефона», 黑客接单, 查聊天记录, beside a contact. News
  // of a hacked ministry gives no contact; a warning about such adverts counts nothing. +2.5.
  'hacker-for-hire': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'hacker-for-hire phrase') + ' ("hackers for hire", «взлом WhatsApp»)',
  },
  // A shop's terms (product-offer-patterns.ts): "50% off", "use promo code SAVE30", "free shipping
  // worldwide", "limited offer", "order now", "cheap flights to Almaty from $89", «скидка 40% по
  // промокоду», «бесплатная доставка по всей России», «успейте купить», 全场五折, 包邮, 限时特价, 领券,
  // beside a link, an e-mail or a phone, or another offer family. A reader quotes discounts and
  // prices in a discussion of tariffs, retailers or a scam, or without a link, and that counts
  // nothing. The text model published such adverts (0.03 to 0.19: "order", "delivery", "price" are
  // ham's words in SMS); +2.5 as the other offers: with the link (`offer-with-channel`, the link's
  // own weight) one phrase is spam. Affiliate roundups count here too ("best X of 2026, top 10
  // reviewed", «рейтинг лучших», 十大…排行榜: roundup-patterns.ts), beside a link.
  'shop-advert': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'shop advert phrase') + ' beside a link ("50% off", "promo code", "包邮")',
  },
  // Software, app and VPN adverts and free-streaming sites' terms (product-offer-patterns.ts):
  // "free download, full version", "download our app", "best VPN, no logs, unlimited bandwidth",
  // «скачайте приложение», «обход блокировок», 免费下载, 翻墙梯子, 机场节点; beside a link or a
  // price; "in HD", "no registration", «все матчи», 高清无插件 beside a free stream or film, never
  // beside piracy, a block or a law. A reader reading the site through a VPN or downloading a
  // bank's app gives neither a seller's terms nor a price. +2.5.
  'app-advert': {
    prior: 2.5,
    fixed: true,
    message: (n) =>
      plural(n, 'software, app or VPN advert phrase') + ' ("free download", "no logs VPN", "翻墙")',
  },
};
