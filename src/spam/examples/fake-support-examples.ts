// Development and held-out examples of a bank's or a payment app's support impersonated through a
// private messenger ("Kaspi support not answering? Message our operator on Telegram @…", «Пишите
// нашему оператору в тг», 加人工客服微信), and of readers naming a bank's support and a messenger
// (issue 15, 2026-12-07, third session; docs/spam.md, "Support offered in a messenger"). Written
// before the change; the held-out pair measured once.

/** Support impersonated in a messenger (development set). */
export const FAKE_SUPPORT_SPAM_DEV: readonly string[] = [
  'Kaspi support not answering? Message our operator on Telegram @kaspi_help_kz, we unblock any card in 5 minutes',
  'Halyk card blocked? Our support agent will help you on WhatsApp +7 705 111 00 99, 24/7',
  'Служба поддержки Сбербанка 900 не отвечает? Пишите нашему оператору в тг @sber_help_24, решим за 5 минут',
  'Заблокировали карту Каспи? Наш специалист поддержки поможет, пишите в телеграм @kaspi_podderzhka',
  '支付宝客服打不通？加我们的人工客服微信 zfb_kefu88，五分钟解决',
  '微信支付冻结了？联系人工客服QQ 2233445566，马上解冻',
];

/** Readers naming a bank's support and a messenger (development set). */
export const FAKE_SUPPORT_GENUINE_DEV: readonly string[] = [
  'Kaspi support answered me in the app chat within an hour, the card was unblocked the next day.',
  'Beware: someone on Telegram called @kaspi_help_kz pretends to be bank support and asks for your code.',
  'Поддержка Сбербанка ответила мне в чате приложения, а не в телеграме. Все «операторы» в тг — мошенники.',
  '我打支付宝客服95188，人工客服很快就接通了，问题解决了。',
  'Our operator at the depot messaged me on WhatsApp that the container arrived in Dostyk.',
];

/** Held out. */
export const FAKE_SUPPORT_SPAM_HELDOUT: readonly string[] = [
  'Problems with your Payme wallet? Write to our support manager on Telegram @payme_support_uz, fast refund',
  'Карта Халык заблокирована? Напишите нашему менеджеру поддержки в WhatsApp +7 701 000 11 22',
  '银行卡被冻结？添加我们的人工客服微信 yh_kefu01，帮您处理',
];
export const FAKE_SUPPORT_GENUINE_HELDOUT: readonly string[] = [
  'Payme support replied in the official app chat, never on Telegram. Anyone writing from @payme_support_uz is a scammer.',
  'Позвонил в поддержку Халыка по 7111, оператор всё решил за десять минут.',
  '提醒：冒充银行人工客服加微信的都是骗子，银行不会用个人微信联系你。',
];
