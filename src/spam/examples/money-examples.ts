// Development examples of the loan and betting coverage audit (issue 15, 2026-12-07, late): English
// and Russian adverts for loans (payday, instant approval, bad credit, loans on a card, microloans,
// pawn and title loans, debt relief) and for fixed matches, betting tips and casinos (sure odds,
// tip groups with a channel, free spins, a casino's working mirror, «ставки с гарантией», «слив
// прогнозов», «каппер», «проходимость»), and the genuine comments of the same surface (readers on
// loan rates, a bank's microloan scandal, betting news, match-fixing investigations, a casino law,
// warnings quoting these adverts). Written from general knowledge for this audit, before any
// pattern was changed; the patterns were then widened looking at these verdicts, so they are a
// development figure. The held-out batch written at the same time is money-heldout-examples.ts.

/** Loan adverts (development). */
export const MONEY_LOAN_SPAM_DEV: readonly string[] = [
  'Payday loans up to $1,500 deposited today, no credit check, apply online in 3 minutes: cashnow-fast.com',
  'Bad credit? No problem! Instant approval personal loans, money in your account within 24 hours. Call 1-888-555-0142',
  'Need cash before payday? Get a loan of $200-$5000 with guaranteed approval, all credit types accepted. Apply at quickpaydayusa.net',
  'Quick loans with no credit check and no paperwork, same day funding, text us on WhatsApp +1 415 555 0199',
  'Struggling with debt? Our debt relief program can cut what you owe by up to 60%. Free consultation, call today 1-800-555-0110',
  'Car title loans: keep driving your car and get up to $10,000 today. No credit check, visit titlecashnow.com',
  'Low interest loans for individuals and businesses at 2% per year. Contact Mr. Daniel Harper at harperloanfirm@gmail.com',
  'Get an instant cash advance on your card in 10 minutes, even with bad credit. Download the app: cashflash.app',
  'Consolidate all your credit card debt into one low monthly payment. Approval in minutes, apply now at debtfreeusa.org',
  'Pawn loans for gold, phones and laptops, highest rates in town, cash in 15 minutes. Visit our shop or call 555-0177',
  'Займ на карту без отказа за 5 минут, первый займ бесплатно! Оформить: zaimbystro24.ru',
  'Кредит без справок и поручителей, одобрение за 5 минут, деньги в день обращения. Звоните 8 800 555 35 35',
  'Деньги в долг срочно, без проверки кредитной истории, до 30 000 рублей на карту любого банка. Пишите в телеграм @dengi_srochno',
  'Микрозаймы онлайн круглосуточно, одобряем даже с плохой кредитной историей, ставка 0% для новых клиентов: mfo-online.ru',
  'Займы под залог ПТС, авто остаётся у вас, до 1 млн рублей за 1 час. Подробнее на сайте avtozalog-msk.ru',
  'Помогу списать долги по кредитам законно через банкротство, первая консультация бесплатно, пишите в личку',
  'Одобрение 99%, займ до 15000 без звонков и визитов, деньги на карту мгновенно. Ссылка в профиле',
  'Срочно нужны деньги? Дадим в долг частное лицо под расписку, без предоплаты, звоните +7 916 555-12-34',
];

