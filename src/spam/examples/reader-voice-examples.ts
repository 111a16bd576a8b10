// Development examples of readers whose words share spam's vocabulary (issue 15, 2026-12-07, sixth
// session; docs/spam.md, "Readers' voices: support complaints, public numbers, own income, scam
// warnings"): readers who complain about companies' support lines, pass on a public body's or a
// union's number, talk about their own small business or side project's income, or warn others
// about scam adverts by quoting the adverts' words; and the spam that must stay spam beside them
// (support scams, earnings adverts, loan adverts, a lender posing as a warning). Written before any
// code change; the held-out batch is in reader-voice-heldout-examples.ts.

/** Readers complaining about companies' support (development, genuine). */
export const SUPPORT_COMPLAINT_GENUINE_DEV: readonly string[] = [
  'Spectrum support, Xfinity support and T-Mobile customer care have all kept me on hold for an hour this year, nothing changes until regulators fine them.',
  'Dell support and HP support are equally bad in my experience, the article is right about outsourced call centres.',
  'Amazon customer service refunded me in two days, Walmart support never answered at all.',
  'Calling Microsoft support is pointless, they read a script and close the ticket without fixing anything.',
  'Comcast support, Verizon support and AT&T customer service are all the same: useless scripts and endless transfers.',
  'Техподдержка Ростелекома, поддержка МТС и горячая линия Билайна — везде одно и то же: роботы и ожидание по сорок минут.',
  'Служба поддержки Сбербанка мне так и не помогла, карту разблокировали только в отделении.',
  'У Теле2 поддержка хоть отвечает, а в Мегафоне я неделю не мог дозвониться до оператора.',
  '联通客服、移动客服和电信客服都一样，打过去就是机器人，转人工要等半小时。',
  '京东客服态度还行，淘宝客服只会复制粘贴，投诉了也没用。',
];

/** Readers passing on a public body's or a union's number (development, genuine). */
export const PUBLIC_NUMBER_GENUINE_DEV: readonly string[] = [
  'If your pension has not arrived, please call the support team of the social ministry at 8 800 100 2233, they sorted mine out in one call.',
  'Please call the tax office support line at 1 800 555 0142 before paying anything, they confirmed to me that the letter was fake.',
  'Residents can call the city council helpline on 0300 123 4567 to report the flooded underpass.',
  'Позвоните в поддержку Минтруда по номеру 8 800 707 8888, там объясняют, как оформить пособие.',
  'Мы работаем без выходных уже третий месяц, зарплату задерживают. Звоните в трудовую инспекцию: 8 800 707 8888, я так и сделала.',
  'Работаем по 12 часов без выходных и без доплат. Коллеги, звоните в профсоюз, номер +7 701 555 2233, вместе нас услышат.',
  'Если вас заставляют работать без выходных, звоните в профсоюз: +7 727 355 0101, юрист там консультирует бесплатно.',
  '社保到账有问题可以拨打人社局服务热线12333，我打过，很快就有人接。',
  '我们厂天天加班没有休息日，大家可以打劳动监察热线12333投诉，电话 010-8520 1234。',
  '遇到电信诈骗请拨打110或者反诈专线96110，不要自己去转账。',
];

