// Held-out examples for tech-reader-examples.ts (issue 15, 2026-12-07, seventh session): the same
// families in other words, written before any code change and measured once before and once after
// (docs/spam.md, "Technical readers and quiet product pitches"). Never tuned on.

/** Genuine: doc and tracker links, pasted logs, quoted support numbers, guards (held out). */
export const TECH_READER_GENUINE_HELDOUT: readonly string[] = [
  'RTFM, kindly: https://git-scm.com/docs/git-rebase#_interactive_mode',
  "There's an open issue for exactly this https://github.com/rust-lang/rust/issues/101234",
  'Официальная документация объясняет, почему так: https://nginx.org/ru/docs/http/ngx_http_core_module.html',
  '官方issue在这里，等修复吧：https://github.com/golang/go/issues/61234',
  "Auth log: Dec 06 18:22:41 gw sshd[1822]: Failed password for root from 45.83.12.9 port 39122 ssh2 - hundreds per hour and fail2ban doesn't pick them up",
  'redis-cli -h 10.20.0.7 -p 6380 ping\nCould not connect to Redis at 10.20.0.7:6380: Connection refused\n(at 2026-12-07T11:03:22Z)',
  'Вывод: curl: (7) Failed to connect to 192.168.0.50 port 9000 after 3 ms: Could not connect to server, файл /etc/minio/config.env на месте.',
  '日志：[2026-12-07 09:12:33] WARN Retrying 172.18.0.4:3306 (attempt 3/5), path=/opt/app/conf/db.yml',
  "Spent 40 minutes on hold at 1-877-696-7786 with my provider only to be told the outage is 'in your area'. Very useful.",
  "Does anyone know if HP's 1-800-474-6836 line can actually escalate a warranty case, or should I just email?",
  'Позвонил в поддержку оператора 8 800 700 8000 - говорят, IPv6 не планируют. Так что туннель через Hurricane Electric.',
  '我打了宽带客服电话 400-820-0000 投诉丢包，他们说要等工程师上门，三天了没人来。',
  "I've been on a Sublime Text licence since 2015, best $99 I ever spent.",
  'Are the cheap Windows keys on eBay legit, or will they be deactivated later?',
  "Don't buy diet pills from comment links, my aunt ended up in hospital.",
  'Не ведитесь на предложения написать курсовую в комментариях - это мошенники.',
  '请问买二手服务器做家庭实验室，戴尔R730还是惠普DL380好？',
  'Honest question: is using ChatGPT to proofread my thesis the same as an essay mill?',
];

/** Spam: keys, pills, essay services, refurbished hardware (held out). */
export const TECH_READER_SPAM_HELDOUT: readonly string[] = [
  'Windows 11 Home retail key, only $9, delivered in 5 minutes, 100% genuine. Shop: cheapkeys4u [dot] com',
  'Ключи активации Office 2021 навсегда всего за 490 р., мгновенная выдача - ищите keymarket(.)ru',
  'Tadalafil 20mg generic, no prescription needed, overnight shipping. Order: rxmeds-direct.net',
  '美国进口减肥药，一周瘦8斤，官网 jianfei-yao.com 下单',
  'Interesting read. Side note for students: I got my capstone report done by paperhelpers.net, they were quick and cheap.',
  'Кстати, если кто учится - мне курсовую на заказ сделали на kursovik-online.ru, недорого и в срок.',
  "If you're building a lab like this, our shop has refurbished Lenovo ThinkSystem servers with warranty, ships worldwide: rackrefurb.com",
  '需要服务器的可以看看我们店，二手戴尔、惠普服务器质保三年，网址 fuwuqi-mall.cn',
];
