// Held-out examples of the spelled-dot change (ru-dot-examples.ts): written at the same time,
// before any code change, and measured once before and once after it.

/** Spam: a domain spelled with «точка» / «тчк» (held out). */
export const RU_DOT_SPAM_HELDOUT: readonly string[] = [
  'Дипломы любых вузов с проводкой, заказ на diplom-pro точка ру',
  'Быстрые кредиты онлайн без справок: credit-fast тчк ком',
  'Скачать взломанные игры бесплатно без регистрации, igry-torrent точка нет',
  'Казино с выводом на карту, бездепозитный бонус на vulkan777 точка ру',
  'Продаю базы клиентов по всем регионам, пишите, сайт bazy-klientov точка рф',
  'Грузоперевозки Китай — Казахстан под ключ, дешевле всех, cargo-kz точка ком',
];

/** Genuine: «точка» as a word, and readers naming public sites in words (held out). */
export const RU_DOT_GENUINE_HELDOUT: readonly string[] = [
  'Точка зрения министерства понятна, но цифры по экспорту зерна говорят об обратном.',
  'Новая точка на карте Шёлкового пути — сухой порт в Актау, о нём стоит написать отдельно.',
  'Правила въезда есть на egov точка kz, раздел для иностранцев, проверял вчера.',
  'Точка невозврата для проекта была в 2019 году, когда подписали соглашение.',
  'Запятая вместо точки в таблице тарифов сбивает с толку, 2,5 это процент или доля?',
  'Поставьте точку в этой истории: когда откроют переход для грузовиков?',
];
