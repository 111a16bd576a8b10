// Development examples for the gaps left open by the day's earlier changes (issue 15, 2026-12-07,
// fifth session; docs/spam.md, "Open gaps: codes, payouts, project income, spun praise, word
// domains, WeChat stand-ins"), written before any code change (held out:
// open-gaps-heldout-examples.ts):
// 1. earnings testimonials the referral reading missed: a code with letters before a hyphen, a
//    Latin code in a Russian text, a pensioner promoting, a subject far from its verb, "payout",
//    «Студенты!» as an address;
// 2. a reader's own open-source or creator income beside a link to the repository or documentation;
// 3. spun blog praise (bookmarking, feeds, sharing, "digg it") before a keyword tail with no link;
// 4. bare domains on word-like generic top-level domains (.deals, .casino, .loans …) and the code
//    and prose that write the same words after a dot;
// 5. WeChat stand-ins (薇信, V信, vx, 威信) and Chinese loan adverts with no contact.

/** 1. Earnings testimonials with a way in the referral reading missed (spam). */
export const EARNINGS_GAP_SPAM_DEV: readonly string[] = [
  'Use invitation code ZX-2290 in the Pennyjar app, I pull in $250 a day just rating photos',
  'I, a single dad of three from Leeds, made $3,900 last month answering surveys on my phone. Link in my bio',
  'My best friend, a mom of twins from Cebu, now earns $700 a week from her couch, details on my page',
  'Got my third $820 payout this week from Tasklane, sign up with referral code TL-77 and get a bonus',
  'Received a $1,150 payout on Friday from the Clickfarm app, enter promo code CF-4410 when you register',
  'My sister, who was out of work for a whole year, now brings in $2,600 a month from her laptop. Check my profile',
  'My neighbour, 58 and never touched a computer before, makes $300 a day with it, search "EasyTap" in the app store',
  'Студенты! Подработка с телефона, от 1500 рублей в день, всё в профиле',
  'Мамочки! Работа на дому от 2000 в день, подробности в личке',
  'Пенсионеры! Простые задания с телефона, получаете от 800 рублей в день, пишите в директ',
  'Я пенсионерка, а зарабатываю по 4000 в день на простых заданиях, приложение у меня в профиле',
  'Брат заработал 35 000 за неделю в приложении «Копейка», регистрируйся по промокоду TOP100, бонус при входе',
  'Получаю по 3000 в день на отзывах, вводи мой код приглашения KAPTA5 и начинай',
  '我表姐在家带娃，用"闲豆"APP每个月赚七千多，邀请码 XD-6628 填了送红包',
  '宝妈们！每天在家做任务赚两百，推荐码 BM-3311，私信我拿教程',
  '上个月提现到账四千五，填我的邀请码 QK-520 就能领新人奖励',
];

/** 1. Readers with the same words: pensioners, students, codes, payouts (genuine). */
export const EARNINGS_GAP_GENUINE_DEV: readonly string[] = [
  'Мама пенсионерка, получает 23 000 в месяц, и половина уходит на лекарства.',
  'Я пенсионерка и подрабатываю вахтёром, получаю 15 000 в месяц, статья про цены в точку.',
  'Я пенсионерка, живу в Караганде, получаю 40 000 в месяц, а за квартиру отдаю почти треть.',
  'Студенты! Не забудьте, что заявки на обмен в Урумчи принимают до пятницы, подробности на сайте деканата.',
  'Студенты, кто подрабатывает курьером: в день выходит 2000–3000, но к вечеру ноги отваливаются.',
  'My father, a retired miner from Karaganda, gets $250 a month and it barely covers the heating.',
  'The delivery app cut the payout to $3 an order last month and the couriers in Almaty went on strike.',
  'I got my first $40 payout from the survey panel the paper wrote about, then they stopped paying. Beware.',
  'My uncle, a long-haul trucker on the Khorgos route, makes about $1,800 a month, but he is away for weeks.',
  'The flight code HY-602 to Urumqi was cancelled twice this week, the airline did not even send a message.',
  'Our team lead, a mother of two from Osh, earns less than the men in the same office, and the article says why.',
  '我妈是退休工人，每个月退休金三千二，物价涨得比退休金快。',
  '大学生暑假在口岸做翻译，一天能挣三百，但是很累，也不稳定。',
  '航班号 CZ-6021 又延误了，客服说当天到账的补偿至今没收到。',
];

