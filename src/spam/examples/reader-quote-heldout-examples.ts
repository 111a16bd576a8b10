// Held-out batch of issue 15's "stop flagging real readers" (2026-12-07, late; reader-quotes):
// written at the same time as reader-quote-examples.ts, before any guard change, with other
// wordings; scored on main before the change and once after it, never tuned on.

/** Genuine comments of these shapes (held out). */
export const READER_QUOTE_GENUINE_HELDOUT: readonly string[] = [
  'Got a voicemail saying "same-day approval, bad credit OK, call back" - obviously fraud, they wanted my bank login.',
  'Warning to everyone: adverts with guaranteed approval and no credit check are run by loan sharks.',
  'Мошенники звонят с предложением «займ без проверки, одобрение всем», а потом просят перевести комиссию. Не ведитесь.',
  '所谓“黑户也能贷、秒下款”的广告都是骗局，我同事就被骗了三千。',
  '测试环境在 http://10.0.0.5:9000 ，公司内网，不需要翻墙也能访问',
  '我本地起了服务 http://localhost:8080 ，科学上网关掉也能打开，问题不在代理。',
  'Локальный стенд на http://127.0.0.1:8080 открывается и без VPN, обход блокировок не нужен.',
  'The app listens on http://127.0.0.1:4000 so you do not need your best VPN for testing it.',
  '清华源更快，免费：pip install -i https://pypi.tuna.tsinghua.edu.cn/simple flask',
  '提供一个快速的办法，换镜像：npm install --registry=https://registry.npmmirror.com',
  'Быстро ставится через зеркало: pip install -i https://pypi.tuna.tsinghua.edu.cn/simple django',
];

/** Spam of the same surface (held out). */
export const READER_QUOTE_SPAM_HELDOUT: readonly string[] = [
  'Same day approval loans, bad credit welcome, whatsapp +1 302 555 0177',
  'Guaranteed loan approval in 10 minutes, email loans.direct@outlook.com',
  'Кредит наличными без отказа, одобрение всем за 10 минут, пишите в телеграм @kredit_bez_otkaza',
  '网贷秒批，学生也能借，10分钟到账，联系 https://daikuan-kuai.top',
  'Fast VPN that works in China, no logs, 3 days free trial: vpnchina.top',
  'Надёжный VPN для России, безлимитный трафик, 150 руб в месяц, подключение за 1 минуту: https://vpn-nadezhno.ru',
  '科学上网，稳定高速，不限流量，年付99元 https://jichang-vpn.top',
  '专业代写论文，包过，价格优惠，https://daixie-lunwen.com',
  'Установка кондиционеров под ключ, недорого, гарантия: https://kondei-montazh.ru',
  '提供上门开锁服务，快速，24小时，https://kaisuo-fuwu.cn',
];
