// Held-out examples of the loan-gap audit (issue 15, 2026-12-07; development examples in
// loan-gap-examples.ts): other wordings of the same families and of the genuine comments of the
// same surface, en / ru / zh, written at the same time, before any pattern was changed, and scored
// once, at the end.

/** Loan and debt adverts (held out), en / ru / zh. */
export const LOAN_GAP_SPAM_HELDOUT: readonly string[] = [
  'Guaranteed yes on your loan application whatever your credit rating, funds within an hour: www.yesloan-direct.net',
  'Reliable private money lender offering loans to individuals at 3% interest rate, email us: globalfinance.loans@outlook.com',
  "Turn your car's pink slip into cash today and keep the keys! Call 1-877-555-0163",
  'We can settle your debts for 40 cents on the dollar. Message us on WhatsApp +1 302 555 0147',
  'No payslips, no bank statements, no credit questions asked: get up to $3,000 this week',
  'Bankrupt or behind on payments? Our team will erase most of your unsecured debt, DM @debtfree_team on Telegram',
  'Не нужна справка о доходах и поручители, займ одобрят за 15 минут, ссылка: zaimy-online24.ru',
  'Частное лицо даст деньги под 2% в месяц, официальный договор, телеграм @chastny_zaim',
  'Поможем избавиться от долгов по кредитам полностью, работаем по всему Казахстану, звоните 8 777 555 66 77',
  'Списание долгов через суд под ключ, берём на себя общение с коллекторами, почта: dolgi.net@yandex.ru',
  'Займ под ПТС без постановки на стоянку, пользуйтесь автомобилем как раньше',
  'Кредит одобрят даже с испорченной историей, проверяем не всех, пишите в вотсап +7 702 555 33 22',
  '无需征信报告，黑白户均可申请，额度最高20万，网址 www.kuaijie-dai.cn',
  '本人私人放款，诚信为本，利息面议，电话 139 1234 5678',
  '汽车抵押借款，车照开，钱照拿，最快两小时到账，微信 cd5566',
  '专业处理信用卡、网贷逾期，停息分期，减免违约金，邮箱 huanzhai@qq.com',
  '帮你和平台谈判，逾期不用怕，免费咨询，Telegram @yuqi_help',
  '个人债务优化，代理协商还款，不成功不收费',
];

/** Genuine comments of the same surface (held out), en / ru / zh: must stay published. */
export const LOAN_GAP_GENUINE_HELDOUT: readonly string[] = [
  'The PBOC cut the reserve requirement ratio again; cheaper yuan credit will help the Chinese firms building the Kazakh rail corridor.',
  'We refinanced our mortgage in Astana at 12% after the rate cut and save about 40,000 tenge a month.',
  'So Kazakhstan will now let citizens restructure their bank debts through the financial ombudsman before going to court? Sounds sensible.',
  "My neighbour got a text saying 'private lender, loans at 3%, no collateral' and lost 200 dollars in insurance fees. Don't fall for it.",
  'A bankruptcy lawyer explained it to us: the court appoints a manager, sells non-essential assets, and the remaining debt is discharged; it stays on your record for five years.',
  'ЦБ Узбекистана снизил ставку до 13,5%, посмотрим, подешевеют ли кредиты на авто.',
  'Мы с женой взяли ипотеку по программе «Отбасы банка» под 5%, ждали два года.',
  'Новые правила о реструктуризации долгов граждан в Казахстане позволяют договориться с банком о снижении платежа до суда.',
  'Мне тоже звонили: «спишем все долги, банкротство за 3 месяца». Это развод, никакой гарантии суд не даёт.',
  'Юрист объясняет: банкротство физлиц длится от полугода, управляющий продаёт имущество, кроме единственного жилья, а долги потом списываются.',
  '美联储降息后，人民币贷款利率会不会跟着降？',
  '我的房贷是等额本息，提前还了十万，利息省了不少。',
  '最高法关于个人破产制度改革的意见出来了，试点会扩大到更多城市。',
  "朋友圈里那些'停息挂账、债务重组'的代理都是收钱不办事，大家别上当。",
  '律师说，逾期后可以自己直接和银行协商个性化分期，不需要交钱给中介。',
];
