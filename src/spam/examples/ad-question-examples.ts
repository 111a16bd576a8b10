// Development and held-out examples of a seller's advert that opens with a rhetorical question
// ("Looking for a reliable forwarder? We handle customs … WhatsApp …") and of readers asking the
// same thing (issue 15, 2026-12-07, third session; docs/spam.md, "Service pitches"). Written before
// the change; the held-out pair measured once.

/** Adverts opening with a question (development set). */
export const AD_QUESTION_SPAM_DEV: readonly string[] = [
  'Need cargo from Urumqi to Almaty? We handle customs and door-to-door delivery, 12 days. WhatsApp +7 701 222 33 44',
  'Ищете доставку из Китая? Доставка под ключ, растаможка включена. Пишите в WhatsApp +7 777 321 65 43',
  '想从义乌发货到塔什干吗？门到门，双清包税，微信 wl7788',
];

/** Readers asking (development set). */
export const AD_QUESTION_GENUINE_DEV: readonly string[] = [
  'Which forwarder goes door to door from Urumqi to Almaty? Ours wants $3,000 per truck, is that normal?',
  'Кто-нибудь знает, какая компания делает доставку под ключ из Иу? Нам предложили 4 доллара за кг.',
  'We used a forwarder for door-to-door delivery last year and lost two pallets. Has anyone had better luck?',
];

/** Held out. */
export const AD_QUESTION_SPAM_HELDOUT: readonly string[] = [
  'Want your goods from Guangzhou in Bishkek fast? Door to door, customs included, best rates. Telegram @cargo_gz_kg',
  'Нужна доставка из Китая в Ташкент? Под ключ, 15 дней, звоните +998 90 555 44 33',
];
export const AD_QUESTION_GENUINE_HELDOUT: readonly string[] = [
  'Does anyone know a forwarder that really goes door to door to Osh? The last one left our boxes in Kashgar.',
  'Подскажите, кто возит из Китая под ключ в Бишкек? Телефон прошлой фирмы больше не отвечает.',
];
