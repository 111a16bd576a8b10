// Russian spam that spells a domain's dot as a word («keysoft точка ру», «zaim-online тчк ком») so
// that no link shows, and genuine Russian comments where «точка» is the ordinary word ("point",
// "a point on the map", «точка зрения»). Written before any code change (2026-12-07, eighth
// session); ru-dot-heldout-examples.ts was written at the same time and is measured once after.

/** Spam: a shop, loan or betting site named with «точка» / «тчк» and a top-level domain. */
export const RU_DOT_SPAM_DEV: readonly string[] = [
  'Лицензионные ключи Windows 10 от 390 рублей, заходите на keysoft точка ру',
  'Займы без отказа за 5 минут на карту, сайт zaim-bystro точка ком',
  'Ставки на спорт с бонусом 100%, регистрация на betwin24 точка нет',
  'Кто ищет дешёвые авиабилеты в Урумчи, смотрите avia-deshevo тчк ру, там скидки',
  'Работа на дому, доход от 3000 в день, подробности на rabota-doma точка рф',
  'Накрутка подписчиков и лайков недорого: smm-raketa точка ру',
  'Виза в Китай за 3 дня без очереди, оформление на visa-china точка ком, звоните',
  'Реплики часов Rolex и Omega, доставка по Казахстану: replica-watch точка кз',
];

/** Genuine: «точка» as the word itself, and a reader naming an official site in words. */
export const RU_DOT_GENUINE_DEV: readonly string[] = [
  'С моей точки зрения, новый тариф на транзит через Хоргос ударит по мелким перевозчикам.',
  'Точка пересечения границы в Нур Жолы работает круглосуточно только с прошлого года.',
  'Последняя точка маршрута поезда — Урумчи, а не Кашгар, поправьте в статье.',
  'Точка кипения в переговорах по газопроводу — цена, а не объём, и это видно из заявления.',
  'Поставил точку в споре с таможней только после третьего визита, всё заняло месяц.',
  'Интернет-магазин ру сегмента тут ни при чём, речь о китайских площадках.',
  'Сайт посольства пишется kazembassy точка cn, если кто не может найти, там новые правила.',
  'На карте эта точка выглядит ближе к Алматы, чем на самом деле: дорога идёт в обход гор.',
];
