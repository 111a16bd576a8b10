// Development set of issue 15's "stop flagging real readers" (2026-12-07, late; reader-quotes):
// a reader's warning quoting a loan advert's words, a developer's note whose VPN words sit beside
// a local link, and a command line with a package mirror beside Chinese or Russian text; and the
// spam of the same surface (loan adverts, VPN adverts, adverts with a link). Written before any
// guard change, in English, Russian and Chinese; the held-out batch is reader-quote-heldout-examples.ts.

/** Genuine comments of these shapes (development). */
export const READER_QUOTE_GENUINE_DEV: readonly string[] = [
  "Beware of texts promising guaranteed approval, no credit check — it's a scam, they ask for an upfront fee",
  'My neighbour fell for an "instant approval, call now" loan advert and lost $400 in fees. Please warn your parents.',
  'The so-called lenders promise 100% approval and then demand a fee for insurance. Report them to the police.',
  'Осторожно: смс «одобрение 100%, займ без отказа» рассылают мошенники, потом просят оплатить страховку.',
  '警惕“贷款秒批、不看征信”的短信，都是诈骗，先收手续费再拉黑你。',
  '本地调试用 http://127.0.0.1:5173 ，不需要翻墙',
  '内网部署的话直接访问 http://192.168.1.20:8080/admin 就行，不用梯子',
  'Для локальной разработки открывайте http://localhost:3000 — VPN без логов тут не нужен, всё работает без обхода блокировок.',
  'The docs server runs on http://localhost:8000, no VPN needed, unlike the public mirror which needs one from China.',
  '国内用阿里云镜像快速安装：pip install -i https://mirrors.aliyun.com/pypi/simple/ numpy',
  '装包慢的话提供一个办法，免费镜像：pip install -i https://mirrors.aliyun.com/pypi/simple/ numpy',
  'npm 太慢就换源，速度快：npm config set registry https://registry.npmmirror.com',
  'Если pip качает медленно, быстро помогает зеркало: pip install -i https://mirrors.aliyun.com/pypi/simple/ pandas',
];

/** Spam of the same surface (development). */
export const READER_QUOTE_SPAM_DEV: readonly string[] = [
  'Need cash today? Guaranteed approval, no credit check, apply at quickcashnow.xyz',
  'Instant approval personal loans up to $5,000, call 1-888-555-0142',
  'Займ на карту без отказа, одобрение 99% за 5 минут, оформить: zaim-bystro.ru',
  '贷款秒批，不看征信，当天放款，加微信 daikuan888',
  'Best VPN for China, no logs, unlimited bandwidth, 7 days free: fastvpn.xyz',
  'Рабочий VPN без логов, обход блокировок, 99 руб в месяц: vpn-bystro.ru',
  '稳定翻墙梯子，全球50节点，包月15元：https://tizi-vpn.xyz',
  '专业代办营业执照，快速下证，价格实惠，详情 https://banzheng-fast.com',
  'Ремонт холодильников на дому, быстро, гарантия, звоните: https://remont-holod.ru',
  '提供快速搬家服务，24小时上门，https://banjia-kuai.cn',
];
