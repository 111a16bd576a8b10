// Development and held-out examples of readers quoting a customs or border service's hotline, and
// of brokers' adverts with the same words (issue 15, 2026-12-07, third session; docs/spam.md,
// "Customs and border lines"). Written before any code change; the held-out pair measured once.

/** Readers quoting a customs or border service's line (development set). */
export const PUBLIC_LINE_GENUINE_DEV: readonly string[] = [
  'The customs hotline in Almaty is 8 (727) 296-36-36, they told me the new rules start in January.',
  'Горячая линия таможни Казахстана 1414, там подтвердили, что пошлину вернут.',
  'Позвонил в погранслужбу по номеру 8 (7172) 72-29-99, сказали, что переход закрыт до понедельника.',
  '霍尔果斯海关的电话是 0999-8796000，他们说下周恢复通关。',
  'If the truck is stuck, call the border service duty line +7 7172 72 29 99, they answer at night too.',
];

/** Brokers' and fixers' adverts with the same words (development set). */
export const PUBLIC_LINE_SPAM_DEV: readonly string[] = [
  'Customs clearance in 1 day, no inspection, all cargo from China. Call 24/7 +7 701 555 22 11',
  'Растаможка авто под ключ, без очередей на таможне, звоните +7 777 123 45 67',
  '海关清关一条龙服务，包税到门，快速通关，微信 qg8899',
];

/** Held out. */
export const PUBLIC_LINE_GENUINE_HELDOUT: readonly string[] = [
  'Customs service hotline +996 312 51 20 20 answered within a day, the fine was cancelled.',
  'Телефон таможенного поста Достык 8 (72337) 2-12-34, у них новая электронная очередь.',
  '阿拉山口边检站值班电话 0909-6991110，节假日也有人接。',
];
export const PUBLIC_LINE_SPAM_HELDOUT: readonly string[] = [
  'Fast customs clearance at Khorgos, we pay the officers for you, no queue. WhatsApp +86 138 0000 1111',
  'Проведём груз через таможню без досмотра, гарантия, звоните 8 700 999 88 77',
];
