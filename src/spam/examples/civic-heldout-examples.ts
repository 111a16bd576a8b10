// Held-out examples of the civic-notice reading (civic-notice.ts, 2026-12-07): written at the same
// time as civic-examples.ts, before any code was changed, and measured once after the change.
// Nothing in the code was chosen by them.

/** Genuine civic comments (held out). */
export const CIVIC_GENUINE_HELDOUT: readonly string[] = [
  'For readers asking how to help: the American Red Cross takes donations for the tornado victims at redcross.org or 1-800-733-2767.',
  'Save the Children has an appeal for the families in the camps, savethechildren.org',
  'The UN refugee agency is collecting for winter supplies for the refugees, unhcr.org has the details.',
  'Neighbourhood litter pick this Saturday at 9:30, meet outside the post office. All ages welcome.',
  'Memorial service for the miners at the cathedral on Friday at noon, open to the public.',
  'Our missing cat Pepper, black with one white paw, was last seen near Park Lane. Please ring 07700 900321, thank you all.',
  'The council set up an emergency line for residents without heating: 0800 555 0166, open until midnight.',
  'Food bank volunteers needed on Wednesday evenings, sign up at the church hall.',
  'Пункт приёма гуманитарной помощи работает при Доме культуры с 10 до 20, нужны вода и одеяла.',
  'Российский Красный Крест, горячая линия психологической помощи пострадавшим: 8-800-700-44-50.',
  'Во вторник в 18:30 публичные слушания по застройке сквера в администрации района, приходите.',
  '失物招领：在地铁站捡到一个钱包，失主请联系车站服务台。',
  '周六下午社区图书馆有免费的儿童读书会，欢迎家长带孩子参加。',
  '壹基金和红十字会都在为灾区募捐，大家可以通过官方渠道捐款。',
  '市里开通了防汛救灾求助热线 12345，有困难的居民可以打电话。',
  'Thanks for listing the shelters. The Red Cross number for finding family members is 1-800-733-2767.',
];

/** Spam that imitates civic comments (held out). */
export const CIVIC_SPAM_HELDOUT: readonly string[] = [
  'Help the orphans today, send your donation in Ethereum to 0x71C7656EC7ab88b098defB751B7401B5f6d8976F and receive double back.',
  'Hurricane relief: donate iTunes gift cards, send the codes to our coordinator on WhatsApp +1 305 555 0188',
  'Donate now at msf-donation-help.net and get a 50% cashback on your gift!',
  'Victims of the storm can claim 25,000 relief payment today, register at storm-relief-claim.online',
  'Free community seminar: become a millionaire with forex, guaranteed profits, register at fx-freedom-club.com',
  'Sold out concert? Cheap tickets available now, resale with 60% off, DM @ticketking on Telegram',
  'Charity appeal: send money by Western Union to our field agent in Lagos, contact aidagent2026@gmail.com',
  'Lost your pet? Our psychic finds any animal, pay $49 via PayPal, call 1-888-555-0199 now',
  'Помогите детям! Переводите на биткоин-кошелёк, вернём каждому 200%, пишите в телеграм @pomosh_detyam',
  'Всем пострадавшим положена компенсация 100 000 рублей, заполните заявку на kompensaciya-rf.online',
  'Бесплатный вебинар для жителей: заработок от 5000 рублей в день, регистрация по ссылке dohod-doma.site',
  '赈灾补助金发放，每户可领3万元，点击链接 zhenzai-butie.xyz 立即申请。',
  '爱心捐助，请扫码用USDT捐款，捐款返现50%，加微信 aixin2026',
  '社区活动：投资理财讲座，保证每月收益20%，报名加微信 licai888',
  'Red Cross flood grant: every household receives $2,000, register your bank details at redcross-grants.info',
];
