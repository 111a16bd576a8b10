// Held-out examples for Russian and Chinese keyword tails (issue 15, 2026-12-07, sixth session;
// docs/spam.md, "Keyword tails in Russian and Chinese"). Other trades, cities and wording than
// cjk-cyr-tail-examples.ts, written before any code change and measured once before and once after.

/** Spam (held out): Russian. */
export const RU_TAIL_SPAM_HELDOUT: readonly string[] = [
  'Благодарю за статью, было интересно. Вывоз мусора Караганда недорого',
  'Отличный материал! Шиномонтаж круглосуточно Алматы',
  'Спасибо, очень информативно. Бурение скважин под ключ',
  'Полезная информация. Ремонт стиральных машин Бишкек',
  'Хорошая статья, спасибо автору. Строительство домов под ключ Астана',
  'Интересно, спасибо! Юрист по разводам Ташкент',
];

/** Spam (held out): Chinese. */
export const ZH_TAIL_SPAM_HELDOUT: readonly string[] = [
  '感谢分享，写得很好。广州婚纱摄影 价格优惠',
  '好文章，收藏了！重庆搬家公司 电话',
  '很有帮助。西安代办营业执照 专业快速',
  '谢谢博主分享。深圳网站建设 哪家好',
  '受益匪浅！青岛管道疏通 24小时上门',
  '写得真好。天津二手车回收',
];

/** Genuine (held out): Russian. */
export const RU_TAIL_GENUINE_HELDOUT: readonly string[] = [
  'Спасибо за статью. Национальный банк Казахстана',
  'Полезно, спасибо. Служба спасения Бишкека',
  'Хорошая статья. Работаю в автосервисе в Караганде, запчасти подорожали втрое.',
  'Спасибо! Уборка снега в Астане опять провалена.',
  'Отличный материал. Перевозки в Оше стоят теперь как в Москве.',
];

/** Genuine (held out): Chinese. */
export const ZH_TAIL_GENUINE_HELDOUT: readonly string[] = [
  '谢谢分享。国家市场监督管理总局',
  '写得很好。我们公司在成都做物流，运费确实涨了。',
  '好文章！上海的家政服务太贵了。',
  '感谢分享。北京市卫生健康委员会',
  '很有帮助。“广州租车乱象”这个标题起得好',
];