/** Fixed-match, betting-tip and casino adverts (development). */
export const MONEY_BET_SPAM_DEV: readonly string[] = [
  'Fixed matches available this weekend, 100% sure odds 2/1 HT/FT. Contact us on WhatsApp +44 7700 900123',
  'Join our VIP betting tips group on Telegram, 95% win rate, daily sure bets: t.me/surewinvip',
  'Stop losing your bets! Our tipster gives guaranteed wins every day, first week free, message me on Telegram @bigodds_king',
  'Sure odds today: 20+ odds accumulator, pay after win. WhatsApp +234 803 555 0101',
  'Get 150 free spins and a 200% welcome bonus at SpinRoyal Casino, sign up at spinroyal.bet',
  'New online casino with instant withdrawals and no wagering free spins, play now: luckyreels.io',
  'Rigged match info from inside the club, odds 15.00, price negotiable. Write to fixedinfo@proton.me',
  'Договорные матчи с гарантией, коэффициент от 10, оплата после прохода. Пишите в телеграм @match_info',
  'Слив договорных матчей от инсайдеров, проходимость 100%, вход в канал по ссылке t.me/sliv_match',
  'Ставки с гарантией! Каппер с проходимостью 90% делится прогнозами бесплатно, подписывайся на канал',
  'Рабочее зеркало казино Вулкан на сегодня, фриспины за регистрацию: vulkan-zerkalo.top',
  'Слив прогнозов на футбол от профессиональных капперов, экспрессы с кэфом 5+, VIP-канал в телеграм',
  'Надоело проигрывать? Продаю прогнозы на спорт с гарантией прохода, возврат денег если не зашло. Пиши в лс',
  'Актуальное зеркало 1хбет без блокировок, бонус 100% на первый депозит, заходи: 1x-mirror.site',
  'Бесплатные прогнозы на хоккей и футбол, проходимость 87% за последний месяц, ссылка в шапке профиля',
];

/** Genuine comments of the same surface (development). */
export const MONEY_GENUINE_DEV: readonly string[] = [
  'Payday loans at 400% APR should simply be illegal. Good to see the state finally capping the rate.',
  'I took a personal loan at 9.5% last year to fix the roof; the bank approved it in two days, which surprised me.',
  'The article says the microloan company approved loans without any credit check to people who were already bankrupt. How was that allowed?',
  'My brother got "instant approval" texts every day after he applied for one car loan. Someone is selling the data.',
  'Title loans are a trap: my neighbour lost her car over a $900 loan. Read the small print before you sign anything.',
  'Debt relief companies charge fees up front and often make things worse, the consumer office warned about this last spring.',
  'The match-fixing investigation in the second division has been going on for two years and nobody has been charged yet.',
  'Sure, the odds on Arsenal were short, but bookmakers rarely lose money on a weekend like that.',
  'The new gambling law bans free spins and welcome bonuses for new players, and about time.',
  'I have seen these "fixed matches available, pay after win" posts under every football video. Pure scam, nobody has inside information.',
  'The federation banned three players for match fixing after the betting patterns on their games were flagged by the bookmakers.',
  'Sports betting adverts during matches should go the way of tobacco adverts. My son knows all the odds before he knows the players.',
  'Why do interest rates on credit cards stay at 25% when the central bank rate fell to 4%?',
  'Пишут, что МФО одобряли займы на карту без проверки, а потом коллекторы звонили родственникам. ЦБ должен был вмешаться раньше.',
  'Взял ипотеку под 6%, одобрение заняло две недели, справки о доходах собирал целый месяц.',
  'Микрозаймы под 1% в день это кабала. Хорошо, что закон ограничил переплату полуторным размером долга.',
  'Родственница взяла займ под залог ПТС и чуть не лишилась машины. Не связывайтесь с ними.',
  'Расследование о договорных матчах в ФНЛ: следователи говорят, что ставки шли через офшорные букмекерские конторы.',
  'Все эти «капперы с проходимостью 90%» в телеграме — развод, деньги они зарабатывают на подписках, а не на ставках.',
  'Роскомнадзор снова блокирует зеркала букмекеров, а реклама ставок идёт в каждом перерыве матча.',
  'Депутаты обсуждают закон о запрете онлайн-казино и рекламы фриспинов в соцсетях.',
  'Коэффициент на победу «Зенита» был 1.4, а они проиграли. Вот и вся «гарантия» в спорте.',
  'Банк отказал мне в кредите без объяснения причин, хотя кредитная история чистая. Кто-нибудь сталкивался?',
  'Прочитал про «слив матчей» в вашем материале: интересно, понесут ли игроки уголовную ответственность.',
];
