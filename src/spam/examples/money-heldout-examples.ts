// Held-out batch of the loan and betting coverage audit (issue 15, 2026-12-07, late): written at
// the same time as money-examples.ts, before any pattern was changed, with other wordings; scored
// on main before the change and once after it, never tuned on. Kept as a regression record: its
// figures were not used to choose any pattern.

/** Loan adverts (held out). */
export const MONEY_LOAN_SPAM_HELDOUT: readonly string[] = [
  'Short on rent? Borrow $300 to $2,500 today, approval guaranteed regardless of your credit score. Start at rentcashloan.com',
  'Emergency loans for unemployed and people on benefits, no credit checks, funds sent the same day. WhatsApp +1 302 555 0187',
  'We lend to everyone: private lender offering loans from $5,000 to $500,000 at 3% interest. Email globalfunds.lender@outlook.com',
  'Turn your car title into cash in 30 minutes, you keep the keys! Call 1-877-555-0133 now',
  'Behind on credit cards? Settle your debt for less than you owe with our relief plan, qualify in 2 minutes at settlefast.co',
  'Loan on your debit card in 5 minutes, no documents needed, 24/7 online approval: kwikloan.app',
  'Микрозайм до 50 000 ₽ за 10 минут, нужен только паспорт, без отказов и проверок. Получить: zaimy-pro.ru',
  'Дам денег в долг под 3% в месяц, без банков и справок, работаю по всей России, пишите в ватсап +7 903 555 44 21',
  'Кредитная карта за 1 день без подтверждения дохода, одобрение даже с просрочками, оформление на сайте kartaodobr.ru',
  'Выдаём займы под залог автомобиля и спецтехники, деньги сразу, машина остаётся у вас. Звоните 8 800 555 10 20',
  'Нечем платить по кредитам? Спишем долги через банкротство под ключ, рассрочка, пишите в лс',
  'Срочный займ на карту круглосуточно, даже если везде отказали. Ссылка в профиле',
];

/** Fixed-match, betting-tip and casino adverts (held out). */
export const MONEY_BET_SPAM_HELDOUT: readonly string[] = [
  'Genuine fixed games for Saturday, half time/full time correct, odds 30+. Serious buyers only, WhatsApp +233 24 555 0166',
  'Tired of losing? Join 10,000 winners in my betting tips channel, sure banker every day: t.me/bankertips',
  'Double your bankroll this week with our premium football predictions, 98% accuracy, subscribe at surepredict.pro',
  'Claim 100 free spins with no deposit required at GoldRush Casino, instant cashout: goldrush-casino.vip',
  'Casino mirror site working today, all slots unlocked, deposit bonus 300%: play-mirror777.com',
  'Договорняк на субботу, инфа 100%, коэф 12. Оплата после матча, пиши в тг @dogovor_match',
  'Закрытый канал капперов: прогнозы с проходимостью 95%, экспрессы каждый день, вступай t.me/kapper_vip',
  'Рабочее зеркало Пин-Ап на сегодня, 250 фриспинов новым игрокам. Переходи по ссылке pinup-zerkalo.club',
  'Сливаю инсайды на теннис и футбол, ставки без риска, окупаемость подписки за 2 дня, пиши в личку',
  'Верные ставки на спорт от аналитика, гарантия прохода или возврат денег, канал в телеграм',
];

/** Genuine comments of the same surface (held out). */
export const MONEY_GENUINE_HELDOUT: readonly string[] = [
  'My credit union offered me a small loan at 12% instead of a payday loan, more people should know that option exists.',
  'The bank behind the microloan scandal approved thousands of loans to students with no income. The regulator fined it $4 million.',
  'If an advert says "guaranteed approval, no credit check", it is almost certainly a scam or a loan shark. Stay away.',
  'Pawn shops in our town now charge 20% a month. The council should do something about it.',
  'Betting companies sponsor half the Premier League shirts, yet the league claims it cares about addiction.',
  'Police arrested four men over fixed matches in the regional league; they had bet on red cards in advance.',
  'The casino regulation bill requires operators to check the age of players and to cap deposit bonuses.',
  'Займы «без отказа» с переплатой 300% годовых — это узаконенное ростовщичество. Статья правильная.',
  'Коллекторы МФО звонят мне из-за чужого займа на карту, кто-то оформил его на мои паспортные данные. Куда жаловаться?',
  'Следственный комитет возбудил дело о договорных матчах, задержаны судья и двое игроков.',
  'Каппер из статьи — типичный мошенник: показывает только выигрышные ставки, а проигрыши удаляет.',
  'Закон об онлайн-казино не работает, пока их зеркала открываются за одну минуту.',
  'Ставки на спорт легальны только через ЦУПИС, остальные букмекеры работают без лицензии.',
];
