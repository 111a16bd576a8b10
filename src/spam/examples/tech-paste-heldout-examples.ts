// Held-out examples of technical pastes (tech-paste-examples.ts, 2026-12-07 late): written at the
// same time as the development lists, before any code was changed, and measured once after the
// change. Nothing in the code was chosen by them.

/** Genuine technical comments (held out). */
export const TECH_GENUINE_HELDOUT: readonly string[] = [
  // English
  'The sample request in the customs API guide is `POST https://api.example.net/v1/manifests` with a JSON body; ours returns 422 on the HS code field, same as the developer in the article complained.',
  'Nginx error log from our Almaty office since the new border rules: `connect() failed (111: Connection refused) while connecting to upstream, upstream: "http://127.0.0.1:8081/"` so it is our side, not the ministry.',
  'Anyone else getting ERR_NAME_NOT_RESOLVED for http://visa-portal.localhost? That is what the downloaded app tries to open, someone shipped a dev build.',
  "Quick note for the data folks: the freight CSV loads with `pd.read_csv('http://10.1.4.22/exports/rail_q3.csv')` only inside the ministry network, the public copy is on the open data portal.",
  'Our tracking script:\n```\nfor id in $(cat containers.txt); do curl -s "https://track.example.com/api?id=$id"; done\n```\nand every container from Lianyungang shows stuck in Khorgos for 9 days, matches your story.',
  'Mirror works fine from Urumqi: `docker pull registry.cn-hangzhou.aliyuncs.com/library/postgres:16`, the Docker Hub block the article mentions does not affect it.',
  // Russian
  'Пример из документации «Астана-1»: `curl -X POST https://api.example.org/declarations -d @decl.json`, но ключ выдают только брокерам.',
  'В логе приложения КТЖ при покупке билета:\n```\nE/Network: Failed to connect to /192.168.100.4:443\n```\nто есть приложение стучится во внутреннюю сеть, отсюда и ошибки.',
  'Если запускаете дашборд по грузопотоку из статьи локально, откройте http://localhost:3000/dashboard, а не ссылку из репозитория.',
  'У меня `wget https://data.egov.kz/api/v4/rail_freight` без ключа отдаёт 401, так что «открытые данные» открыты не для всех.',
  'В конфиге прокси указано `proxy = http://10.10.0.1:3128`, без него сайт визового центра из офиса не открывается.',
  // Chinese
  '接口文档里的例子是 `GET https://api.example.com/v2/quota?port=alashankou` ，我们实际调用时返回 401。',
  '服务器日志：\n```\n[2026-12-03 08:00:12] ERROR dial tcp 172.16.5.9:6379: i/o timeout\n```\n阿拉山口的数据同步又失败了，和文章说的一样。',
  '本地调试用 http://127.0.0.1:5173 打开就能看到管道流量的可视化，不需要翻墙。',
  '`pip install -i https://mirrors.aliyun.com/pypi/simple/ requests` 在新疆的服务器上快很多。',
  '测试域名 http://visa.demo.test 在外网当然打不开，那是开发环境。',
];

/** Spam that uses code formatting or a technical look to carry a real domain (held out). */
export const TECH_SPAM_HELDOUT: readonly string[] = [
  // English
  'Want to trade like a pro? `https://forex-kings.club/vip` 300% monthly profit, limited seats.',
  '```\nCheap Viagra & Cialis — pharmacy-rx24.shop — no prescription\n```',
  'Install our China VPN in one command: `curl -fsSL https://greatvpn.store/install | sh` — 70% off this week!',
  'Download the free crypto bot: http://192.168.0.1 does not work? use https://cryptobot-free.site/download instead, earn 2% daily',
  // Russian
  'Ставки на спорт с бонусом 10000₽: `1xbet-zerkalo.site`, промокод BONUS',
  '```\nКредит без справок за 5 минут — dengi-srazu.online\n```\nпишите в WhatsApp',
  'Работа на дому, до 3000 в день: `http://rabota-doma.top/anketa`',
  // Chinese
  '`https://caipiao-8888.vip` 彩票内部计划，稳赚，加群',
  '代开发票，各种票据 `www.daikai-fapiao.com` 微信同号',
  '```\n免费领取空投 USDT https://airdrop-usdt.xyz/claim\n```',
];
