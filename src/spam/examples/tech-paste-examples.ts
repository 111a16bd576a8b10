// Technical pastes (issue 15, "stop flagging real readers", 2026-12-07 late): readers of a news site
// on China–Central Asia affairs paste what they ran or saw while using the portals the articles are
// about — a shell command or an API call in backticks or a code block, a log line with an internal
// host, a documentation URL (example.com, *.test, localhost, 10.x, 192.168.x, 127.0.0.1), a link
// inside inline code. Beside them, spam that uses code formatting or a technical look to slip a real
// promotional domain through. Written for this round before any code change (the DEV lists); the
// held-out batch is in tech-paste-heldout-examples.ts.

/** Genuine technical comments (development set). */
export const TECH_GENUINE_DEV: readonly string[] = [
  // English
  'Tried to script the visa status check: `curl -s http://localhost:8080/api/status?passport=N123` works against my mock but the real portal blocks anything without a browser cookie.',
  'For anyone building the customs tracker: the docs use https://api.example.com/v2/declarations as the sample endpoint, which is why half the forum thinks the API is down. You need your own key.',
  'The railway booking page just throws this in the console:\n```\nGET https://booking.example.org/api/seats?train=K9795 500 (Internal Server Error)\n```\nSo it is not our network.',
  'Our freight dashboard logs `2026-12-05 09:14:02 ERROR upstream timed out connecting to 10.20.3.15:5432` every time the Khorgos feed updates; the point about data sharing across the border is spot on.',
  'If you mirror the tariff data locally, point the config at `TARIFF_URL=http://127.0.0.1:9000/tariffs.json` and it stops hitting the ministry server every minute.',
  'The open data set on rail freight is fine but the sample in the readme is `wget https://data.example.net/rail/2025.csv`, there is no real link anywhere.',
  'Stack trace from the e-visa app when you upload the photo:\nTraceback (most recent call last):\n  File "upload.py", line 88, in send\n    requests.post(\'http://192.168.1.20/upload\', files=f)\nConnectionError: Max retries exceeded\nLooks like they shipped a build pointing at their office network.',
  'Setting up the tracker from the article at home: nginx `proxy_pass http://127.0.0.1:3000;` and then open http://localhost in the browser, the map of the pipeline loads.',
  'The API docs still list https://sandbox.trade.test/v1/quotes as the test server, does anybody know the production address for the EAEU tariff lookups?',
  'Ran `traceroute` from Bishkek to a Chinese mirror: 14 hops, all the loss at the border router. That matches what the article says about the single fibre crossing.',
  '`git clone https://github.com/opendata-kz/customs-stats` and run `python build.py --year 2025`, the charts in this article come from that repo and the numbers match.',
  '`curl -I https://evisa.e-gov.kg` gives 503 since this morning, the outage the article mentions is still going.',
  // Russian
  'Проверил API таможни: `curl http://localhost:5000/declarations?limit=10` на тестовом стенде отдаёт всё, а на боевом 403. В статье правильно пишут, что документации нет.',
  'В логах нашего склада каждую ночь одно и то же:\n```\n[ERROR] 03:12:44 sync failed: connect ECONNREFUSED 192.168.10.5:8443\n```\nс тех пор как поменяли провайдера на Хоргосе.',
  'В документации к API электронной очереди на границе пример запроса — `GET https://api.example.com/queue?post=khorgos`, реального адреса так и не дали.',
  'Для тех, кто спрашивал про выгрузку тарифов: в конфиге `base_url: http://10.0.0.12/tnved` — это внутренний адрес министерства, снаружи он не откроется, не пытайтесь.',
  'Трассировка до сервера КТЖ обрывается на 10.1.1.1, дальше звёздочки. Так что «сбой на стороне пользователя» — неправда.',
  'Ошибка при оплате визового сбора:\nError: getaddrinfo ENOTFOUND pay.gateway.invalid\n    at GetAddrInfoReqWrap.onlookupall (node:dns:120:26)\nПохоже, на сайте забыли поменять тестовый адрес.',
  '`pip install -i https://pypi.tuna.tsinghua.edu.cn/simple pandas` — так ставится быстрее из Урумчи, к вопросу об интернете на границе.',
  'Поднял у себя зеркало карт с трубопроводами: `docker run -p 8080:80 osm-tiles`, потом http://localhost:8080 — всё работает без VPN.',
  'В примере из статьи про API железной дороги адрес https://rail.api.test/v1/trains, это заглушка, не ищите.',
  'Кстати, `nslookup customs.gov.kz 8.8.8.8` отдаёт старый адрес, поэтому у части пользователей портал и не открывается.',
  // Chinese
  '我用 `curl http://127.0.0.1:8000/api/trains?from=urumqi` 测了一下本地的数据，和文章里的中欧班列班次对得上。',
  '海关单一窗口的接口文档里示例地址是 https://api.example.com/declare ，不是真的地址，别再问了。',
  '日志里一直报错：\n```\n2026-12-04 22:10:31 WARN retry 3/5 http://10.8.0.3:9200/_bulk timeout\n```\n霍尔果斯那边的专线又断了。',
  '配置文件里写的是 `endpoint = "http://localhost:9000"`，上传报关单的脚本在本机测试没问题，一到口岸的网络就超时。',
  '签证系统报错截图里的地址是 http://192.168.0.101/visa/submit ，说明他们把内网测试版发布出去了。',
  '`git clone https://github.com/openrail/cr-express-data` 里有这篇文章用到的全部运价数据，脚本跑一遍就能复现图表。',
  '用 `ping 10.0.0.1` 都不通，口岸的网络是真的差，文章说的数字化通关还很远。',
  '示例里的 https://demo.example.org/pipeline/flow 只是占位符，真实的天然气流量数据要向公司申请。',
  'Python 报错：\nTraceback (most recent call last):\n  File "fetch.py", line 12, in <module>\n    r = requests.get("http://localhost:5000/rates")\nConnectionRefusedError: [Errno 111]\n本地服务没启动，跟汇率接口本身没关系。',
  '测试环境用的是 http://staging.customs.test/api ，正式环境的地址文档里没写，有人知道吗？',
];

