// Development examples of four scams a fresh site publishes or only holds (issue 15, 2026-12-07,
// third session; docs/spam.md, "Recovery testimonials, giveaways, title loans, relief questions"):
// (1) a third person's testimonial for a fund-recovery firm or hacker ending with a contact,
// (2) "I got a free gift card / Robux / V-Bucks / iPhone from this site, it works" with a link,
// (3) car-title loans ("pink slip", "keep driving your car", «займ под залог ПТС», 押证不押车),
// (4) relief-grant claims with a question between the claim and the link. Beside them genuine
// comments of the same surface that must stay published. Written before any code change (held
// out: scam-gaps-heldout-examples.ts).

/** Fund-recovery testimonials ending with a contact (development set). */
export const GAPS_RECOVERY_SPAM_DEV: readonly string[] = [
  'I was scammed out of 3 BTC by a fake trading platform and thought it was gone forever, until I contacted Swift Chain Recovery. They got everything back in 48 hours. Email: swiftchain @ gmail . com',
  'My mother lost $80,000 to an online investment site. A friend referred her to Agent Morris and he traced and returned every cent within a week. Reach him on WhatsApp +1 415 555 0199',
  'After losing my savings to a romance scammer I found Cyber Trace Pros. They recovered my funds in 3 days, no upfront fee. Contact: cybertracepros(at)outlook(dot)com',
  'Shout out to Hacker Leon who restored my stolen USDT when the exchange froze my account. Telegram: @leon_restore',
  'Я потеряла 2 миллиона на фейковой бирже, но специалисты компании «ФинЗащита» вернули мне деньги за неделю. Пишите им в телеграм @finzashita_help',
  'Мошенники увели у мужа все сбережения, думали всё пропало. Помог юрист Андрей, вернул 850 тысяч. Его вотсап +7 701 555 44 33',
  '我在假平台被骗了20万，后来朋友介绍了李老师团队，三天就把钱全部要回来了，加微信 lz8866 咨询',
  'Thank you Mr. Grant of Bitrescue Solutions, he returned my 5 ETH after the rug pull. Website: bitrescue-solutions.com',
];

/** Genuine comments about recovery services (development set). */
export const GAPS_RECOVERY_GENUINE_DEV: readonly string[] = [
  'Warning: after I was scammed out of 2 BTC, three "recovery firms" contacted me promising to get everything back. They are scammers too, they only take a second fee.',
  'Has anyone used Swift Chain Recovery? They say they can get my crypto back in 48 hours but I am not sure they are real.',
  'The police told us no private company can recover stolen crypto; report it to the cyber police at 102 and to your bank.',
  'My bank got my money back after a card fraud in 10 days, I just called the number on the back of the card.',
  'Мне после обмана писали «эксперты по возврату средств» в телеграм, обещали вернуть всё за 48 часов. Это вторая волна мошенников, не ведитесь.',
  '被骗后有人说能帮我把钱追回来，要先交手续费，这种都是二次诈骗，大家别信，直接报警。',
];

/** "Free gift card / Robux / V-Bucks / iPhone from this site, it works" (development set). */
export const GAPS_GIVEAWAY_SPAM_DEV: readonly string[] = [
  'I got a free $100 Steam gift card from this site, it actually works: steamgifts-free.xyz',
  'Free Robux generator that really works, I got 10,000 Robux in 5 minutes, no survey: robuxnow.top',
  'Just claimed free V-Bucks for my son, legit and instant! Go to vbucks-claim.online before it ends',
  'OMG I won a free iPhone 15 Pro from this giveaway, they shipped it already lol. Try it: iphone-win.site',
  'Got a $500 Amazon gift card for free, took 2 minutes, it is real guys https://amz-rewards.click/claim',
  'Бесплатные робуксы реально работают, я получил 5000 за минуту, вот сайт: robux-free.ru',
  '亲测有效！免费领取100元京东卡，我已经到账了，链接：jd-gift.top',
  'No joke, this site gave me a free $50 Google Play card, it works 100%: gplay-codes.xyz',
];

