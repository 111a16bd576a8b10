// Development examples of four kinds that slipped past the shipped model (issue 15, 2026-12-07;
// docs/spam.md, "Signal groups, tg recruitment, cracked downloads, SEO stories ending in a call"):
// (1) forex/crypto "signal group" invitations with an accuracy or profit claim and a handle,
// number or link, (2) Russian recruitment with a Telegram handle, (3) cracked-software downloads on
// cheap TLDs, (4) an SEO story that ends with a call to a local business. Beside them genuine
// comments of the same surface that must stay published (traders without a channel, warnings about
// signal groups, an embassy's or a journalist's own handle, a reader asking where to get a licence,
// a story about a plumber with no call). Written before any code change (held out:
// slip-past-heldout-examples.ts).

/** Signal-group invitations (development set). */
export const SLIP_SIGNALS_SPAM_DEV: readonly string[] = [
  'Join our Telegram for free forex signals, 90% accuracy @fx_signals_pro',
  'Free crypto signals every day, 85% win rate, join t.me/cryptowhales_vip',
  'VIP gold signals with 95% accuracy, DM me on Telegram @goldtrader_fx',
  'Бесплатные сигналы по крипте в нашем канале, точность 95%, @crypto_signal_ru',
  'Сигналы по форексу с точностью 90%, вступай в канал t.me/forex_profit_ru',
  '免费带单，胜率90%，加微信 fx8899',
  '专业喊单群，准确率95%，每天稳赚，加V：hd6677',
];

/** Genuine comments about trading or signal groups (development set). */
export const SLIP_SIGNALS_GENUINE_DEV: readonly string[] = [
  'I trade forex myself and no strategy gives 90% accuracy; the tenge moved 3% on this news alone.',
  'Beware of Telegram signal groups promising 90% accuracy, my uncle lost $2,000 to one.',
  'Сигналы по крипте в телеграме с точностью 95% — это развод, не ведитесь.',
  'Курс юаня к тенге за неделю вырос на 2%, трейдеры в Алматы ждут решения Нацбанка.',
  '那些所谓免费带单、胜率90%的群都是骗子，大家千万别加。',
  '人民币汇率这周涨了1%，做外贸的朋友都在讨论。',
];

/** Russian recruitment with a Telegram handle (development set). */
export const SLIP_RECRUIT_SPAM_DEV: readonly string[] = [
  'Пиши в телеграм @rabota_online24 — расскажу подробнее',
  'Нужны люди на удалёнку, пишите в тг @hr_udalenka',
  'Ищу помощников, работа с телефона, пиши в телегу @job_kz_2026',
  'Набираю команду, свободный график, всё расскажу в тг @marina_hr',
  'Требуются сотрудники на удаленную работу, подробности в телеграм @vakansii_astana',
];

/** Genuine comments with an official or a journalist's handle (development set). */
export const SLIP_RECRUIT_GENUINE_DEV: readonly string[] = [
  'Посольство Казахстана в Пекине пишет в телеграм @kazembassy_cn, что запись на визы открыта.',
  'МИД опубликовал разъяснение в своём телеграм-канале @mfa_kz, читайте там.',
  'Я автор статьи, пишите мне в телеграм @aigerim_journalist, если есть что добавить.',
  'Мой брат нашёл работу на удалёнке через hh.kz, без всяких телеграм-каналов.',
  'Ищу людей, которые были на границе в Хоргосе в марте, пишите в тг @reporter_kz, готовлю материал.',
];

/** Cracked-software downloads on cheap TLDs (development set). */
export const SLIP_CRACK_SPAM_DEV: readonly string[] = [
  'Download Windows 11 activator free softkeys.top',
  'Office 2021 crack full version, free download at crackfiles.xyz',
  'Adobe Photoshop 2025 cracked, no virus, download keygen-hub.icu',
  'Активатор Windows 10 скачать бесплатно activator-win.top',
  '破解版Photoshop免费下载，pojie.xyz',
];

/** Genuine comments about software, licences or a site (development set). */
export const SLIP_CRACK_GENUINE_DEV: readonly string[] = [
  'Our school still cannot afford Windows 11 licences, the ministry promised them for 2027.',
  'Do not download an activator from some .top site, my laptop got a trojan that way.',
  'Где купить лицензию Windows в Бишкеке? На сайте Microsoft оплата картой не проходит.',
  'The ministry portal moved to a .kz domain, the old link is dead.',
  '学校电脑都装了正版Windows，教育局统一采购的。',
];

/** SEO stories ending with a call (development set). */
export const SLIP_SEO_SPAM_DEV: readonly string[] = [
  'Our pipe burst at night and we fixed the leak in an hour. Best plumbers in Almaty — call today!',
  'Last winter our boiler failed twice, then these guys replaced it in a day. Best heating service in Astana, call now!',
  'My car broke down near Shymkent and they towed it in 30 minutes. Fastest tow trucks in town — call us today!',
  'Прорвало трубу ночью, мастер приехал за час. Лучшие сантехники Алматы — звоните сегодня!',
  '家里水管爆了，师傅一小时就修好了。乌鲁木齐最好的水管维修，今天就打电话！',
];

/** Genuine stories about a repair or a service, with no call (development set). */
export const SLIP_SEO_GENUINE_DEV: readonly string[] = [
  'Our pipe burst at night too; the city water service came in an hour, credit where it is due.',
  'The best plumbers in Almaty all left for Russia, that is the real story here.',
  'Прорвало трубу, три дня не могли дозвониться в КСК. Звоните в акимат, только так помогает.',
  'If your heating is off, call 109 today, the akimat hotline actually answers.',
  '我们小区水管也爆了，物业一个小时就修好了，点赞。',
];
