// Clearly commercial blog spam and genuine blog comments, written by hand for measuring the
// hand-set signals (invented sentences; no text from any data set; every number is fictional or
// a 555 number, every domain an example one). Written on 2026-12-05 before the rules of that day
// were changed, in two halves: the rules were revised looking only at what the shipped model did
// with DEV; SEALED was scored for its counts only, so its before/after figures are the honest ones
// (docs/spam.md, "Measuring the hand-set signals").

/** Spam a fresh blog receives: support-number scams, SEO comments, site and cheat promotion. */
export const COMMERCIAL_SPAM_DEV: readonly string[] = [
  'Having trouble with your McAfee subscription renewal? Reach McAfee helpdesk toll-free at 1–888–555–0147, experts online 24x7.',
  'Get instant help from Brother Printer Tech Support on +1 (844) 555-0186 — offline printer, driver errors, wifi setup.',
  'AOL Mail login problem? call 1 8 0 0 5 5 5 0 1 9 9 now, our certified technicians fix it fast',
  'Garmin GPS update support | Garmin express support number | Garmin map update helpline | Garmin customer care',
  'Need help with Sage 50? Contact Sage support phone number USA 18O0-555-O163 (toll free) for data migration and payroll issues.',
  'Служба техподдержки Касперского — звоните 8-800-555-12-34, бесплатно по России, поможем удалить вирусы',
  '支付宝人工客服热线 400 123 4567，退款、冻结、解封问题一站式解决',
  'Thanks for this informative post, I learned a lot. Packers and Movers in Pune',
  'Awesome write-up! Keep sharing. Check our site for the best plumbing services in Toronto',
  'Really nice article, appreciated. More details: Bright Smile Orthodontics Clinic',
  'Your blog is very useful for me, thank you. <a href="https://visa-help.example.com">UK visa consultants in Delhi</a>',
  'Отличная статья, спасибо автору! Если нужен натяжной потолок в Казани — заходите на potolok-example.ru',
  '非常有用的文章，谢谢分享！北京专业开锁换锁公司，24小时上门服务',
  'Watch all new movies in HD free without signup at flixhub-example.net, no ads, updated daily!',
  'Free Fortnite V-Bucks generator 2026 working no human verification — get unlimited vbucks here: vbucks-example.xyz',
  'Download GTA 5 mobile APK full version free, 100% working, link in my profile',
  'Бесплатные читы для CS2: аимбот, волхак, без бана — скачать на cheats-example.ru',
  '免费看最新电影和电视剧，高清无广告，访问 yingshi-example.cn',
  'Lost your Bitcoin to a scam? Contact RecoverPro Experts at recoverpro.example@mail.com to get your funds back, they helped me recover 3 BTC.',
  'Buy verified PayPal accounts, Cash App accounts and aged Gmail accounts at cheap prices — contact us on WhatsApp +1 555 0100 555.',
];

/** The second half: scored for counts only while the rules were revised. */
export const COMMERCIAL_SPAM_SEALED: readonly string[] = [
  'Dial the Bitdefender customer support number +1-855-555-0110 to activate your subscription or remove threats instantly.',
  'Canon printer not printing? Call our printer experts at 1.877.555.0191 (toll-free) for quick resolution',
  'For any query regarding Yahoo mail password reset, contact Yahoo customer service phone number 1 800 555 0123.',
  'Kaspersky total security support phone | Avast antivirus customer support | Webroot support phone number | AVG helpline',
  'Emirates Airlines booking number +1 888-555-0175 — call to book, cancel or change flight tickets at lowest fares',
  'Горячая линия Госуслуг: 8 800 555 0000 — восстановление доступа к аккаунту, консультация бесплатно',
  '京东客服电话 400-606-5500 全天人工服务，售后退款问题请拨打',
  'Nice post, thanks for sharing this valuable information. Best roofing company in Miami',
  'Great content! I will bookmark your site. Visit: Sunrise Yoga Retreat Bali',
  'Thank you for the detailed guide, it helped me a lot. [url=https://seo-example.com]affordable SEO services[/url]',
  'Excellent blog post! If anyone is looking for used car dealers near me, Royal Motors is the best choice.',
  'Замечательный блог, всё по делу. Кстати, курсы английского в Санкт-Петербурге — englishschool-example.ru',
  '文章写得太好了，学习了！深圳办理营业执照代理记账找我们',
  'Stream every NFL game live free in HD at sportsstream-example.live — no registration needed!',
  'Roblox Robux hack 2026 — free unlimited robux, no survey, download the tool from robux-example.io',
  'Get Netflix premium free for 1 year, working method, visit netflix-free-example.com',
  'Смотреть сериалы онлайн бесплатно в хорошем качестве без регистрации на kino-example.ru',
  '王者荣耀外挂免费下载，自动瞄准，防封号，QQ群：123456789',
  'I was scammed by a fake broker but Hack Recovery Specialist got all my money back. Email them: hackrecovery.example@mail.com WhatsApp +44 7700 900555',
  'We write essays for students — 100% plagiarism free, cheap and fast. Order now at essay-example.com and get 20% off!',
];

/** Genuine comments of a technical or local-news blog, full of what the signals look for. */
export const GENUINE_BLOG_COMMENTS: readonly string[] = [
  'I called Norton support last week about the renewal and they were no help at all, had to cancel through my bank.',
  'Thanks for sharing! I tried this on Ubuntu 22.04 and got `E: Unable to locate package libssl1.1` — any idea?',
  'The council office is at 14 Market Street, open 9–5, phone 01632 960 123 if anyone needs to register before Friday.',
  'Great article. More info on the original study here: https://doi.org/10.1000/example.123',
  'Is there a toll-free number for the pension office? The one on the letter (0800 555 0199) just rings out.',
  'Спасибо за статью! У меня такая же проблема с роутером, помогла перезагрузка и обновление прошивки до 2.1.4.',
  '感谢分享！我按照步骤在 Windows 11 上试了，报错 0x80070005，请问怎么解决？',
  'Stack trace for reference:\nError: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)',
  'We watched the match at the Crown in Leeds last night, 3–1 was a fair result honestly.',
  'My QuickBooks file got corrupted after the 2024 update; restoring the .QBB backup from March fixed it.',
  'Nice write-up. For anyone in Manchester, the repair café on Oxford Road fixed my printer for free.',
  'Ring 555-0142 only if you are a resident of Block C, the landlord said repairs start on 12/03.',
  'Fortnite on the Switch drops to 20 fps in split screen, anyone else see this after the 28.10 patch?',
  'Отличный обзор. Цены с 1 марта: 1 200 ₽ за месяц, 12 000 ₽ за год, звонил в офис уточнить.',
  'I recommend the free version of Malwarebytes instead, it caught what Avast missed on my laptop.',
  '写得很好，上海的朋友可以去徐汇区图书馆看看这个展览，周二到周日开放。',
  'Thank you for the detailed guide. I followed it step by step and my Raspberry Pi 4 now runs Pi-hole on 192.168.1.50.',
  'Where can we watch the council meeting live? The stream link on the website gives a 404.',
  'Visit: the museum is free on the first Sunday of the month, worth it for the Roman coins exhibit.',
  'Does anyone know a good plumber in Leeds? Ours quoted £450 for a new boiler valve which seems a lot.',
];
