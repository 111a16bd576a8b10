// Development examples of the seventh round (issue 15, 2026-12-06): spam that leaves a way to reach
// its writer — account sellers, advance-fee and charity letters whose only ask is an address
// (often written "name [at] mail [dot] ru" to pass filters), services advertising themselves with a
// messenger id or an e-mail (translators, customs agents, tutors, agencies), investments paying a
// percentage a day, and spell casters and hackers for hire — in English, Russian and Chinese; and
// the genuine comments near them: readers reporting such letters, asking for a translator or a
// forwarder, passing on an embassy's address. Written for this round; the DEV lists before the
// patterns, the SECOND lists after them (docs/spam.md gives both figures). The lead's held-out set
// judges.

/** The families of this round. */
export type ContactFamily = 'account' | 'address-letter' | 'service' | 'daily-return' | 'spell-hacker';

/** Spam of each family, written before the patterns. */
export const CONTACT_SPAM_DEV: Record<ContactFamily, readonly string[]> = {
  account: [
    'Aged Gmail and Outlook accounts from 2015, phone verified, with recovery email. Bulk orders welcome. Telegram: @old_mail_store',
    'Verified Kraken, Bybit and OKX accounts available now, KYC done on real documents, login details delivered in 10 minutes. WhatsApp +1 (302) 555-0148',
    'Need a verified PayPal or Wise business account for your store? Ready accounts with bank linked, safe to use. Write to: accounts.hub [at] gmail [dot] com',
    'Продаю аккаунты Авито и Wildberries с историей и отзывами, старые, с подтверждённым номером. Пишите в тг @old_akk',
    'Верифицированные кошельки Binance, Payeer, Qiwi — в наличии, выдача сразу после оплаты. Контакт: akk.shop собака mail.ru',
    'Аккаунты Telegram с отлёжкой 6 месяцев, оптом и в розницу, недорого. Телеграм @tg_akk_opt',
    '出售老微信号、实名支付宝号，稳定不封，带好友，批发价格优惠，联系飞机 @laohao_shop',
    '长期出售已认证的币安、OKX账户，包售后，TG：@kyc_zhanghu，微信同号',
  ],
  'address-letter': [
    'I am Mrs. Sandra Keller, a widow from Zurich. I have 2.3 million Euros which I want to give to a God-fearing person for the orphans. Write to my private address: sandra.keller1951 @ gmail . com',
    'The United Nations compensation fund has approved 1,500,000 USD for scam victims in your country. Send your full name and address to the claims officer: uncompensation.office@outlook.com',
    'Good day, I am Captain James Ward on a mission abroad. I have a consignment box of $6.8 million that I need to move to a trusted partner. Reply to me at jward.mission [at] yahoo [dot] com',
    'Здравствуйте, я Мария, мне 74 года, детей нет. Хочу передать свои сбережения на благотворительность через надёжного человека. Пишите на мою почту: maria.fond собака gmail точка com',
    'Уведомляем, что вам начислена компенсация из международного фонда помощи пострадавшим от мошенников в размере 24 800 евро. Для получения напишите куратору: fond-kompensacii@mail.ru',
    'Добрый день! Я юрист, мой покойный клиент оставил вклад 4,5 млн долларов без наследников. Предлагаю разделить 50/50. Ответьте на адрес lawyer.estate [at] yandex [dot] ru',
    '您好，我是联合国赔偿基金的工作人员，您已获得一笔25万美元的补偿金，请将您的姓名、地址发送至邮箱 un.fund2026#163.com（#换成@）',
    '我是一名重病的老人，没有子女，想把我的存款捐给慈善事业，需要一位可信的人帮忙，请写信到 helper.charity@hotmail.com',
  ],
  service: [
    'Certified translation of diplomas, birth certificates and contracts from Chinese, Russian and Kazakh, notarised, ready in 24 hours. Write to translate.pro@gmail.com',
    'Customs clearance for cargo from Urumqi to Almaty and Tashkent, all documents, certificates and duties handled by our brokers. Contact WeChat: kz_customs88',
    'Experienced Chinese tutor (HSK 1-6), online lessons via Zoom, first lesson free. WhatsApp +86 138 0013 8000',
    'Устный и письменный перевод с китайского, сопровождение на выставке в Гуанчжоу и на фабриках, опытный переводчик. Пишите в WeChat: perevod_gz',
    'Таможенное оформление грузов из Китая в Казахстан и Узбекистан, сертификаты, декларации, брокерские услуги. Звоните +7 701 555 22 33',
    'Репетитор по китайскому языку, подготовка к HSK, занятия онлайн, первый урок бесплатно. Телеграм @kitayskiy_repetitor',
    '专业俄语翻译，合同、证件、公证翻译，可陪同去哈萨克斯坦考察，微信：rus_fanyi2026',
    '中亚清关服务，霍尔果斯口岸报关、代办认证、包税到门，联系电话 139 0999 8888',
  ],
  'daily-return': [
    'Cloud mining that really pays: I invested $500 and I receive 2.5% every day straight to my wallet. Join here http://cloudhash-mine.example and get a $20 bonus',
    'Presale of the SILK token is open! Early buyers get 40% bonus, listing on major exchanges next month, 100x expected. Buy now: http://silktoken.example',
    'I was scammed too until I met a certified crypto hacker who got my USDT back. Reach him: recoverwizard (at) protonmail (dot) com',
    'Облачный майнинг с доходом 3% в день, вывод в любое время, бонус 10 USDT при регистрации. Ссылка: http://mine-profit.example',
    'Инвестируйте от 100$ и получайте 1,8% ежедневно. Уже 3 года платим без задержек. Пишите менеджеру в телеграм @invest_daily',
    'Пресейл токена открыт, первые участники получают +50% токенов, листинг на биржах через 2 недели. Подробнее http://presale-coin.example',
    '云挖矿项目，日收益2%，每天自动到账，随时提现，注册送10U，链接 http://yunkuang.example',
    '新币预售开启，早鸟价0.01U，上线后预计涨100倍，名额有限，加电报 @xinbi_yushou',
  ],
  'spell-hacker': [
    'My husband left me for another woman and Dr. Okoro, a powerful spell caster, brought him back in 48 hours. Contact him on WhatsApp +234 803 555 0190',
    'Do you suspect your partner is cheating? I hired a hacker who gave me access to all his WhatsApp messages and calls remotely. Email: spyhackpro@gmail.com',
    'Need to change your university grades or clear a bad credit record? Professional hackers for hire, fast and discreet. Telegram @hackerforhire_official',
    'Верну любимого за 3 дня, сильный приворот без последствий, снятие порчи. Гадалка Анна, WhatsApp +7 916 555 01 02',
    'Взлом WhatsApp, Telegram и почты, восстановление удалённой переписки, прослушка телефона супруга. Пишите @vzlom_service',
    'Потомственная ведунья поможет вернуть мужа, приворот по фото, результат гарантирую. Пишите на почту vedunya.pomosh@mail.ru',
    '专业黑客接单，查微信聊天记录、定位手机、恢复删除信息，保密，联系QQ 3847261950',
    '情感挽回大师，和合术让他回到你身边，三天见效，加微信 wanhui_dashi',
  ],
};

