// Held-out examples for the gaps left open by the day's earlier changes (issue 15, 2026-12-07,
// fifth session; docs/spam.md, "Open gaps: codes, payouts, project income, spun praise, word
// domains, WeChat stand-ins"). Written before any code change with other wording, products and
// writers than open-gaps-examples.ts, and measured once before and once after the change.

/** 1. Earnings testimonials with a way in (held out, spam). */
export const EARNINGS_GAP_SPAM_HELDOUT: readonly string[] = [
  'Join Fundly with my invite code FD-3017 and get $10, I take home about $900 a week doing micro tasks',
  'I, a 45-year-old warehouse worker from Dublin, made $6,100 in three weeks with this app, link is in my bio',
  'Cashed my $2,300 payout this morning from Quickpoll! Use bonus code QP-88 at sign-up',
  'My aunt, retired and bored at home, now makes $350 a day on her tablet, check my profile for the app',
  'Школьники! Подработка после уроков, от 700 рублей в день, подробности в шапке профиля',
  'Я пенсионер, но получаю по 6000 в день в приложении, регистрируйтесь по коду MOCKBA7',
  'Подруга вывела 48 000 за неделю, промокод CEKPET9 даёт бонус при регистрации',
  '我同学在宿舍用"金叶"APP每周赚一千二，填邀请码 JY-7788 送新人红包',
  '每天下班刷视频赚一百五，推荐码 TV-66，私信我拿下载链接',
];

/** 1. Readers with the same words (held out, genuine). */
export const EARNINGS_GAP_GENUINE_HELDOUT: readonly string[] = [
  'Я пенсионерка, получаю 28 000 в месяц, и после подорожания газа мне уже не хватает до конца месяца.',
  'Моя соседка пенсионерка по утрам торгует зеленью на рынке, выходит рублей 500 в день, не больше.',
  'Студенты! Общежитие на Абая закрывают на ремонт с 1 февраля, заявления о переселении сдавайте в деканат.',
  'My mother, a retired nurse from Shymkent, gets about $220 a month from the state and it covers almost nothing.',
  'The ride-hailing company lowered the weekly payout to drivers again, which is why they parked outside the akimat.',
  'My brother, who drives a truck between Almaty and Urumqi, makes $2,000 a month but pays for his own fuel.',
  'The gate code AB-1120 at the new terminal did not work, we waited 40 minutes for the guard.',
  '我奶奶退休了，每个月养老金两千八，看病还得我们贴钱。',
  '学生兼职在夜市摆摊，一晚上能赚两百，城管一来就得收摊。',
];

/** 2. A reader's own project income with the repository or documentation (held out, genuine). */
export const PROJECT_INCOME_GENUINE_HELDOUT: readonly string[] = [
  'Honestly sponsors are not a salary: I get about $350 a month from GitHub Sponsors for my CSV parser, and it took four years. https://github.com/marat-k/csvkit-lite',
  'Our small team earns roughly $1,100 a month through Open Collective for the OCR tool, the budget is public in the repo: https://github.com/ocr-kz/kazocr',
  'Я зарабатываю около 30 000 рублей в месяц на донатах за свою библиотеку для Telegram-ботов, вот документация: https://tgkit.readthedocs.io/ru/latest/',
  '我维护的中文分词库每月能收到一千多元赞助，文档在这里：https://jieba-lite.readthedocs.io/zh/latest/',
  'I made about $700 a month from the paid tier of my VS Code extension last year; the source is here: https://github.com/dana-s/kaz-spell',
  'My company paid me $3,000 a month as a DevOps engineer in Tashkent, and the Terraform module I wrote there is open source: https://github.com/uzops/tf-vpc',
];

/** 2. Income with a repository or documentation link that recruits (held out, spam). */
export const PROJECT_INCOME_SPAM_HELDOUT: readonly string[] = [
  'I earn $4,000 a month with this trading script, anyone can do it, the setup is here: https://github.com/autoprofit/bot and message me on Telegram',
  'Заработала 80 000 за месяц с помощью этого бота, переходи и повторяй: https://github.com/dohod-bot/bot',
  '我用这个脚本每天赚五百，你也可以，点击下载：https://github.com/zhuan-qian/script',
];

