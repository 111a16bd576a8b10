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

// A second development round, written the same evening before any code change: the same families
// on other hosts, tools, lines and shops.

/** (1) Links to documentation and trackers on other hosts (development set, second round). */
export const DOC_HOST_GENUINE_DEV: readonly string[] = [
  'The docs cover this: https://grafana.com/docs/grafana/latest/alerting/',
  'The docs cover this: https://prometheus.io/docs/prometheus/latest/querying/functions/#rate',
  'Documented here: https://developer.hashicorp.com/terraform/language/state/remote',
  'Known issue: https://bugzilla.redhat.com/show_bug.cgi?id=2254321',
  'Reported on Launchpad: https://bugs.launchpad.net/ubuntu/+source/linux/+bug/2045123',
  'See https://jira.mongodb.org/browse/SERVER-81234, fixed in 7.0.5',
  'The official docs: https://docs.oracle.com/en/java/javase/21/gctuning/',
  'https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html - read the mode section',
  'The docs cover this: https://docs.nvidia.com/cuda/cuda-installation-guide-linux/',
  'This is in the manual: https://man.openbsd.org/pf.conf',
  'Tracked in https://issues.chromium.org/issues/41482345',
  'It is in the FAQ https://www.openssh.com/faq.html',
  'Official answer from the Microsoft docs: https://learn.microsoft.com/en-us/windows-server/administration/openssh/openssh_install_firstuse',
  'Check the release notes: https://www.mysql.com/products/enterprise/',
  'See the docs https://docs.npmjs.com/cli/v10/commands/npm-ci',
  'Docs: https://cloud.google.com/kubernetes-engine/docs/how-to/upgrading-a-cluster',
  'The project tracks it here: https://forum.proxmox.com/threads/kernel-6-8-issues.145123/',
  'Vendor KB article: https://kb.vmware.com/s/article/2147289',
  'This is answered in the Proxmox wiki https://pve.proxmox.com/wiki/Upgrade_from_7_to_8',
  'См. документацию: https://postgrespro.ru/docs/postgresql/16/runtime-config-wal',
  'Тикет в трекере: https://youtrack.jetbrains.com/issue/IDEA-341234',
  'Документация Яндекс Облака: https://yandex.cloud/ru/docs/compute/operations/vm-connect/ssh',
  '官方文档：https://help.aliyun.com/zh/ecs/user-guide/connect-to-a-linux-instance',
  '文档里有：https://docs.pingcap.com/zh/tidb/stable/upgrade-tidb-using-tiup',
  'issue 在这：https://gitee.com/openharmony/docs/issues/I8ABCD',
  'Please read the docs first: https://docs.djangoproject.com/en/5.0/ref/settings/#allowed-hosts',
  'The fix is in the docs, https://tailscale.com/kb/1019/subnets',
  'Answered on the GitHub discussion: https://github.com/orgs/community/discussions/12345',
];

