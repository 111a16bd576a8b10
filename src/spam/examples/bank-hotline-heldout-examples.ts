// Held-out examples of issue 15's "stop flagging real readers" (2026-12-07, late; see
// bank-hotline-examples.ts): scored on main before the change and once after it, never used while
// writing the guard. English, Russian and Chinese.

/** Genuine readers' accounts with a hotline (held out): must stay ham. */
export const BANK_HOTLINE_GENUINE_HELDOUT: readonly string[] = [
  'The credit union reversed the late fee after I called their member line at 1-800-555-0181 and explained the mail delay.',
  'Our flight was overbooked, I phoned the airline helpline 1-877-555-0134 and they gave us vouchers and a hotel.',
  'My internet provider charged me twice in October. I called customer care at 1-888-555-0155 and got the money back.',
  'When my wallet was stolen I called the bank hotline 0800 555 0170 and they froze everything within minutes.',
  'Я пожаловался в банк на двойное списание, по горячей линии 8 800 555 44 33 мне вернули 1 800 рублей.',
  'Авиакомпания потеряла наш багаж, позвонили на горячую линию 8 800 555 90 90, чемодан привезли на следующий день.',
  'Мобильный оператор вернул мне 600 рублей за навязанную услугу после звонка на номер поддержки 8 800 555 22 11.',
  '行李丢了，我打了机场和航空公司的服务热线95583，两天后送到家了。',
  '银行卡被冻结后我打了客服电话95533，说明情况后当天就解冻了。',
];

/** Fake support and booking spam of the same surface (held out): must still be caught. */
export const BANK_HOTLINE_SPAM_HELDOUT: readonly string[] = [
  'Chase bank customer service number 1-866-555-0191, call now toll free, our experts resolve login and card issues 24/7.',
  'American Airlines reservations phone number 1-833-555-0108: call our travel agents for cheap tickets and refunds.',
  'McAfee support number 1-800-555-0130, Avast helpline number, AVG support phone number, call our certified technicians.',
  'PayPal refund helpline 1-844-555-0119 toll free, call for any refund or account problem, available 24/7.',
  'Горячая линия Яндекса 8 800 555 00 99, звоните круглосуточно, техподдержка решит любые проблемы с аккаунтом.',
  'Номер поддержки Госуслуг 8 800 555 11 00 — бесплатный номер, звоните, наши операторы помогут 24/7.',
  '苹果客服电话400-555-0166，24小时售后服务热线，ID被锁请拨打。',
  '京东客服电话400-555-0177，退款人工客服，全国统一热线。',
];