/** Spam of each family, written after the patterns (the held-out figure of this round). */
export const CONTACT_SPAM_SECOND: Record<ContactFamily, readonly string[]> = {
  account: [
    'We have old Twitter and Instagram profiles with 5k+ followers, created 2016-2019, email access included. Message me on Telegram @smm_old_profiles for the price list.',
    'Looking to buy a verified Coinbase account? I have several with full KYC and 2FA, fast transfer of login, payment in USDT. Contact: coinacc (at) proton (dot) me',
    'Продаю верифицированные аккаунты Payoneer и Wise на физлиц, полностью рабочие, выдача за час. Телеграм: @verif_market',
    'Куплю и продам старые аккаунты Google Ads и Facebook с отлёжкой, есть рекламные кабинеты с лимитом 250$. Пишите в личку @ads_kabinet',
    '批发各平台老号：微信老号、抖音号、小红书号，实名认证，包登录，联系QQ 2837465190',
  ],
  'address-letter': [
    'Dearest one, I am a retired nurse with no children and I want my savings of 1.2 million dollars to go to charity through a reliable person. Please write to me: nurse.ellen @ yahoo . com',
    'Your e-mail was selected in the 2026 international victims compensation program, 850,000 USD is waiting for you. Contact our paying officer: payment.dept [at] outlook [dot] com',
    'Я вдова военного, у меня остались средства, которые я хочу пожертвовать через честного человека детям-сиротам. Напишите мне: vdova.help собака yandex точка ru',
    'Вам положена выплата компенсации из фонда ООН. Отправьте ваше полное имя и номер телефона на адрес: un.kompensacia@gmail.com',
    '亲爱的朋友，我是一位没有子女的老人，想把我的遗产捐给慈善机构，需要一位诚实的人协助，请写信到 oldlady.gift 艾特 163 点 com',
  ],
  service: [
    'Professional interpreter in Guangzhou and Yiwu: factory visits, price negotiations, quality checks. Russian, English, Chinese. WhatsApp +86 135 0000 1234',
    'Visa support and company registration in Uzbekistan and Kazakhstan, all paperwork done for you. E-mail: bizreg.centralasia@gmail.com',
    'Таможенный брокер в Достыке: растаможка контейнеров, сертификаты ЕАЭС, декларации за 1 день. Пишите в WhatsApp +7 777 555 44 11',
    'Опытный переводчик китайского языка, сопровождение на переговорах и по рынкам Иу. Телеграм @perevodchik_yiwu',
    '专业中俄、中哈翻译，商务陪同、展会翻译，价格合理，微信号：hafanyi888',
  ],
  'daily-return': [
    'My wallet grows every morning: the AI trading bot pays 1.5% daily and I can withdraw anytime. Start with just $50 here: http://aibot-yield.example',
    'Only 48 hours left in the presale! Buy the token before listing on top exchanges and get a 30% bonus. Telegram @token_presale_now',
    'Реальный доход 2% в сутки на вложенные USDT, вывод моментальный, работаем с 2023 года. Регистрация http://usdt-dohod.example',
    'Облачный майнинг без оборудования: подключайтесь, бонус 5 USDT новым пользователям. Пишите @mining_cloud_ru',
    'USDT理财，日收益1.5%，本金随时可取，注册送5U，联系电报 @usdt_licai',
  ],
  'spell-hacker': [
    'Thank you Dr. Zuma for the love spell that brought my ex back to me after two years. If you need help, email drzuma.spell@gmail.com',
    'I caught my cheating wife thanks to a professional hacker who cloned her phone. Reach out to him on WhatsApp +1 555 010 7788',
    'Сильный приворот и возврат любимого человека, работаю по фото. Гадалка Вера, телеграм @gadalka_vera',
    'Взлом любой страницы ВК, Instagram и почты, анонимно, без предоплаты. Пишите в телеграм @hack_pro_ru',
    '专业黑客服务：查开房记录、手机定位、恢复删除的微信聊天，绝对保密，加微信 heike_007',
  ],
};