/** 2. A reader's own open-source or creator income with the repository or documentation (genuine). */
export const PROJECT_INCOME_GENUINE_DEV: readonly string[] = [
  'I make about $1,800 a month from GitHub Sponsors for my date library, which just covers CI and hosting: https://github.com/tlin/datefmt',
  'Open Collective brings in roughly $600 a month for our parser, all of it spent on the test farm. The repo: https://github.com/parsekit/parsekit',
  'I earn around $400 a month from sponsors of my Rust crate, the numbers are in the README: https://github.com/akmal-dev/fastjson-rs',
  'My docs site makes about $150 a month from a single sponsor banner, the docs themselves are here: https://tomlkit.readthedocs.io/en/latest/',
  'Я получаю около 50 000 рублей в месяц через Boosty за свою библиотеку для PostgreSQL, репозиторий: https://github.com/pgkit/pg-retry',
  'Мой плагин для Neovim приносит примерно 200 долларов в месяц пожертвованиями, код тут: https://github.com/nurlan/nvim-kaz',
  '我的开源项目每个月大概有两千块的赞助，刚好够服务器费用，代码在这：https://github.com/zhouyi/fast-pinyin',
  'I earned $2,500 a month as a backend developer in Almaty in 2024, the salary survey I used: https://github.com/kz-devs/salaries',
  'Kaspi made $1.2 billion in net income last year, the annual report is here: https://ir.kaspi.kz/reports',
  'We made about $9,000 a month from the bakery before the rent doubled, our numbers are on the city petition page: https://petition.almaty.kz/1234',
];

/** 2. Income with a repository or documentation link that recruits (spam). */
export const PROJECT_INCOME_SPAM_DEV: readonly string[] = [
  'I make $2,000 a month from my GitHub side hustle, you can too, here is how: https://github.com/richfast/method',
  'Earn $500 a week from open source bounties! Join with my referral code OSS50: https://github.com/bounty-hub/join',
  'I make $3k a month with this bot, download it from https://github.com/cashbot99/moneybot/releases and start earning today',
  'Зарабатываю 100 000 в месяц на GitHub, ты тоже сможешь, вот как: https://github.com/bystro-dengi/start',
  '我在GitHub上每个月赚一万，你也可以，教程在这：https://github.com/zhuanqian88/jiaocheng',
];

/** 3. Spun blog praise before a keyword tail, no link (spam). */
export const PRAISE_TAIL_SPAM_DEV: readonly string[] = [
  'Hey there, I have been following your weblog for some time and finally decided to leave a note. I have bookmarked your site and will be sharing it with my friends. Cheap flights to Antalya',
  'What a blog! I subscribed to your RSS feed and will tell all my friends about it. Used car dealers Houston',
  'I will right away grab your feed since I cannot find your newsletter link. Do you have one? Please let me know so that I can subscribe. Affordable dental implants Tijuana',
  'Your web site is a real gem, I came to it through a friend and I am going to recommend it to my friends as well. Digg it! Roof repair company Denver',
  'Hurrah, at last I got a site from where I can actually take useful facts about my study. I will come back to your blog again and again. Personal injury lawyer Miami',
  'Hello admin, your site loads fast and the posts are easy to follow. Added it to my bookmarks and shared it on Facebook. Online casino bonuses no deposit',
  'I am going to tell my younger sister to visit this blog regularly to get the freshest updates. Shared it with my classmates too. Cheap essay writing service',
  'This web page has really helped me, I will definitely digg it and personally recommend it to my friends. Water damage restoration Atlanta',
  'Howdy! Your blog is on my reading list now, I read every post from top to bottom and saved the feed in my reader. Bad credit car loans',
  'Everything on your website is so clear, I have shared the article with my followers and will keep visiting. Carpet cleaning services Leeds',
];

