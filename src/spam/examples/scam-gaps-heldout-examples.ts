// Held-out examples of the four scams of scam-gaps-examples.ts (issue 15, 2026-12-07, third
// session): other writers, other wording, en/ru/zh, and the genuine comments of their surface.
// Written and committed before any code change; read once, after it.

/** Recovery testimonials, giveaways, title loans, relief questions (held out). */
export const GAPS_SPAM_HELDOUT: readonly string[] = [
  'honestly i had given up after the binance clone took 1.2 btc from me. a coworker told me about Digital Asset Retrievers and they sorted it in under a week, all funds returned!! write them: dar.help @ proton . me',
  'Big thanks to Ethan from Recoverlink, my husband and I lost our retirement money to a fake broker and Ethan brought back all of it. His telegram is @ethan_recoverlink',
  'Осторожно с биржами! Меня обманули на 40 тысяч долларов, но ребята из «Крипто Возврат» всё вернули за 5 дней. Контакты: cryptovozvrat@mail.ru',
  '感谢王律师团队！被网上投资平台骗的15万元全部追回，真的很靠谱，有需要的加他VX：wls2024',
  'this actually works!!! got 2 free $25 xbox gift cards today from giftzone-free.com no survey',
  'Fortnite players: I just got 13,500 free V-Bucks, legit, took 3 mins. Link in bio -> vbuck-drop.xyz',
  'Раздают бесплатные iPhone 16, я уже получил свой, проверено! Заходи: apple-podarok.site',
  'Bad credit? Borrow against your car title and drive while you repay. Same-day cash, text 555-0173',
  'Автоломбард: деньги под ПТС за 20 минут, авто остаётся в вашем пользовании. Пишите в вотсап +7 705 555 66 77',
  '车辆抵押借款，不押车只押登记证，最快2小时放款，详询 www.cheydai-fast.com',
  'Have you checked whether your household is owed the $4,800 energy rebate? Most never apply. Find out in 60 seconds: energy-rebate-claim.net',
  'Знаете ли вы, что пенсионерам положена компенсация 30 000 рублей? Мало кто оформляет. Узнайте на сайте: kompensacia-pens.online',
];

/** Genuine comments of the same surface (held out). */
export const GAPS_GENUINE_HELDOUT: readonly string[] = [
  'Anyone heard of Digital Asset Retrievers? They messaged me on Instagram after I posted about losing crypto. Sounds too good to be true.',
  'After my scam, my bank advised me to report it to the police and ignore anyone who offers to recover the funds for a fee.',
  'Мне звонили «юристы по возврату денег» после того, как меня развели на бирже. Просили предоплату. Это тоже мошенники.',
  'My daughter saved up and bought a $25 Xbox gift card at Target, she was so happy with it.',
  'Those "free V-Bucks" links under every video are phishing, Epic never gives V-Bucks away on random sites.',
  '网上说免费领iPhone的都是骗局，填了手机号就开始收到诈骗电话。',
  'When I sold my truck the DMV told me to sign the pink slip over only after the money cleared.',
  'Автоломбарды берут огромные проценты, знакомый чуть не потерял машину. Лучше кредит в банке.',
  'Got a text saying I am owed a $4,800 energy rebate and to click a link. Is this real? I did not click.',
  'Does the pension compensation apply to people who retired last year? The official info is at https://www.gosuslugi.ru',
];