/** Genuine comments near these families, written before the patterns: none may be sent to spam. */
export const CONTACT_GENUINE_DEV: readonly string[] = [
  'I got a letter from a "widow in Zurich" who wants to give me 2 million for orphans and asks me to write to her gmail. Obvious scam, reported it to the police.',
  'The Kazakh consulate in Urumqi answers visa questions at consular.urumqi@mfa.kz, it took them three days to reply to me.',
  'The embassy writes its address as visa (at) kazembassy (dot) cn on the website, and they do answer in Chinese and Russian.',
  'Can anyone recommend a certified translator for Chinese to Russian in Almaty? The notary wants a sworn translation of my diploma.',
  'Which forwarder do you use from Yiwu to Tashkent? Mine wants 3.2 dollars per kilo and customs clearance is extra.',
  'My daughter studies for HSK 4 with a tutor online, 15 dollars a lesson. Is that a normal price?',
  'Someone is selling "verified Binance accounts" in our city chat. Isn\'t that how money mules get recruited? The police should look at it.',
  'The article is right: those "2% a day" cloud mining sites are Ponzi schemes. My colleague lost 4,000 dollars on one.',
  'A "recovery hacker" on Telegram asked my friend for a fee after she lost her savings to a fake exchange. They are scammers too.',
  'Customs at Khorgos held our container for nine days last month; the broker said the new certificates are the reason.',
  'The UN does not pay compensation to scam victims by e-mail. If you get such a letter, delete it.',
  'My aunt received a "spell caster" message on Facebook promising to bring back her late husband\'s money. Unbelievable what they try.',
  'If you need to contact the migration service, their hotline is 1414 and the e-mail is on egov.kz.',
  'Мне пришло письмо от «вдовы», которая хочет передать мне наследство и просит написать ей на почту. Это мошенники, не отвечайте.',
  'Посольство Казахстана в Пекине отвечает на вопросы по визам по почте, адрес есть на сайте mfa.gov.kz, мне ответили за неделю.',
  'Подскажите хорошего переводчика с китайского в Алматы, нужен нотариальный перевод диплома. Сколько это стоит?',
  'Какой карго вы используете из Гуанчжоу в Бишкек? Нам предлагают 2,5 доллара за кило, таможня отдельно.',
  'Эти «облачные майнинги» с доходом 3% в день — классическая пирамида, мой сосед потерял 200 тысяч.',
  'В нашем чате продают «верифицированные аккаунты Binance». Это же схема для дропов, полиция должна этим заняться.',
  'Сын готовится к HSK с репетитором, 5000 тенге за урок. Нормальная цена или дорого?',
  'Брокер на таможне в Хоргосе взял с нас 300 долларов за декларацию, а груз всё равно стоял неделю.',
  'Пресейлы токенов, которые обещают рост в 100 раз, — это почти всегда скам. Хорошо, что вы об этом написали.',
  'Гадалки, которые обещают вернуть мужа приворотом, берут деньги у отчаявшихся женщин. Позор.',
  '我也收到过一封“联合国赔偿基金”的邮件，让我发姓名和地址，明显是诈骗，大家不要回复。',
  '哈萨克斯坦驻华使馆的邮箱在官网上可以查到，我发邮件问签证，一周后回复了。',
  '有没有人知道阿拉木图靠谱的中俄翻译？要公证翻译毕业证，大概多少钱？',
  '从义乌到塔什干的货代大家用哪家？报价每公斤3美元，清关另算，贵不贵？',
  '所谓日收益2%的云挖矿都是庞氏骗局，我同事亏了两万。',
  '霍尔果斯口岸最近清关很慢，我们的货压了十天。',
  '网上那些“黑客接单查聊天记录”的都是骗子，我朋友被骗了三千块。',
  'The consulate asked me to send the scanned passport to their e-mail, consulate dot almaty at mfa dot gov dot cn is written on their notice board.',
  'Our company ships from Urumqi to Almaty every week; the real problem is the queue at the border, not the price.',
];