/** 3. Readers who praise, bookmark, subscribe and share (genuine). */
export const PRAISE_TAIL_GENUINE_DEV: readonly string[] = [
  'Great post, thanks for sharing your setup!',
  'Nice write-up. I have bookmarked it for the next time I migrate a VPS.',
  'Subscribed to your RSS feed after this one. Will share it with my colleagues at the Almaty office.',
  'Great blog, I read it every week and always recommend it to my friends. Greetings from Bishkek',
  'Love this blog, been reading since 2019 and shared it with my students. Keep writing about the railways!',
  'Wonderful article, I shared it with my friends. Car insurance prices went up again this year in Kazakhstan.',
  'I have bookmarked your site, the posts on customs rules are the best I found. Cheap flights from Osh are still rare though.',
  'Thanks for the guide, I added your feed to my reader. Does the same trick work on Debian 12?',
  'Your blog taught me more about Chinese tariffs than any course. Shared it on our faculty chat. Thank you, Aigerim',
  'Bookmarked and shared with my team, we hit the same bug in our Postgres upgrade last week.',
];

/** 4. Bare domains on word-like generic top-level domains (spam). */
export const WORD_DOMAIN_SPAM_DEV: readonly string[] = [
  'Best discounts of the week at megasavings.deals, do not miss out',
  'Get your free spins now at luckyseven.casino',
  'Quick cash without paperwork, apply at fastmoney.loans in 5 minutes',
  'Original sneakers 70% off, order at kicksoutlet.shop today',
  'Tonight’s match odds are up at goalwin.bet, bonus for new players',
  'Daily VIP tips at tipsterpro.vip, 90% win rate',
  'Cheap hosting from $1 a month at hostnow.top',
  'Make money from your phone, start at earnfast.xyz',
  'Claim your prize here: bigprize.click',
  'Designer bags at half price: luxbags.store',
  'Order pills without prescription at medsnow.online',
  'Скидки до 90% на брендовую одежду — megaskidki.deals',
  'Кредит без отказа за 10 минут на zaimbystro.loans',
  '最新优惠活动 dayu.top 注册就送888元彩金',
  '点击进入 8888.vip 领取彩金',
];

/** 4. Code, file names, versions and prose with a dot before such a word (genuine). */
export const WORD_DOMAIN_GENUINE_DEV: readonly string[] = [
  'In Pinia I just return the object from the setup function and read obj.store directly, no getters needed.',
  'The backup script writes file.online and file.offline markers, so the cron job knows which mirror to use.',
  'You can pass the flag e.g. --verbose, or set LOG_LEVEL=debug in the .env file.',
  'After upgrading to 3.14.top-of-tree the build broke, pinning 3.13 fixed it.',
  'cart.shop is undefined when the session expires, you have to check it before calling checkout.',
  'Our Flask app exposes app.config and app.store, and the test fixture overrides both.',
  'We called the staging host deals.internal and the production one deals.prod, maybe that confused the proxy.',
  'The ticket says user.vip should be true for the early-access group but it is still false after the migration.',
  'Version 2.click was a typo in the changelog, the release is 2.1.',
  'The bank published the new rates today.Online applications open on Monday.',
];

/** 5. WeChat stand-ins and Chinese loan adverts (spam). */
export const ZH_CONTACT_LOAN_SPAM_DEV: readonly string[] = [
  '加我薇：abc6699，兼职日结，手机就能做',
  '想了解的加薇信 lily5588，名额有限',
  '加V信 zhang8888 每天轻松赚五百',
  'vx: lin6688 日赚三百，宝妈学生都可以',
  '有需要的加威信 ab8899，低价出售各类账号',
  '无视征信，黑户也能贷，秒下款，当天到账',
  '黑户秒下款，当天到账，不看征信，额度五万',
  '急用钱？无视征信，无需抵押，当天到账，最高二十万',
  '征信花了也能下款，黑户白户都可以，当天到账，利息低',
  '不查征信不看负债，秒批秒下款，最快十分钟到账',
];

/** 5. Readers naming WeChat, credit records and loans (genuine). */
export const ZH_CONTACT_LOAN_GENUINE_DEV: readonly string[] = [
  '我表妹叫薇薇，在霍尔果斯口岸上班，她说最近过关的人多了。',
  '我爸用微信给我转了生活费，当天到账，比银行快。',
  '新闻里说的"无视征信"贷款都是骗局，我同事被骗了两万，大家别信。',
  '银行说我征信没问题，房贷申请两周才下款，比去年慢。',
  '黑户这个说法在哈萨克斯坦是指没有登记的外来务工人员吧？文章里没解释。',
  '网贷广告说秒下款，其实利息高得吓人，监管应该管管。',
  '威信县在云南，不是微信，标题里写错了吧。',
  'vx 是微信的缩写，文章里的截图应该打码。',
];
