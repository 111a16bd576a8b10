// Held-out examples of contact and support spam and of the readers who write the same words
// (issue 15, 2026-12-07, fifth session; docs/spam.md, "Support lines, brand lists, local adverts
// and messenger sales"). Written with other wording than the development set, before any code
// change, and measured once before and once after it.

/** Support-line, brand-list, local-advert and messenger-sale spam (held out). */
export const CONTACT_SUPPORT_SPAM_HELDOUT: readonly string[] = [
  'Facing issues with McAfee activation? Dial McAfee customer care +1 (888) 471 9920 and get help from experts in minutes.',
  'Blockchain wallet account locked or funds missing? Contact wallet recovery support 1.855.603.2218, we fix it remotely.',
  'Outlook email support phone number, Hotmail password reset helpline, Microsoft account recovery contact number, Office 365 not working help',
  'Canon printer error code help, Epson printer not printing fix, HP printer offline support number, Brother printer customer service',
  'Walmart customer service number, Cash App support number, Venmo helpline, Zelle customer care number, PayPal contact number',
  'Need trusted carpet cleaning in Manchester? Ring SparkleClean on 0161 496 0832 for same-day service.',
  'Nice read! By the way, for cheap and quick laptop repair in Dubai call TechCare at 050 318 4472.',
  'Antivirus keys for Kaspersky, ESET, Norton, 1 year and lifetime, cheapest price, contact me on telegram @av_keys',
  'Selling aged PayPal and verified Coinbase accounts with documents, DM me on Telegram @pp_store',
  'Проблемы с доступом к кошельку? Позвоните в службу поддержки по номеру 8-800-511-37-92, мастер подключится удалённо.',
  'Грузоперевозки из Китая в Алматы, авто и ж/д, растаможка под ключ. Ватсап +7 701 335 28 14',
  'Лицензионные ключи Office 365 и Windows навсегда, дёшево, пишите в телеграм @keys_market',
  'Хороший сайт. Кстати, если нужен ремонт ноутбуков в Москве, звоните в «НоутМастер» 8 (495) 780-34-12',
  '电脑蓝屏、打印机脱机请拨打售后服务热线 400-133-7265，专业工程师远程解决',
  '苹果ID被锁？联系人工客服电话 400 666 8162 立即解锁',
  '出售实名认证的币安账号、欧易账号，量大从优，QQ 1593368204 微信同号',
];

/** Readers whose numbers, hotlines, brands and employers must stay published (held out). */
export const CONTACT_SUPPORT_GENUINE_HELDOUT: readonly string[] = [
  "The tax office's new helpline 1414 kept me on hold for 40 minutes, the article is right about staff shortages.",
  "I rang Air Astana's customer service at +7 727 244 4477 about my refund and got a different answer each time.",
  'Stack trace: at Object.<anonymous> (/srv/app/index.js:118:22), Node v20.11.1, listening on 0.0.0.0:8080',
  'Firmware 3.0.7.221 bricked my router, the vendor forum says to roll back to 3.0.6.',
  "I've been a technician at a printer repair shop in Karaganda for ten years, and the parts shortage is real.",
  'Горячая линия МЧС 112, а для справок по паводку 8 (7172) 55-22-00 — это номер акимата, проверено.',
  '我在中兴工作，这篇文章里说的5G基站数量和我们内部数据差不多。',
  '快递单号 SF1402887734512 在霍尔果斯口岸卡了五天，客服电话一直打不通。',
  'Мой номер заказа 4417-2290, посылка третий день в Бишкеке, поддержка отвечает шаблонами.',
  "Does anyone have a working number for the Chinese embassy's visa section in Almaty? The one on the site, +7 727 270 0221, is always busy.",
];
