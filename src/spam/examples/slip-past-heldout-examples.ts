// Held-out examples of the four kinds in slip-past-examples.ts (issue 15, 2026-12-07), written
// with other wording before any code change and scored once at the end.

/** Spam of the four kinds (held out). */
export const SLIP_SPAM_HELDOUT: readonly string[] = [
  'Get premium BTC signals for free, 92% accuracy last month, telegram @btc_calls_daily',
  'Our forex channel made +340% profit this quarter, join free: t.me/fxprofitclub',
  'Точные сигналы по бинарным опционам, прибыль до 80% в день, канал @binary_signals_kz',
  '带单老师免费喊单，收益稳定月赚30%，加微信 ks5566',
  'Удаленная работа, оплата ежедневно, напиши в телеграм @work_easy_kz',
  'Срочно нужны люди на подработку, все вопросы в тг @manager_alina',
  'Windows 10 Pro activator free download, works 100%: winkey.xyz',
  'Free CorelDraw crack with keygen at soft-crack.icu',
  'Скачать Microsoft Office бесплатно крякнутый на office-free.top',
  'We had mould in the bathroom, they cleaned it the same day. Top cleaning company in Bishkek — call now!',
  'Потек кран на кухне, мастер всё сделал за полчаса. Лучшая сантехническая служба Астаны — звоните!',
];

/** Genuine comments of the same surface (held out). */
export const SLIP_GENUINE_HELDOUT: readonly string[] = [
  'Trading signals groups with 92% accuracy are a scam, the regulator in Astana warned about them.',
  'I have traded BTC since 2017 and lost 40% twice, nobody can predict it.',
  'Сигналы по опционам — пирамида, АФР уже заблокировало десятки таких каналов.',
  'Официальный канал посольства Китая в Казахстане — @chinaembassy_kz, там расписание приёма.',
  'Пишите в тг редакции @silkroad_news, если видели очередь на границе.',
  'My son installed a cracked Office and the bank app stopped working, please buy licences.',
  'The plumber in our building fixed the leak in an hour, call the KSK if you have the same problem.',
  '免费喊单群都是割韭菜的，别信。',
];
