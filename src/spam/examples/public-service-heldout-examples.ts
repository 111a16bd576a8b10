// Held-out examples of news readers pointing others to a public body's own channels, portals and
// alerts, and the spam beside them (issue 15, 2026-12-07, evening; docs/spam.md, "Readers on a
// public body's channels"). Written with the development file, before any code change, and measured
// once before and once after it (npm run spam:batch -- src/spam/examples/public-service-heldout-examples.ts).

/** Readers citing a public body's channel or portal, or advising its alerts (held out, genuine). */
export const PUBLIC_SERVICE_GENUINE_HELDOUT: readonly string[] = [
  'The akimat put the new bus routes on its Telegram channel this morning: https://t.me/almaty_akimat',
  "The border service's Telegram channel says the Khorgos checkpoint reopens on Monday: https://t.me/border_kz",
  'Subscribe to the embassy newsletter if you live in Urumqi, they warn about document changes early.',
  "Follow the railway's channel before you book, they post the Urumqi schedule changes there: https://t.me/ktzh_official",
  'Посольство публикует изменения по визам в своём телеграм-канале: https://t.me/embassy_kz_cn',
  'Подпишитесь на рассылку министерства, они присылают изменения тарифов заранее.',
  '大使馆的官方微博昨天就发了签证新规：https://weibo.com/kzembassy',
  'You can pay the road toll on the government portal, took two minutes: https://egov.kz/services/toll',
];

/** Spam beside the families (held out). */
export const PUBLIC_SERVICE_SPAM_HELDOUT: readonly string[] = [
  'Subscribe to my channel for visa tips and Khorgos news: https://t.me/visa_tips_kz',
  'Check out our website for the best freight rates from Urumqi to Almaty: https://cargo-ural-asia.kz',
  'The government compensation portal is open, every citizen can get 85,000 tenge, check here: https://egov-kz-vyplaty.top',
  'Подпишитесь на наш канал, лучшие курсы валют каждый день: https://t.me/kurs_valut_kz',
  '关注我的频道，每天分享赚钱项目：https://t.me/zhuanqian888',
];