/** Spam that uses code formatting or a technical look to carry a real domain (development set). */
export const TECH_SPAM_DEV: readonly string[] = [
  // English
  '`buy cheap pills at rx-store.top`',
  'Great article! Run `curl https://crypto-double.xyz/start` to get your free 0.5 BTC bonus today.',
  'Pro tip for traders:\n```\nhttps://fx-signals-pro.online/join\n```\n95% accurate signals, join now',
  'Best VPN for China, setup in one line: `wget https://fastvpn-cn.shop/install.sh` and use code SAVE50 at checkout.',
  'Casino bonus code in `bet365-vip.win/bonus` → 200 free spins',
  'Looking for a reliable freight forwarder? `https://cargo-express-kz.com` best rates Urumqi–Almaty, WhatsApp +7 701 555 1234',
  'Earn $500 a day from home, details at http://localhost.earn-fast.site/join',
  'Visit http://example.com.rx-store.top for cheap meds without prescription',
  'Get your China visa in 3 days guaranteed: `http://10.0.0.1@visa-fast.online/apply`',
  // Russian
  'Заработок от 5000 в день, инструкция: `https://dohod-bystro.ru/start` пишите в телеграм',
  '```\nЗаймы без отказа за 5 минут: zaymy-online.ru\n```',
  'Лучший VPN для Китая — `curl -O https://vpn-kitai.shop/setup.sh`, скидка 50% по промокоду KITAI',
  // Chinese
  '代办签证三天出签，`www.visa-kuaiban.com` 加微信 vx123456',
  '日赚五百，教程在这里：`https://zhuanqian-888.top/reg`',
  '```\n外汇跟单 稳赚不赔 https://fx-gendan.vip\n```',
];