/** Readers on their own small business or side project's income (development, genuine). */
export const OWN_INCOME_GENUINE_DEV: readonly string[] = [
  'I earn roughly $400 a month from the pro version of my Obsidian plugin, the code is public: https://github.com/ainur-b/obs-kz-calendar',
  'My side project, a Chrome extension for reading Kazakh news, brings in about $150 a month from its paid tier: https://github.com/erlan-t/kz-reader',
  'We made around $6,000 a month from the coffee shop before the rent went up, our figures are on the petition to the city: https://www.change.org/p/save-zhibek-cafes',
  'Our family bakery took in about $8,000 a month last year; the petition with our numbers is here https://www.change.org/p/save-abay-street-bakeries',
  'My wife sells flowers at the bazaar and makes maybe $40 a day in spring, nothing in winter.',
  'Моя пекарня приносила около 300 000 рублей в месяц, пока не подняли аренду, вот наша петиция к городу: https://www.change.org/p/arenda-pekarni',
  'Я получаю тысяч 15 в месяц за платную версию своего плагина для Figma, исходники тут: https://github.com/olga-d/figma-ru-fonts',
  'Наше кафе зарабатывало 200 тысяч в месяц, после ремонта дороги выручка упала вдвое.',
  '我的小面馆以前一个月能赚两万，现在房租涨了一半，我们的请愿在这里：https://www.change.org/p/xiaomianguan',
  '我业余做的一个VS Code插件，付费版每个月有三千块收入，源码在这：https://github.com/wang-li/vsc-pinyin',
];

/** Readers warning about scam adverts, quoting their words (development, genuine). */
export const SCAM_WARNING_GENUINE_DEV: readonly string[] = [
  'Those "make $500 a day from home" adverts on Facebook are scams, my neighbour lost her savings to one.',
  'Anyone advertising "guaranteed approval, no credit check, same day cash" is a loan shark, do not believe them.',
  'If a pop-up says "call Microsoft support at 1-888" and your screen is locked, it is a scam, just restart the PC.',
  'Не верьте рекламе «заработок от 5000 в день без вложений», моя мама так отдала мошенникам 40 тысяч.',
  'Объявления «займ без отказа, деньги за 5 минут, без проверки КИ» — это ловушка, проценты там безумные.',
  'Если вам звонят из «службы поддержки банка» и просят код из СМС, кладите трубку.',
  '网上那些"秒下款、不看征信"的贷款广告千万别信，我表哥借了五千，利息滚到三万。',
  '看到"日赚五百、在家躺赚"的广告就直接拉黑，全是骗人的。',
  '朋友圈里那些"黑户也能贷，当天到账"的广告千万别信，都是套路贷。',
  '那种"远程协助解决账户冻结"的客服电话千万别打，我妈就被骗了。',
];

/** Spam beside those readers: support scams, earnings and loan adverts (development). */
export const READER_VOICE_SPAM_DEV: readonly string[] = [
  'Facing issues with your HP printer? Call HP printer support +1-888-555-0199 toll free, our technicians fix it remotely.',
  'Coinbase support number 1-855-555-0123, call now for wallet recovery 24/7.',
  'Comcast customer service number, Verizon support number, AT&T helpline number, Spectrum tech support number',
  'Техподдержка Windows круглосуточно: +7 495 555 0011, удалим вирусы и настроим компьютер удалённо.',
  '支付宝人工客服电话400-555-0188，24小时服务，账户冻结请拨打，远程协助解决。',
  'I make $700 a month from home with this simple online system, you can too: https://easyincome-now.site',
  'My side hustle pays $350 a day on my phone, anyone can do it, DM me for the link.',
  'Зарабатываю от 5000 рублей в день не выходя из дома, без вложений, пишите в телеграм @dohod_bot',
  '在家用手机每天赚五百，零投资，加微信 zq8899 带你做。',
  'Need cash fast? Guaranteed approval, no credit check, same day payout. Call 1-877-555-0155.',
  'Займ без отказа и проверки КИ, деньги на карту за 5 минут! Звоните 8 800 555 1212',
  '秒下款，不看征信，黑户也能贷，当天到账，加QQ 3344556677',
  'Beware of fake lenders! Only trust LoanStar: guaranteed approval in 5 minutes, call 1-866-555-0177.',
  'Осторожно, мошенники! Настоящий займ без отказа только у нас: 8 800 555 4433.',
  'Мы работаем без выходных! Ремонт холодильников на дому, звоните +7 701 555 9090',
  '别信那些假贷款广告，正规秒下款找我们，无视征信，加微信 dai5566',
];
