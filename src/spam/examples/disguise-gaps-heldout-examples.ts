// Held-out examples of the three disguise gaps (issue 15, 2026-12-07; disguise-gaps-examples.ts
// has the development set): messenger stand-ins with a handle, a number or an ask, relief payment
// spam with the link far from the call, Russian earnings pitches with the adjective after the
// noun, and genuine comments with the same surface. Written before any code change, with other
// wording than the development set; scored once, at the end.

/** Held-out spam. */
export const GAP_SPAM_HELDOUT: readonly string[] = [
  // Messenger stand-ins.
  '办理信用卡，大额度，下卡快，微❤号 xyk2288',
  '兼职打字员，在家就能做，日结，加V❤ dazi666',
  '考试答案提前出，保过，口口：3918274650',
  '出售高仿证件，全国包邮，飞机号 @zhengjian_88',
  'Work from home and make $300 a day, just text me on Whats-app +1 415 555 0166',
  'Crypto investment with guaranteed 20% a week, reach me on telegrm @profit_daily_fx',
  'Срочные займы без проверок, стучите в ватсапп +7 747 555 90 12',
  'Продам базы клиентов, свежие, тг: @baza_prodam',
  // Relief payments, the link far from the call.
  'Your stimulus payment of $2,200 has been approved. To receive it, confirm your bank details within 48 hours, after that the funds go back. Claim link: stimulus-pay-usa.com',
  'Всем пенсионерам положена компенсация за вклады СССР. Проверьте, сколько вам причитается, это бесплатно и занимает минуту. Сайт: https://vklady-sssr.site',
  '政府给每户家庭发放补贴两千元，今天是最后一天，请尽快在下面的网址登记个人信息，逾期不补：https://gov-butie.vip',
  // Inverted earnings pitches.
  'Заработок лёгкий, вывод моментальный, от 2500 в день, пиши в телеграм @lehkie_dengi',
  'Метод проверенный, доход ежедневный, вложений ноль. Подробности в лс',
  'Работа простая, платим каждый день, нужен только телефон, пишите @udalenka_kz',
];

/** Held-out genuine comments that must stay published. */
export const GAP_GENUINE_HELDOUT: readonly string[] = [
  '飞机晚点两个小时，到乌鲁木齐已经半夜了。',
  '灰机终于起飞了，下次再也不买这家的票。',
  '她口口声声说爱国，却把孩子送到国外。',
  '我们单位的扣扣群里有人转了这篇文章。',
  'Our group chat is on WhatsApp, I will share this article there.',
  'The consulate says to contact the embassy on WhatsApp +7 717 270 0000 as their site says, not by email.',
  'Он написал в вотсап, что доехал до Хоргоса, граница открыта.',
  'Тележку в магазине оставили прямо на дороге, чуть не врезались.',
  'The relief payment arrived last week. If you still wait, check the status on the official site: https://egov.kz/cms/en',
  'Пособие на детей можно оформить на Госуслугах. Я подавала заявление в прошлом месяце, всё пришло вовремя: https://www.gosuslugi.ru/',
  '补助金的政策是真的，但只能在政府官网上申请，其他链接都别点：https://www.gov.cn/',
  'Работа простая, но платят мало и задерживают зарплату, не советую этот завод.',
  'Способ простой — записаться через egov и прийти в ЦОН с документами.',
  'Доход стабильный только у тех, кто работает на госслужбе, остальные выживают.',
];