/** Genuine comments about gift cards and giveaways (development set). */
export const GAPS_GIVEAWAY_GENUINE_DEV: readonly string[] = [
  'I bought a $100 Steam gift card for my nephew at the mall and the code worked fine.',
  'These "free Robux generator" sites are scams, my son entered his password and lost his account.',
  'Be careful: comments saying "I got a free iPhone from this site, it actually works" are bots, never click the link.',
  'Amazon gift cards are a common way scammers ask for payment; no real agency takes them.',
  'Сайты с бесплатными робуксами — развод, сын ввёл пароль и аккаунт угнали.',
  '我给孩子买了一张100元的Steam充值卡，在官方商店用的，没问题。',
];

/** Car-title loans with a contact or link (development set). */
export const GAPS_TITLE_SPAM_DEV: readonly string[] = [
  'Need cash fast? Use your pink slip and keep driving your car, approval in 30 minutes: titlecash-now.com',
  'Auto equity loans up to $25,000, you keep driving your car, bad credit OK. Call 1-800-555-0142',
  'Get money against your car title today, no credit check, keep your keys! Apply: quicktitle.loans',
  'Займ под залог ПТС до 3 млн, машина остаётся у вас, решение за 15 минут. Звоните +7 777 555 12 34',
  'Деньги под залог авто без справок, ездите на своей машине дальше! Сайт: avtozaim-kz.ru',
  '车贷急用钱？押证不押车，当天放款，车照常开，联系微信 cd5588',
  '汽车抵押贷款，只押绿本不押车，利息低，电话 138 0013 8000',
];

/** Genuine comments about car titles and title loans (development set). */
export const GAPS_TITLE_GENUINE_DEV: readonly string[] = [
  'I am selling my old Corolla, do I need to hand the pink slip to the buyer before or after he pays?',
  'Title loans are a trap: my cousin kept driving his car for two months and then it was repossessed over a $900 loan.',
  'Займы под залог ПТС — кабала, проценты под 100% годовых, машину потом забирают. Не берите.',
  'Продаю машину, покупатель спрашивает оригинал ПТС, а он у меня в банке по автокредиту. Как быть?',
  '押证不押车的车贷都是套路贷，朋友的车最后被拖走了，大家小心。',
  'The new car loan rates at Halyk went up to 19%, I am keeping my old car another year.',
];

/** Relief-grant claims with a question between the claim and the link (development set). */
export const GAPS_RELIEF_SPAM_DEV: readonly string[] = [
  'Did you know you may qualify for a $6,400 relief grant? Most people never claim it. Check your eligibility here: relief-grants.info',
  'Are you a senior over 60? You could be owed a $3,200 stimulus payment. Claim yours now at senior-benefit.site',
  'Have you received your $1,400 relief check yet? Thousands have not. See if you qualify: usa-relief-check.com',
  'Вы знали, что вам может полагаться выплата 50 000 тенге от государства? Большинство о ней не знает. Проверьте здесь: vyplata-kz.site',
  '你知道吗？每人可领取3000元政府补贴，很多人都不知道。点击领取：butie-gov.top',
  'Why are so many families missing out on the $5,000 housing grant? Do not be one of them. Apply today: housing-aid.online',
];

/** Genuine comments with a grant and a question (development set). */
export const GAPS_RELIEF_GENUINE_DEV: readonly string[] = [
  'I got a letter saying I qualify for a $6,400 relief grant and should check my eligibility on their site. Is this a scam? It came from relief-grants.info',
  'Does anyone know if the new child benefit applies to self-employed parents? The official page is https://www.gov.kz/services/benefits',
  'Is the $1,400 payment still being sent? The IRS page https://www.irs.gov/coronavirus says nothing new.',
  'Кто-нибудь получал единовременную выплату пенсионерам? На egov.kz написано, что заявку можно подать онлайн.',
  '有人知道今年的育儿补贴怎么申请吗？官网 https://www.gov.cn 上没找到。',
  'Why did the article not mention that the housing grant ends in March? The ministry site says so.',
];
