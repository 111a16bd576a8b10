// Held-out examples for affiliate roundups and spun praise tails (issue 15, 2026-12-07, fourth
// session; docs/spam.md, "Affiliate roundups and spun praise tails"): other products, wordings and
// templates, written before any code change and measured once, after it.

/** Spam (held out). */
export const ROUNDUP_SPAM_HELDOUT: readonly string[] = [
  'The 9 best electric toothbrushes of 2026, reviewed by dentists: https://smile-gear.net',
  'Top 6 password managers tested in 2026 → https://passguard-review.com',
  'Need a new laptop for university? We tested 20 of them, full ranking: https://laptop-lab.io/students',
  'Best protein powder for women 2026 | top 12 picks https://fitpick.shop/protein',
  'ТОП-7 лучших букмекеров 2026 с бонусом: https://bk-reiting.com',
  'Рейтинг лучших курсов английского языка 2026 — обзор и отзывы https://eng-kursy-top.ru',
  '2026年十大理财APP排行榜，亲测靠谱：https://licai-top.cn',
  'Nice post. I learn something totally new and challenging on websites I stumbleupon every day. Best SEO company in Karachi',
  'I blog frequently and I really thank you for your content. This great article has truly peaked my interest. Kitchen remodeling Austin',
  'Howdy! I simply want to give you a big thumbs up for your great info you have right here on this post. Dog grooming near me',
];

/** Genuine (held out). */
export const ROUNDUP_GENUINE_HELDOUT: readonly string[] = [
  'Uzbekistan entered the top 20 cotton producers again in 2026, per ICAC: https://icac.org/DataPortal',
  'The best map of the route I have seen is on the ministry site: https://mintrans.gov.kg/map',
  'We tested the new customs app at Dostyk this week: it crashed twice but the queue was shorter.',
  'Which of the three e-visa agencies is the best? The official one charges $20 less.',
  'Рейтинг вузов Казахстана за 2026 год опубликовало министерство: https://www.gov.kz/memleket/entities/edu',
  'ТОП-5 торговых партнёров Кыргызстана по итогам года: Китай, Россия, Казахстан, Узбекистан, Турция.',
  '请问有没有中吉乌铁路沿线城市的排名？哪个站点货运量最大？',
  'Thanks for the update. Border queues at Torugart still three days.',
];
