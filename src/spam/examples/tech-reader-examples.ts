// Development examples of two families an outside blind evaluation found on a technical blog
// (issue 15, 2026-12-07, seventh session; docs/spam.md, "Technical readers and quiet product
// pitches"). Genuine readers held for moderation: (1) a short comment that is mostly one link to
// official documentation or an issue tracker, (2) a pasted error log or command output with an IP
// address, ports, paths and timestamps, (3) a reader quoting a provider's or vendor's support
// number while complaining or asking. Spam published: (4) software keys sold with the shop written
// "name dot com" or "name[.]com", (5) a branded pill pitch with a link, (6) an essay or thesis
// service offered as a helpful aside, (7) refurbished servers from "our shop". Beside them the
// guards: a reader recommending a product with no shop link, a reader's own question about
// pills, essays or keys, a warning about such scams. Written by hand before any code change
// (held out: tech-reader-heldout-examples.ts).

/** (1) Mostly one link to the docs or an issue tracker (development set). */
export const DOC_LINK_GENUINE_DEV: readonly string[] = [
  'The docs cover this: https://www.postgresql.org/docs/current/pgupgrade.html',
  'Already reported upstream: https://github.com/nodejs/node/issues/51234',
  'See the official guide, section on bind mounts: https://docs.docker.com/engine/storage/bind-mounts/',
  'Known bug, tracked here https://gitlab.com/gitlab-org/gitlab/-/issues/412233 - subscribe to it instead of +1 here.',
  'Answered in the nginx docs: https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_buffering',
  'Fixed in 5.4.2, see the changelog: https://github.com/vitejs/vite/blob/main/packages/vite/CHANGELOG.md',
  'В документации это есть: https://docs.python.org/3/library/asyncio-task.html',
  'Баг уже заведён, вот тикет: https://github.com/microsoft/vscode/issues/198765',
  '官方文档写了：https://kubernetes.io/zh-cn/docs/concepts/services-networking/ingress/',
  '这个问题已经有人提了 issue：https://github.com/vuejs/core/issues/9876',
];

/** (2) Pasted error logs and command output (development set). */
export const LOG_PASTE_GENUINE_DEV: readonly string[] = [
  'Same here after the upgrade:\n2026-12-05 14:02:11 UTC [4121] FATAL: could not connect to server: Connection refused\n\tIs the server running on host "10.0.3.12" and accepting TCP/IP connections on port 5432?',
  'nginx error log:\n2026/12/06 09:14:55 [error] 2231#2231: *18 connect() failed (111: Connection refused) while connecting to upstream, client: 192.168.1.20, server: blog.local, request: "GET /api/health HTTP/1.1", upstream: "http://127.0.0.1:8080/api/health"',
  'ssh -v ends with:\ndebug1: Connecting to 203.0.113.45 [203.0.113.45] port 2222.\ndebug1: connect to address 203.0.113.45 port 2222: Connection timed out',
  'docker ps shows 0.0.0.0:8443->443/tcp and 0.0.0.0:5433->5432/tcp but curl https://localhost:8443 hangs. journalctl: Dec 06 22:41:07 web01 dockerd[912]: level=error msg="failed to bind 0.0.0.0:8443"',
  'traceroute to 8.8.8.8: hop 4 (172.16.0.1) 12.301 ms 11.9 ms, then * * * for hops 5 to 9. My ISP says everything is fine on their side.',
  'pg_dump: error: connection to server at "192.168.10.4", port 5432 failed: FATAL: password authentication failed for user "backup" - from /var/log/postgresql/postgresql-16-main.log at 2026-12-06 03:00:01.118 UTC',
  'У меня то же самое: Dec 07 10:12:03 srv kernel: [UFW BLOCK] IN=eth0 SRC=185.22.14.7 DST=10.0.0.5 PROTO=TCP SPT=51422 DPT=22. Порт 22 закрыт, а логи всё равно сыплются.',
  '报错日志如下：2026-12-07 08:30:12,445 ERROR [main] o.a.k.clients.NetworkClient - Connection to node -1 (/10.1.2.3:9092) could not be established. 端口 9092 是开着的',
];

/** (3) A provider's or vendor's support number quoted in a complaint or a question (development set). */
export const VENDOR_NUMBER_GENUINE_DEV: readonly string[] = [
  'I called 1-800-934-6489 three times about the packet loss and they said it is my router. Anyone had luck getting escalated to a real network engineer?',
  "Dell's support line 1-800-624-9897 told me the BIOS update was safe; it bricked the board. Get it from them in writing.",
  "Called my ISP's hotline 0800 800 150 at 2am when routing broke; the first-line agent had never heard of IPv6.",
  'Is 1-888-225-5322 really the official support number? They asked for remote access to my laptop, which seems odd.',
  'Звонил на горячую линию провайдера 8-800-100-08-00, сказали, что авария на магистрали и починят к утру. Пинг до 8.8.8.8 всё ещё 300 мс.',
  'Техподдержка провайдера по 8 800 555 35 35 ответила, что 25-й порт закрыт для всех, так что почту с домашнего сервера не отправить.',
  '打了宽带客服热线 400-830-8300，说是光猫问题，让我重启，重启三次还是丢包。',
  '我打了运营商客服 400-610-1000 问公网IP的事，客服说家庭宽带不给公网IP了，有人申请成功过吗？',
];

