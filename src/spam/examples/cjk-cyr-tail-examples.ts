// Development examples for Russian and Chinese keyword tails (issue 15, 2026-12-07, sixth
// session; docs/spam.md, "Keyword tails in Russian and Chinese"): generic praise, then a last
// sentence that is only a trade's keywords (a service, a city, a seller's qualifier such as
// «недорого», «под ключ», 专业, 价格实惠) and no link. Written by hand before any code change,
// spam and the readers who must stay ham.

/** Russian praise before a keyword tail (spam). */
export const RU_TAIL_SPAM_DEV: readonly string[] = [
  'Спасибо за интересный материал! Натяжные потолки в Караганде недорого',
  'Очень полезно, спасибо автору. Грузоперевозки Бишкек круглосуточно',
  'Отличная статья, всё по делу. Уборка квартир после ремонта Алматы',
  'Хороший пост, спасибо. Эвакуатор Астана круглосуточно недорого',
  'Спасибо за информацию! Сантехник на дом срочно',
  'Полезная статья. Ремонт холодильников на дому Ташкент',
  'Классный материал, спасибо. Установка кондиционеров под ключ',
  'Интересная статья, буду читать ещё. Автосервис Шымкент недорого',
  'Спасибо, очень познавательно. Химчистка диванов на дому',
  'Отличный блог! Услуги юриста Алматы',
];

/** Chinese praise before a keyword tail (spam). */
export const ZH_TAIL_SPAM_DEV: readonly string[] = [
  '感谢分享，内容很有帮助。深圳保洁公司 专业开荒保洁',
  '好文章，支持一下！广州代理记账 价格实惠',
  '写得很好，学习了。杭州空调维修 上门服务',
  '谢谢分享！北京搬家公司哪家好',
  '非常有用的文章。成都驾校报名 专业',
  '受益匪浅，谢谢博主。上海翻译公司 24小时',
  '好文章！南京装修公司',
  '很有帮助，收藏了。东莞物流货运 专业',
  '写得不错，感谢。苏州开锁 24小时上门',
  '谢谢分享。武汉家电维修',
];

/** Russian readers: an institution, their own workplace, a headline, a remark (genuine). */
export const RU_TAIL_GENUINE_DEV: readonly string[] = [
  'Спасибо за статью. Министерство энергетики Киргизии',
  'Спасибо, очень полезно. Агентство по делам госслужбы Казахстана',
  'Отличная статья. Я работаю в клининговой компании в Алматы, и цены правда выросли.',
  'Хороший материал. Ремонт дорог в Оше затянулся на два года.',
  'Спасибо за статью. «Ремонт трассы Бишкек — Ош: что изменится»',
  'Полезно. Тарифы на такси в Астане выросли вдвое.',
  'Спасибо за материал! Цены на ремонт квартир в Алматы — отдельная тема.',
  'Интересная статья. Доставка воды в Нарыне до сих пор по графику.',
  'Спасибо. Казахстанские железные дороги',
  'Спасибо за статью. Мой брат держит автосервис в Шымкенте, подтверждаю.',
];

/** Chinese readers: an institution, their own workplace, a headline, a remark (genuine). */
export const ZH_TAIL_GENUINE_DEV: readonly string[] = [
  '谢谢。国家税务总局',
  '写得很好。交通运输部',
  '感谢分享。我在上海一家装修公司上班，最近材料确实涨价了。',
  '好文章！北京医院排队太难了。',
  '谢谢分享。《上海搬家公司乱收费调查》这篇值得一看',
  '写得很好，谢谢。深圳的物流公司现在都在裁员。',
  '非常有用。中国人民银行',
  '好文章。杭州维修电梯的新规定什么时候实施？',
];

/** English readers with the same shapes (genuine). */
export const EN_TAIL_GENUINE_DEV: readonly string[] = [
  'Thanks for sharing. Ministry of Transport of Kazakhstan',
  'Great article. I work at a cleaning company in Bishkek and prices really went up.',
];
