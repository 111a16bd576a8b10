// Development examples of issue 15's "stop flagging real readers" (2026-12-07, late): readers of a
// news site telling what happened with their own bank, airline or telecom operator and passing on
// its hotline, beside the fake tech-support and booking spam of the same surface ("<brand> support
// number", "call our experts", toll-free with a brand). Written for this change, before any
// pattern change, in English, Russian and Chinese. The held-out batch is
// bank-hotline-heldout-examples.ts.

/** Genuine readers' accounts with a hotline (development set): must stay ham. */
export const BANK_HOTLINE_GENUINE_DEV: readonly string[] = [
  'My bank refunded the double charge after I called the number on the back of my card, 1-800-555-0147. Took ten minutes.',
  'After the airline cancelled our flight I rang their customer service line at 1-888-555-0163 and they rebooked us for free.',
  'I complained to my mobile operator about the roaming bill, their hotline 1-800-555-0110 credited me $85 a week later.',
  'The bank blocked my card after a fraud attempt, I called the helpline 0800 555 0190 and they sent a new one in three days.',
  'Банк вернул 2 300 рублей после жалобы, горячая линия 8 800 555-35-35 работает круглосуточно.',
  'Позвонила на горячую линию авиакомпании 8 800 555 12 34 после отмены рейса, деньги за билет вернули через неделю.',
  'Оператор списал за подписку, которую я не подключал, я позвонил в поддержку по номеру 8 800 555 00 11 и мне всё вернули.',
  'Мою карту заблокировали после подозрительной операции, телефон службы поддержки банка 8 800 555 77 88, разблокировали за час.',
  '航班取消后我打了航空公司的客服电话95539，改签没收费。',
  '上个月信用卡被重复扣费，我打银行客服热线95555投诉，三天后退回来了。',
  '我投诉了运营商乱扣流量费，打10086客服电话，后来退了我四十块。',
  'The telecom overcharged my dad for months; after I called their support number 1-866-555-0172 they refunded all of it.',
];

/** Fake support and booking spam of the same surface (development set): must still be caught. */
export const BANK_HOTLINE_SPAM_DEV: readonly string[] = [
  'Norton customer service number 1-888-555-0123. Call our experts 24/7 for all antivirus errors.',
  'Delta Airlines reservations number 1-800-555-0199, call now to book cheap flights and change your ticket.',
  'Bank of America customer service number 1-888-555-0177 toll free, our certified agents fix all account issues 24/7.',
  'HP printer support number, Epson printer helpline number, Canon support phone number: call 1-855-555-0102 toll free.',
  'Did your bank block your card? Call our experts at 1-844-555-0166, we recover accounts for all banks 24/7.',
  'Coinbase support number 1-877-555-0144, Binance support number 1-877-555-0144, call for wallet recovery.',
  'Горячая линия Сбербанка 8 800 555 11 22 — звоните круглосуточно, наши специалисты решат любую проблему.',
  'Служба поддержки Тинькофф: 8 800 555 66 77. Бесплатный номер, звоните нашим операторам 24/7 по всем вопросам.',
  '微软客服电话400-555-0123，24小时人工客服，解决所有电脑问题。',
  '支付宝客服电话400-555-0188，全国统一服务热线，退款问题请拨打。',
];