/** (2) Network tools' output and logs (development set, second round). */
export const NETWORK_LOG_GENUINE_DEV: readonly string[] = [
  'Getting this on every deploy:\nERR! connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)',
  '$ nc -zv 10.0.0.12 443\nnc: connect to 10.0.0.12 port 443 (tcp) failed: No route to host',
  'ping 192.168.1.1\nPING 192.168.1.1 (192.168.1.1) 56(84) bytes of data.\n64 bytes from 192.168.1.1: icmp_seq=1 ttl=64 time=0.512 ms\nRequest timeout for icmp_seq 2',
  'netstat -tlnp shows tcp 0 0 0.0.0.0:3000 0.0.0.0:* LISTEN 1422/node but nothing on :443, so the proxy never started',
  'Dec 07 03:14:01 host CRON[22011]: (root) CMD (/usr/local/bin/backup.sh >> /var/log/backup.log 2>&1)\nDec 07 03:14:02 host backup.sh[22012]: rsync error: some files could not be transferred (code 23) at main.c(1338)',
  'My dig output: ;; ANSWER SECTION:\nblog.example.org. 300 IN A 93.184.216.34\n;; Query time: 28 msec\n;; SERVER: 1.1.1.1#53(1.1.1.1)',
  'wg show: peer endpoint 198.51.100.7:51820, latest handshake: 2 minutes, 14 seconds ago, transfer: 1.21 GiB received, 380 MiB sent',
  'From the router log: 2026-12-06 21:40:11 WAN link down, 2026-12-06 21:40:55 PPPoE up, IP 46.12.88.190, DNS 8.8.8.8 8.8.4.4',
  'Mine fails at the TLS step: curl -v https://10.1.1.5:8443/health -> * Connected to 10.1.1.5 (10.1.1.5) port 8443 (#0) * SSL certificate problem: self signed certificate',
  'mtr to 1.1.1.1 from Almaty: hop 3 95.56.0.1 0% loss, hop 6 87.245.233.1 40% loss, 120 ms. Kazakhtelecom peering again.',
  'Логи: 2026-12-07 12:01:33 [warn] upstream timed out (110: Connection timed out) while reading response header from upstream, client: 91.210.4.17, upstream: http://10.8.0.2:9000',
  'Вот что пишет: ssh: connect to host 185.104.45.11 port 22: Connection refused. Файрвол выключен, sshd запущен.',
  'telnet 10.10.1.3 25 висит, а с 10.10.1.4 отвечает 220 mail.local ESMTP Postfix. В /etc/postfix/main.cf mynetworks = 10.10.1.0/24',
  '我这边 ping 223.5.5.5 丢包 30%，traceroute 到第 5 跳 202.97.12.34 就超时了，是不是电信骨干的问题',
  '容器日志：2026/12/07 10:11:12 dial tcp 172.17.0.3:6379: connect: connection refused，/data/redis 目录权限也检查过了',
];

/** (3) Providers' and vendors' lines quoted by readers (development set, second round). */
export const VENDOR_LINE_GENUINE_DEV: readonly string[] = [
  'I called Comcast at 1-800-266-2278 and they said the modem is end of life. Is that true for the XB7?',
  'Xfinity support at 1-800-934-6489 told me my node is oversubscribed and nothing can be done until next quarter.',
  'Called Spectrum 1-833-267-6094 twice, both times they reset the modem remotely and the packet loss came back in an hour.',
  'HP told me on 1-800-474-6836 that the printer firmware cannot be downgraded. Great, so the third-party toner is dead.',
  'Lenovo support (1-855-253-6686) wanted a receipt for a laptop that is clearly still under warranty by serial number. Ridiculous.',
  'Our ISP helpline is 0800 028 0000 and the first question they ask is always whether I have turned it off and on again.',
  'BT said on 0800 800 150 that they do not support bridge mode on the Smart Hub 2, so I am stuck with double NAT.',
  'Anyone else on Virgin Media? I rang 0345 454 1111 and the agent could not tell me if CGNAT is on my line.',
  'Which number did you use for Dell ProSupport? 1-800-456-3355 just loops me back to the main menu.',
  'Their support number 1-877-696-7786 is useless, they read from a script and hang up when you mention traceroute.',
  'Позвонил в Ростелеком 8 800 100 08 00, сказали, что белый IP теперь только за отдельные деньги.',
  'Звонила на линию поддержки Билайна 8-800-700-06-11 — оператор не знает, что такое IPv6, перевели на инженера, тот сказал ждать.',
  'В поддержке МТС по 8 800 250 08 90 ответили, что порт 80 на домашних тарифах закрыт. Кто-нибудь обходил?',
  'Горячая линия провайдера 8 800 333 22 11 сутки не отвечает, а у меня сервер лежит.',
  '电信客服 400-810-0000 说我们小区的光纤要升级，这周都会断断续续，服务器只能先迁到云上。',
  '联系了戴尔售后 800-858-2969，说硬盘在保修期内但要我自己寄回去，来回要两周。',
  '打了移动宽带客服 400-888-1234 两次了，都说后台查不到问题，可是晚上丢包一直很严重。',
];

