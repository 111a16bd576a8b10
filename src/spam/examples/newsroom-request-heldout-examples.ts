// Held-out batch of "real readers the filter still holds or sends to spam" (2026-12-07, fourth
// session): the shapes of newsroom-request-examples.ts in other wording, by other imagined writers,
// and the spam that imitates them; written before any code change and measured once, at the end.
// English, Russian and Chinese, by hand; no text is taken from the public data sets.

/** Genuine readers and journalists (held out). */
export const GENUINE_HELDOUT: readonly string[] = [
  'Very useful, thank you. Please do a follow-up after the SCO summit, especially on the payment system.',
  'Please share where the 40 million tonnes figure comes from, the ministry says 35.',
  'Can you please check the date in the third paragraph? The agreement was signed in 2024, not 2023.',
  'Please update the article, the border reopened this morning according to the customs service.',
  'Any chance of a follow-up interview with the railway engineers? Please!',
  'Please translate this into Kazakh too, my parents would read it.',
  'Уважаемая редакция, пожалуйста, уточните источник данных по экспорту газа.',
  'Сделайте, пожалуйста, материал о том, как теперь оформлять визу в Китай, многим нужно.',
  'В третьем абзаце ошибка: Ташкент — Кашгар, а не Ташкент — Урумчи. Поправьте, пожалуйста.',
  'Будет ли продолжение про Рогунскую ГЭС? Очень ждём.',
  '请问文中的贸易额数据出自哪里？能否附上链接？',
  '第二段的时间好像写错了，应该是2025年，麻烦核实一下。',
  '期待后续报道，尤其是中吉乌铁路的融资问题。',
  'Radio Azattyk had a longer version: https://rus.azattyk.org/a/33000000.html and Vecherniy Bishkek too: https://www.vb.kg/doc/450000_granica.html',
  'МК и Известия вышли с разными цифрами: https://www.mk.ru/economics/2026/05/02/gaz.html https://iz.ru/1800000/2026-05-02/gaz',
  'News.mn says the coal deal is on hold: https://news.mn/r/2800000/',
  '中国新闻网的英文版也有：https://www.ecns.cn/news/2026-05-03/detail-ihfabcde.shtml',
  'Does anyone know if bilet-avtobus.kg is a real company? The prices look too low.',
  '有谁用过 kuajing-huikuan.com 汇款吗？是不是骗子？',
  'Я корреспондент «Азаттыка», ищу людей, которых не пустили через границу в Иркештаме. Напишите мне, пожалуйста: kanat.reporter@proton.me',
  'Reporter with The Diplomat here. If you work on the Kambarata dam project and are willing to talk, please get in touch: lee.chen@thediplomat.com',
  '我是澎湃新闻记者，想了解中亚班列司机的工作情况，愿意接受采访的朋友请联系 zhou@thepaper.cn',
];

/** Spam that imitates a reader's request, a source, a question or the press (held out). */
export const SPAM_HELDOUT: readonly string[] = [
  'Please follow me on Instagram @easy_money_kz, I show how I earn 500$ daily!',
  'Great video! Please check my channel, I post the same content but better, sub back!',
  'Please share this post: free iPhone giveaway, claim your prize at free-gifts-2026.top',
  'Пожалуйста, проверьте свои долги: спишем кредиты законно, звоните +7 705 555 6677',
  '请大家关注我的公众号，每天发布日赚500元的兼职信息，加微信 jianzhi518',
  'Does anyone want cheap visas? visa-kz-fast.com processes in 24 hours, WhatsApp +7 777 555 1122',
  'Кто ещё не пробовал казино vulkan-bonus777.ru? Бонус 200% на первый депозит!',
  'Редакция нашего портала ищет авторов новостей, оплата 2500 за текст, опыт не нужен, пишите в тг @portal_avtory',
  'I am an editor at a big news site and we pay $50 per article, no experience needed, contact me on WhatsApp +1 202 555 0143',
  '我是记者，兼职写稿月入过万，想了解的加微信 jizhe8888',
];
