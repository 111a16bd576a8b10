// Development examples of contact and support spam (issue 15, 2026-12-07, fifth session;
// docs/spam.md, "Support lines, brand lists, local adverts and messenger sales"): "call <brand or
// service> support / helpline / customer care" with a phone number in any common notation, lists
// of "<brand> support number" phrases with no digits, a local business advert after praise or a
// question, cargo and repair adverts with a phone or messenger, and goods (licence keys, verified
// accounts) sold through a messenger handle; and of readers whose words share the vocabulary: a
// ministry hotline quoted in a news discussion, a complaint about a bank's support, log pastes,
// IP addresses, versions, tracking numbers, a reader naming their employer. Written before any code
// change; the held-out batch is in contact-support-heldout-examples.ts.

/** Support-line, brand-list, local-advert and messenger-sale spam (development set). */
export const CONTACT_SUPPORT_SPAM_DEV: readonly string[] = [
  'Having trouble with your Norton renewal? Call Norton support at +1 (877) 614 2290, our certified technicians fix it remotely 24/7.',
  'Call the Coinbase helpline 1.844.712.0395 if your wallet account is locked, the recovery team answers day and night.',
  'Gmail not syncing? Reach email support on 1-800-674-2293 toll free and an expert will fix it remotely.',
  'HP printer offline fix – call printer help 1–888–290–4416 now, instant assistance.',
  'Antivirus expired or pop-ups everywhere? Our technicians will clean your PC remotely, just call 1 855 203 7781.',
  'Is your Trust Wallet locked? Our support agents can restore access remotely, call +1 (866) 710 3352.',
  'Epson printer support phone number, Canon printer customer service number, Brother printer helpline number, HP printer not printing help, printer offline fix',
  'QuickBooks error code help | QuickBooks payroll support number | Sage customer care contact number | Quicken helpline',
  'Spectrum email login help, AOL mail support number, Yahoo mail customer service, Roadrunner email helpline - get instant help',
  'Looking for reliable movers in Austin? Call Lone Star Moving at 512-468-0187 for a free quote today!',
  'Great article, very helpful! If you need phone screen repair in Leeds, visit FixIt Hub or call 0113 496 0723.',
  'Cargo from Guangzhou to Almaty door to door, air and rail, fast customs. WhatsApp +86 139 2234 5871',
  'Windows 11 Pro licence keys, lifetime activation, only $9. DM me on telegram @keysdealer',
  'Selling verified Binance and Kraken accounts, KYC done, instant delivery. Telegram: @acc_shop_24',
  'Заблокировали аккаунт на бирже? Звоните в службу поддержки 8 (800) 350-12-47, наши специалисты помогут удалённо.',
  'Техподдержка Касперского, круглосуточно: 8 (495) 127-45-90. Удалим вирусы и активируем лицензию.',
  'Ищете надёжных грузчиков в Казани? Звоните в «ПереездПро» по телефону +7 917 255-43-18, работаем без выходных.',
  'Ремонт стиральных машин и холодильников на дому, выезд мастера за час, тел. 8 (343) 289-61-05',
  'Продаю ключи Windows 10/11 и Office 2021, навсегда, гарантия. Пишите в телеграм @soft_keys_ru',
  'Верифицированные аккаунты Binance и Bybit в наличии, пишите в тг @verif_acc',
  'техподдержка Сбербанка номер телефона, горячая линия Тинькофф бесплатный номер, служба поддержки Авито телефон, поддержка Яндекс Такси номер',
  '微软客服电话 400-820-3651，电脑中毒、系统激活问题，工程师远程帮你解决',
  '交易所账户被冻结？请拨打人工客服热线 400-615-2287，24小时为您服务',
  '广州到阿拉木图物流专线，海运陆运空运，包清关，联系微信 wl88776 或电话 138 2211 4590',
  '出售正版Office永久激活码、Win11密钥，需要的加QQ 2847719365',
  '搬家公司哪家好？推荐顺安搬家，价格实惠，电话 010-6528 7731',
  '支付宝人工客服电话、京东售后客服热线、淘宝客服电话人工服务、美团客服热线',
];

/** Readers whose numbers, hotlines, brands and employers must stay published (development set). */
export const CONTACT_SUPPORT_GENUINE_DEV: readonly string[] = [
  "The ministry's hotline for flood victims is 8 800 100 4050, it worked for my parents yesterday.",
  "I called Halyk Bank's customer service at 7111 three times about the frozen transfer and nobody could tell me anything.",
  "I spent an hour on the phone with my bank's support line (+7 727 259 0777) and they still would not unblock my card.",
  'ERROR 2026-12-06 14:03:22.117 [worker-3] connection to 10.0.4.17:5432 refused after 3 retries (pid 18842, code 57P01)',
  'Upgrading to 4.12.1 fixed the crash for me, but the build from 2024.11.03 still fails on 192.168.1.20.',
  "My parcel's tracking number is LP00581234567890 and it has been stuck at Khorgos customs for two weeks.",
  'I work at Kaspi as a developer and can confirm the app outage was on the payment side, not the network.',
  'Фраза в статье неточная: горячая линия Минздрава 8-800-2000-112 работает круглосуточно, я туда звонил.',
  'Звонил в поддержку Сбербанка по 900, полчаса ждал оператора, так и не помогли с переводом.',
  '我在华为做测试工程师，文中说的那个系统版本号应该是 4.2.0.118，不是 4.2。',
  '消费者协会的投诉电话是 12315，我上个月打过，处理得挺快的。',
  'Does anyone know if the DHL office on Abay street is still open? Their number 8 727 250 1234 never answers.',
  'Our printer at the newsroom kept going offline too; it was the driver version 5.3.2, not the network.',
  'A man called my mother claiming to be Microsoft technical support and asked her to install a remote access app. Please write about these scams.',
  'I moved from Almaty to Astana last year with a moving company and it cost twice what they quoted.',
  'У меня после обновления до версии 2.14.3 сервер 185.22.67.140 отвечает 502, в логе upstream timed out (110).',
  '昨天给招商银行客服打了三次电话，一直转不了人工，卡还是冻结的。',
  'The cargo train from Lianyungang reached Almaty in 9 days, the logistics company I work for tracked every container.',
];