/** Guards beside the pitches (development set, second round). */
export const PITCH_GUARD_GENUINE_DEV: readonly string[] = [
  'I bought a Windows 11 key for $20 from some grey-market site and it stopped working after two months. Lesson learned.',
  'Is keysbest dot com legit? My friend bought a key there and it was revoked.',
  'My doctor prescribed Cialis and the pharmacy charged $60, is that normal?',
  'Has anyone tried Ozempic for weight loss? My doctor suggested it but I am worried about the side effects.',
  "I wrote my whole thesis in LaTeX with Overleaf, best decision of my master's.",
  'As a student I used Grammarly to proofread my dissertation, helped a lot with commas.',
  'We bought refurbished servers from a local reseller for our lab and they were fine, just check the RAID batteries.',
  'Our shop runs on three refurbished Dell R630s and Proxmox, zero issues in four years.',
  'Beware of sites selling Windows keys for $5, those are MSDN keys and Microsoft blocks them.',
  'Do not buy "ED pills" from comment spam, they are often contaminated.',
  'Essay mills are illegal in the UK since 2022, universities are warning students about them.',
  'Почему ключи Windows на Авито по 300 рублей? Это вообще законно?',
  '学生问一下，论文查重用哪个网站比较靠谱？',
  '我们公司的服务器都是二手的戴尔R730，跑了五年没出过问题。',
];

/** (4)-(7) Keys, pills, essay services and hardware shops (development set, second round). */
export const QUIET_PITCH_SPAM_DEV: readonly string[] = [
  'Windows 10 Pro key $8, Office 2019 key $15, instant email delivery, 100% working. Site: softwarekeys dot shop',
  'Get a genuine Windows 11 Pro product key for only $14.99 at keysbest[.]com - lifetime activation, instant delivery.',
  'Buy cheap Microsoft Office 2021 keys at digitalkeys(dot)net, legit and activated in minutes',
  'Cheap Windows Server 2022 Datacenter licence keys, 80% off retail, instant delivery: serverkeys dot org',
  'Need Windows 11 activated? keysforyou dot com sells genuine retail keys from $10',
  'Ключи Windows 10 Pro за 290 руб, активация навсегда, отправка на почту за 5 минут - licenzii точка ком',
  'Лицензия Office 2021 Professional Plus всего 690 рублей на softkeys[.]ru, ключ сразу после оплаты',
  'Windows 11 专业版 正版密钥 39元 永久激活 秒发 网址 mimashop[.]com',
  'Fildena 100 is the best ED pill, works in 30 minutes, order at https://genericpharma-store.com',
  'Cenforce 200mg for erectile dysfunction at the lowest price, free delivery: edmeds4u.com',
  'PhenQ is the most effective weight loss pill I have found, lost 15 lbs, get it here phenq-official.com',
  'Semaglutide drops for weight loss without injections, buy now slimdrops.net',
  'Vidalista 20 tadalafil online without prescription https://vidalista-store.com',
  'Похудела на 9 кг за месяц с капсулами Слимфорте, заказать можно тут slimforte-shop.ru',
  '伟哥正品 无需处方 隐私发货 https://weige-yaodian.com',
  'Informative article! If you are a student stuck on coursework, I recommend MyAssignmentHelp, they wrote my report: myassignmenthelp.co',
  'Students: I paid someone at essayshark.com to write my research paper and it was fine, good grades.',
  'Good tutorial. Any students who need help with a thesis or dissertation can try thesisrush.com, they helped me a lot.',
  'Nice article. I am a student too and when I needed help with my Python assignment, codinghomeworkhelp.org solved it quickly.',
  'Студентам на заметку: курсовую и диплом можно заказать на avtor24-help.ru, мне сделали быстро.',
  '留学生论文代写找 essay-daixie.com，我的作业都是他们帮忙的，保过',
  'Great tutorial on RAID. We at RackDepot sell refurbished Dell and HP servers with 3-year warranty, check rackdepot.co.uk',
  'Our store has used enterprise SSDs and refurbished Supermicro servers in stock, free shipping in the US: refurbservers.com',
  'If you need cheap servers for a homelab, check our shop: we have refurbished R720/R730 with warranty at serverbay.net',
  'For anyone needing hardware: our company sells refurbished network switches and firewalls, worldwide shipping, www.netrefurb.com',
  'Спасибо за гайд. Продаём б/у серверы Dell и HP с гарантией, доставка по России, наш сайт: serverstore-bu.ru',
  '我们公司专业销售二手服务器，戴尔、联想、浪潮，质保一年，官网 www.ershou-server.com',
];