/** 3. Spun blog praise before a keyword tail, no link (held out, spam). */
export const PRAISE_TAIL_SPAM_HELDOUT: readonly string[] = [
  'Hi, I think your blog is one of the best I have come across. I will bookmark it and share it on my social pages. Emergency locksmith Phoenix',
  'I was searching for exactly this and your site had it. Subscribed to your newsletter and will pass it on to my friends. Cheap car rental Dubai airport',
  'Greetings from Ohio! I am at work, so I read your site on my break and I love the knowledge you provide. Will recommend to my friends. Hair transplant Istanbul prices',
  'Your posts are always so easy to follow, I saved your website in my favourites and will return for more. Best online pharmacy no prescription',
  'I like this web site very much, it is a genuinely nice place to read and get info. Shared it with my family. Plumbing services Manchester',
  'Amazing blog! I stumbled on it by chance and now I visit it every day and tell my friends to do the same. Payday loans same day',
];

/** 3. Readers who praise, bookmark, subscribe and share (held out, genuine). */
export const PRAISE_TAIL_GENUINE_HELDOUT: readonly string[] = [
  'Great explanation, thanks! Bookmarked for my next deploy.',
  'I subscribed to the newsletter last year and it is still the best source on the Khorgos dry port. Keep it up.',
  'Shared this with my friends who are moving to Almaty, they kept asking about rent.',
  'Love your site, I read it every morning. Small typo in the second paragraph: Astana, not Astna.',
  'I will recommend your blog to my students, the tariff tables are clearer than the ministry’s.',
  'Your website is on my bookmarks bar next to the weather. Greetings from Karakol',
];

/** 4. Bare domains on word-like generic top-level domains (held out, spam). */
export const WORD_DOMAIN_SPAM_HELDOUT: readonly string[] = [
  'Black Friday prices all month long at superbuy.deals',
  'Play slots with a 200% bonus: royalspin.casino',
  'Need money today? Instant approval at quickcash.loans',
  'Follow the best betting tips at winner.vip',
  'Top rated replica watches: timeless.shop',
  'Займы онлайн без проверки на dengi.loans',
  '彩票内部资料 caipiao.top 天天更新',
];

/** 4. Code, file names, versions and prose with a dot before such a word (held out, genuine). */
export const WORD_DOMAIN_GENUINE_HELDOUT: readonly string[] = [
  'In my Vuex module I mutate state.store by mistake and the devtools show nothing.',
  'The health check reads status.online and returns 503 when the replica lags.',
  'Set config.shop to the tenant id, otherwise the cache key collides.',
  'The route was supposed to be /api/v2/deals but the nginx config had api.deals as a host name.',
  'I misread the release notes, 4.2.top was not a version, it was a heading.',
  'The mayor said the market will stay open.Shop owners were relieved.',
];

/** 5. WeChat stand-ins and Chinese loan adverts (held out, spam). */
export const ZH_CONTACT_LOAN_SPAM_HELDOUT: readonly string[] = [
  '兼职打字员，日结两百，加薇 qq7788 详谈',
  '需要的朋友加V信：hong2468，价格美丽',
  '威信 mm5566，代办各类证件',
  '黑户也能下款，不看征信，当天放款到账',
  '征信黑了也不怕，秒下款，无需面签，额度三到十万',
];

/** 5. Readers naming WeChat, credit records and loans (held out, genuine). */
export const ZH_CONTACT_LOAN_GENUINE_HELDOUT: readonly string[] = [
  '他说的薇是人名，不是微信，别乱猜。',
  '当天到账的是退税，不是贷款，文章写得很清楚。',
  '我朋友征信有逾期，银行直接拒贷，网上那些秒下款的广告千万别信。',
  '威信县的扶贫项目我去年采访过，和报道里说的一样。',
];
