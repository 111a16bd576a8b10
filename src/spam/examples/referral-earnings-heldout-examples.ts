// Held-out examples of earnings testimonials and referral-code money apps, and of the readers who
// write the same words (issue 15, 2026-12-07; docs/spam.md, "Earnings testimonials and referral
// codes"). Written with other wording than the development set, before the change, and measured
// once, at the end.

/** Earnings testimonials and money apps with a way in (held out). */
export const REFERRAL_SPAM_HELDOUT: readonly string[] = [
  'My husband lost his job in spring, now he brings in $3,200 every month answering surveys from the couch. Link in my bio',
  'I am a single mom and I earn $280 per day on my phone in my free time!! go to www.dailycashhub.online and see',
  'Honestly this changed my life, I pocket about $1,000 a week with the Moneyleaf app. Invitation code ML-8831, you get a $5 bonus',
  'Last month I took home $7,450 doing simple tasks online 2 hours a day. DM me and I will send the link',
  'My aunt is 62 and makes $400 a day from her tablet. Google "HomeTaskGo" and register, it takes 5 minutes',
  'Got my first $600 payout this week from the Coinly app, enter ref code COIN4U at signup',
  'Теперь имею 120 000 в месяц, не выходя из квартиры. Всё по ссылке в описании профиля',
  'Муж подрабатывает в приложении по 2500 в день, ищите в App Store «Быстрые задания», вводите мой промокод BZ300 — бонус 200 рублей',
  'Студенты! Работа с телефона, от 1000 рублей в день, подробности — в директ',
  'Я пенсионерка и получаю по 5000 в неделю на простых заданиях, приложение у меня на странице',
  'Сестра за месяц заработала 70 тысяч в приложении «Копилка», регистрируйтесь по реферальному коду KOP99',
  'Уволилась из офиса, теперь зарабатываю по 100 долларов в день дома — как, рассказала в шапке профиля',
  '我邻居阿姨每天在家刷任务，一个月能赚六千，私信我拿邀请码',
  '日入三百不是梦，应用市场搜“天天赚”，填我的注册码 TT168 直接到账',
  '上班族下班后兼职，一周多赚一千五，链接在我主页',
  '我朋友用“金猪宝”APP，每个月赚五千多，推荐码 JZ666 填了有新人奖励',
  '大学生在宿舍就能做，每天赚八十到一百，填写邀请码 A1B2C3 即可领取首单奖励',
  'I was broke in January, now I make $5k a month with crypto tasks. Just search "NovaEarn" and use my code NOVA12',
];

/** Readers quoting a salary, a price, an app, a promo code or an invitation (held out). */
export const REFERRAL_GENUINE_HELDOUT: readonly string[] = [
  'My brother earns $700 a month on the Dostyk railway crossing, and the article is right that shifts got longer.',
  'I work from home for a Kazakh bank and they still pay us in tenge, not dollars.',
  'The Halyk app now shows the yuan rate, but the referral bonus they advertised was only for new customers in Astana.',
  'There was a promo code for the summit livestream, the organisers posted it on their official page.',
  'I made $40,000 a year in Shanghai as an engineer before I moved back to Tashkent; the article underestimates the wage gap.',
  'Can anyone tell me if the WeChat Pay app works with a Kyrgyz card now? I search the app store and only find the Chinese version.',
  'My neighbour quit her job at the bazaar and now sells honey online, she says it barely pays $300 a month.',
  'Мой отец получал 40 000 рублей в месяц на железной дороге, а сейчас пенсия в два раза меньше.',
  'Кто-нибудь знает, работает ли приложение Kaspi в Китае? Промокоды на переводы там не нужны?',
  'Сын работает удалённо из дома программистом, зарплата в долларах, но налоги платит в Казахстане.',
  'Приглашение для визы в Китай оформляется через принимающую сторону, код приглашения указан в письме посольства.',
  'Подработка для студентов на летней практике в порту Актау — там платили 150 000 тенге в месяц, я сам ездил.',
  '我在乌鲁木齐做翻译，一个月工资六千，峰会期间加班费多一点。',
  '公司给我发了邀请函去阿斯塔纳开会，签证三天就办好了。',
  '微信的邀请码功能是用来拉人进群的吧？我们单位用它组织学习。',
  '我爸在中亚修铁路，每个月挣一万多，就是一年回不了几次家。',
  'The ministry sent every delegate an invitation code for the accreditation site; mine worked only on the second try.',
  '我在家上网课，每天三个小时，学费一个月两千。',
];
