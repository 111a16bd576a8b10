// Development examples of news readers pointing others to a public body's own channels, portals and
// alerts (issue 15, 2026-12-07, evening; docs/spam.md, "Readers on a public body's channels"): a
// customs committee's or an embassy's Telegram, VK or WeChat channel, advice to subscribe to a
// railway's SMS alerts or to follow a ministry's channel, a portal or an operator's site named as
// theirs; and the spam beside each family that must stay spam (the writer's own channel, a seller's
// "check out our site", bare channel links, "government compensation" portals on look-alike
// domains). Written before any code change; the held-out file is public-service-heldout-examples.ts.

/** Readers citing a public body's channel (development, genuine). */
export const PUBLIC_CHANNEL_GENUINE_DEV: readonly string[] = [
  'The customs committee posts the new tariffs on its Telegram channel first: https://t.me/kgd_gov_kz',
  "The embassy's Telegram channel had the new visa rules a day before the article: https://t.me/kazembassy_cn",
  'The ministry of transport announced the Khorgos closure on its channel https://t.me/mintrans_kz',
  'The railway posts delays on its VK page: https://vk.com/ktzh_official',
  "Follow the foreign ministry's Telegram channel if you want the statements as they come out: https://t.me/mfa_kz",
  'Таможня выкладывает новые тарифы сначала в своём телеграм-канале: https://t.me/kgd_gov_kz',
  'Минтранс уже написал об этом у себя в канале: https://t.me/mintrans_kz',
  '铁路12306的官方微博发了霍尔果斯口岸的通知：https://weibo.com/12306',
];

/** Readers advising others to subscribe to a public service's alerts (development, genuine). */
export const PUBLIC_ALERTS_GENUINE_DEV: readonly string[] = [
  "Subscribe to the railway's SMS alerts if you travel Almaty–Urumqi, they text delays before the station board shows them.",
  "Subscribe to the customs committee's newsletter, they send the tariff changes a week ahead.",
  "Sign up for the embassy's travel alerts before you go, they email you if the border closes.",
  'Подпишитесь на канал посольства, там все новости по визам раньше, чем в СМИ: https://t.me/embassy_kz_cn',
  '订阅12306的短信提醒，火车晚点会提前通知。',
];

/** Readers naming a public body's or an operator's site or portal (development, genuine). */
export const PUBLIC_PORTAL_GENUINE_DEV: readonly string[] = [
  "Check out the photos from the Khorgos dry port on the operator's site, the scale is unreal: https://khorgosgateway.com/en/gallery",
  'You can check your visa status on the e-visa portal, it took me 3 days: https://evisa.gov.kz/en/status',
  'Check the border crossing queues on the customs site before you go: https://kgd.gov.kz/en/queues',
  'Статус визы можно проверить на портале, у меня заняло 3 дня: https://evisa.gov.kz/ru/status',
];

/** Spam beside the families: own channels, sellers' sites, compensation portals (development). */
export const PUBLIC_SERVICE_SPAM_DEV: readonly string[] = [
  'Subscribe to my Telegram channel for daily news on Central Asia: https://t.me/ca_news_daily',
  'Follow me on Telegram https://t.me/alibek_trader',
  'https://t.me/kgd_gov_kz',
  'Check out our site for cheap tours to Khorgos dry port: https://khorgos-tours.kz',
  'The ministry of finance pays compensation to every citizen, check your status on the official portal: https://gov-kz-payments.top',
  'Government compensation portal is open, check your name on the list: https://egov-kz-kompensaciya.com',
  'Subscribe to our SMS alerts for the best exchange rates, text JOIN to 7755',
  'Министерство объявило выплаты всем гражданам, проверьте себя на портале: https://gosuslugi-kz-vyplata.site',
  '海关的公众号发了补贴领取通知，每人可领2000元，点击领取：https://gov-cn-butie.top',
];