/** Genuine comments written after the patterns. */
export const CONTACT_GENUINE_SECOND: readonly string[] = [
  'A man in our WhatsApp group sells "aged Gmail accounts" to anyone who asks. I told the admin and he was removed.',
  'My mother got an e-mail from a "retired nurse with no children" who wanted to leave her savings to charity. We laughed and deleted it.',
  'The Uzbek embassy in Beijing publishes its consular address as consul (at) uzbekembassy (dot) cn; they replied to me in two days.',
  'Does anyone know an interpreter in Yiwu who speaks Russian? We are visiting three factories in March.',
  'We hired a customs broker at Dostyk last year, 250 dollars per declaration, and it still took a week.',
  'My cousin teaches Chinese online, she says the HSK 5 exam has become much harder.',
  'Any platform paying 2% a day is a pyramid. The regulator in Kazakhstan has a list of them on its website.',
  'Our neighbour paid a "hacker" to read her husband\'s messages and lost 500 dollars; of course nobody read anything.',
  'Мне в Телеграме предлагали купить «верифицированные аккаунты Wise». Отказался, это похоже на отмывание денег.',
  'Пришло письмо про «компенсацию из фонда ООН», просят написать на gmail. Не отвечайте, это развод.',
  'Кто-нибудь знает хорошего таможенного брокера на Хоргосе? Наш прошлый пропал после оплаты.',
  'Моя дочь ходит к репетитору по китайскому уже год, результат есть, но дорого.',
  'Облачный майнинг, пресейлы, «доход 2% в сутки» — всё это одна и та же пирамида.',
  '收到一封“没有子女的老人要把遗产捐给慈善”的邮件，让我回信，明显是骗局。',
  '请问霍尔果斯有没有靠谱的报关行？我们第一次出口到哈萨克斯坦。',
  '使馆的邮箱写在官网联系页面上，我发邮件问了签证材料，他们很快回复了。',
  '我们公司每个月从乌鲁木齐发两次货到阿拉木图，最大的问题是口岸排队。',
  '朋友说找了个“黑客”帮忙查聊天记录，结果被骗了两千块。',
];