/** Guards: recommendations with no shop link, own questions, warnings (development set). */
export const GUARD_GENUINE_DEV: readonly string[] = [
  "I use JetBrains' All Products Pack at work and the licence is worth it for the refactoring tools alone.",
  'We buy refurbished Dell R740s for the lab; half the price of new and none has failed in three years.',
  'Is it safe to buy a Windows 11 key for $15 from those grey-market sites? Asking before I get burned.',
  'Has anyone actually tried the weight loss pills advertised under every post here? They look like a scam to me.',
  'Warning: the cheap Office key sites in these comments sell volume keys that get revoked after a month. Pay Microsoft.',
  'As a student, does using an essay service only for proofreading count as misconduct at most universities?',
  'PSA: the write-my-thesis services in comment sections are scams, my cousin paid $400 and got plagiarised text.',
  'ThinkPad T480 bought refurbished from a local shop, runs Arch perfectly; refurbished is the way to go for a homelab.',
  'Кто-нибудь покупал ключи Windows за 500 рублей на маркетплейсах? Они вообще работают или их блокируют?',
  'Осторожно: сайты с «дешёвыми лицензиями» Office продают ворованные ключи, через месяц активация слетает.',
  '有没有人在网上买过便宜的Windows激活码？会不会被封？',
  '提醒大家，评论区里卖“代写论文”的都是骗子，别转账。',
];

/** (4) Software keys with the shop written out (development set). */
export const KEY_SHOP_SPAM_DEV: readonly string[] = [
  'Genuine Windows 11 Pro keys for just $12, instant delivery by email. Get yours at keyzone dot com',
  'Office 2021 Professional Plus lifetime licence, $19.99, activates online. Visit softkeyhub[.]com',
  'Need a cheap Windows 10 key? Legit retail keys, 24/7 delivery - cdkeyshop dot net',
  'Lifetime licences for Adobe, Windows and Office at 90% off, all keys work. Look up licencedeal (dot) com',
  'Лицензионные ключи Windows 11 Pro от 390 рублей, моментальная доставка на почту. Сайт: keysoft точка ру',
  '正版Windows 11激活码只要69元，秒发货，永久激活，官网 winkey8 点 com',
];

/** (5) Branded pills with a link (development set). */
export const PILL_SPAM_DEV: readonly string[] = [
  'Generic Cialis 20mg without prescription, discreet shipping worldwide: https://bestmeds-rx.shop/cialis',
  'Lost 12 kg in 6 weeks with Keto Burn Pro, no diet needed. Order here: ketoburnpro-official.com',
  'Try Viagra Soft 100mg, fast acting, the cheapest price online https://pharmaeasy-store.com',
  'Ozempic alternative capsules melt belly fat naturally, 50% off today → slimfit-caps.net',
  'Силденафил 100 мг без рецепта, анонимная доставка по всей России: apteka-muzh.ru',
  '减肥胶囊一个月瘦20斤，不反弹，官网下单 https://shouxing-jiaonang.cn',
];

/** (6) Essay and thesis services as a helpful aside (development set). */
export const ESSAY_SPAM_DEV: readonly string[] = [
  "Great post on Git internals. By the way, if you're a student drowning in deadlines, EssayPro helped me with my thesis last year: https://essaypro-help.com",
  'Loved this. Off topic, but for any students here: I used writemypapers.org for my dissertation and got an A, totally recommend.',
  'If anyone is stuck with a programming assignment, assignmenthelper.net did my Java homework overnight, worth every penny.',
  "Nice explanation! Students reading this: when I was overwhelmed, a thesis writing service (thesishelp.co.uk) saved my master's.",
  'Спасибо за статью. Кстати, студентам: мне дипломную работу написали на diplom-bystro.ru, сдал на отлично, рекомендую.',
  '写得很好。顺便说一句，学生党论文写不完的话可以找 lunwen-daixie.com，我的毕业论文就是他们帮忙的',
];

/** (7) Refurbished servers and hardware from "our shop" (development set). */
export const HARDWARE_SPAM_DEV: readonly string[] = [
  'Good write-up on ZFS. If you need hardware for this, our shop sells refurbished Dell PowerEdge R730 servers with a 2-year warranty: serverdeals-uk.com',
  'For homelab builders: we stock refurbished HP ProLiant DL380 Gen10 at half price, ships in 24h. Check our store at refurbrack.net',
  'Nice Kubernetes guide. We sell used Supermicro servers and enterprise SSDs, fully tested, best prices in Europe - www.itrefurb.eu',
  'Great benchmarks! Our company offers refurbished Cisco switches and servers with free shipping, visit greenserver-store.com for a quote.',
  'Отличная статья. У нас в магазине восстановленные серверы HP и Dell с гарантией год, доставка по РФ: server-b-u.ru',
  '写得不错。我们店出售二手服务器，戴尔R730、浪潮都有，质保一年，官网 ershou-fuwuqi.com',
];
