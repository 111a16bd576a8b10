// Development examples for affiliate roundups and spun praise before a keyword tail (issue 15,
// 2026-12-07, fourth session; docs/spam.md, "Affiliate roundups and spun praise tails"), written
// before any code change. Roundups: a "best X of 2026, top 10 reviewed" headline or "we compared 12
// models" beside a link to the site that earns from the clicks; the readers beside them link to
// rankings, reviews and comparisons in a discussion. Spun praise: the SEO comment's well-known
// templates followed by a bare keyword tail, no link.

/** Affiliate roundups beside a link (spam). */
export const ROUNDUP_SPAM: readonly string[] = [
  'Best robot vacuums for pet hair 2026 – top 8 tested https://cleanhome-picks.com/robot-vacuums',
  'Top 10 crypto wallets reviewed for 2026: https://walletrank.io',
  'Great article! If you are shopping for a standing desk, we compared 14 models here: https://deskfinder.net/best',
  'The 7 best gaming chairs in 2026 (buyer’s guide) -> https://chairhub.gg/guide',
  'Looking for the best VPN for travel? Our expert picks for 2026: https://vpnpicks.org',
  'Best mattress for back pain 2026, ranked and reviewed: sleepwise-review.com',
  'Top 5 web hosting providers compared (speed, uptime, price) – https://hostcompare.dev',
  'Check out our buying guide to the best air purifiers of 2026: https://airpure-guide.com',
  'Рейтинг лучших онлайн-казино 2026 с выводом на карту: https://casino-rating.top',
  'ТОП-10 лучших роботов-пылесосов 2026 года — сравнение и отзывы: https://pylesos-top.ru',
  'Мы протестировали 12 VPN-сервисов, вот лучшие для России: https://vpn-obzor.net',
  'Лучшие кредитные карты 2026: рейтинг и сравнение условий — https://karty-rating.ru',
  '2026年十大扫地机器人品牌排行榜，亲测推荐：https://saodi-top10.cn',
  '十大翻墙VPN推荐，实测好用 https://vpn-tuijian.com',
  '2026最好用的蓝牙耳机评测对比，看这里 https://erji-pingce.cn',
];

/** Readers who name a ranking, a review or a comparison (genuine). */
export const ROUNDUP_GENUINE: readonly string[] = [
  'Kazakhstan is now in the top 10 of wheat exporters, according to the FAO: https://www.fao.org/markets',
  'The best analysis of the pipeline deal I have read is in The Diplomat: https://thediplomat.com/2026/11/',
  'We compared the two routes last year for our company and rail won on time, not on cost.',
  'Top 3 reasons the summit mattered, in my view: the railway, the gas price and the visas.',
  'The World Bank ranked Uzbekistan among the top 10 improvers in 2026: https://www.worldbank.org/en/news',
  'Best decision Astana made in 2026 was the visa-free regime, tourism is up 40%.',
  'Is there a review of the new Almaty–Urumqi sleeper train? Our team takes it in March.',
  'I tested both e-visa portals last week: the Uzbek one took 2 days, the Kyrgyz one 5.',
  'Рейтинг Казахстана в Doing Business вырос, но это было до отмены индекса: https://www.worldbank.org',
  'Мы сравнили цены на бензин в Бишкеке и Алматы, разница почти 20 процентов.',
  'Лучший обзор этого соглашения был у Курсива: https://kz.kursiv.media/2026-11-30/',
  '中国十大贸易伙伴中哈萨克斯坦排名上升，详见海关总署数据：http://www.customs.gov.cn',
  '我们公司对比了铁路和公路运费，铁路便宜大约一成。',
  '有没有人写过这条铁路的详细评测？想了解换轨的情况。',
];

/** Spun praise templates followed by a bare keyword tail, no link (spam). */
export const PRAISE_TAIL_SPAM: readonly string[] = [
  'Nice post. I learn something new and challenging on blogs I stumbleupon everyday. Cheap car insurance quotes',
  'Way cool! Some extremely valid points! I appreciate you penning this write-up and the rest of the site is very good. Roof repair Denver',
  'It’s hard to find knowledgeable people about this topic, but you seem like you know what you’re talking about! Thanks. Hair transplant Istanbul',
  'I’m really enjoying the design and layout of your site. It’s a very easy on the eyes which makes it much more enjoyable for me to come here and visit more often. Web design agency London',
  'Appreciating the commitment you put into your blog and in depth information you present. Buy Instagram likes',
  'Hi there! This post could not be written any better! Reading through this post reminds me of my previous room mate! Used tires wholesale',
  'Greetings! Very helpful advice within this article! It is the little changes that make the biggest changes. Thanks a lot for sharing! Mold removal Chicago',
  'Your style is really unique compared to other people I’ve read stuff from. Thank you for posting when you have the opportunity. Cheap essay writing service',
];

/** Readers who praise and then say something short (genuine). */
export const PRAISE_TAIL_GENUINE: readonly string[] = [
  'Great piece, thanks. Visa-free travel to Tashkent since January.',
  'Very informative. Railway workers in Naryn still unpaid.',
  'Good article! Greetings from a fellow logistics manager in Khorgos.',
  'Thanks for this. Cheap Chinese cars everywhere in Bishkek now.',
];
