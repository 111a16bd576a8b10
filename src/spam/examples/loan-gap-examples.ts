// Development examples of the loan-gap audit (issue 15, 2026-12-07): loan and debt adverts the
// loan and betting audit (money-examples.ts) left unfixed, in English, Russian and Chinese, for a
// site on China–Central Asia affairs: approval whatever the credit history or income, private
// lenders at a low rate, car-title loans that leave the car with the borrower, debt settlement and
// personal bankruptcy sold as a service («спишем долги», «банкротство под ключ», 停息挂账, 逾期协商,
// 债务重组代理); each with a link, a phone, a messenger handle, an e-mail or no contact. And the
// genuine comments of the same surface that must stay published: interest rates, central banks'
// rate decisions, a reader's own mortgage or car loan, Kazakhstan's debt and bankruptcy law,
// China's bankruptcy reform, sovereign debt restructuring, warnings quoting these adverts, a
// lawyer's neutral account of personal bankruptcy. Written from general knowledge, before any
// pattern was changed; the patterns are then widened looking at these verdicts (a development
// figure). The held-out batch written at the same time is loan-gap-heldout-examples.ts.

/** Loan and debt adverts (development), en / ru / zh. */
export const LOAN_GAP_SPAM_DEV: readonly string[] = [
  'Approved no matter what your credit history looks like: personal loans from $1,000 to $50,000, apply at fundfirst-now.com',
  'Denied by your bank? A private lender can fund you at only 2.5% interest per year. WhatsApp +44 7700 900123',
  "Need cash fast? Use your vehicle's title and keep driving it, up to $8,000 the same afternoon. Call (555) 013-2290",
  'Drowning in credit card bills? We negotiate with your creditors and reduce your balance by half. Email relief.desk@debtaway.co',
  'Private loan lender here, offering financial help to those in need at a low 3% rate, no collateral. Contact me on Telegram @capital_help',
  "Loans for everyone, no proof of income needed, a bad history doesn't matter, money the same day",
  'Enroll in our debt settlement program and pay back only a fraction of what you owe. Free quote: settlefast.org',
  'Your credit score does not matter to us. Borrow up to $5,000 tonight with just an ID. Text 555-0188',
  'Займ без подтверждения дохода и без справок, одобрим любого гражданина, переходите на zaem-bystro.online',
  'Частный инвестор выдаст займ под 3% в месяц, без залога и поручителей. Звоните +7 999 555-44-33',
  'Законно спишем ваши долги по кредитам и микрозаймам, работаем по договору, оплата в рассрочку. Пишите в WhatsApp +7 701 555 12 12',
  'Банкротство физических лиц под ключ за 6 месяцев, гарантия списания долгов, пишите: bankrot.help@mail.ru',
  'Деньги под залог автомобиля, ездите на своей машине дальше, выдача в день обращения',
  'Кредит даже с открытыми просрочками, отказ не получит никто, телеграм @kredit_vsem',
  'Избавим от долгов: спишем кредиты через процедуру банкротства, первая консультация 0 рублей, сайт spisanie-dolgov.pro',
  'Одобрим кредит не глядя на кредитную историю, нужен только паспорт',
  '征信不好没关系，无需查征信，额度5万起，加微信 dk8899',
  '私人放款，低息3厘，不看流水，有需要的联系 138 0013 8000',
  '车辆抵押贷款，只押手续不押车，额度高，详情 www.cheddai88.com',
  '信用卡逾期了？专业团队帮你停息挂账，分期60期还款，咨询微信 tingxi666',
  '债务重组代理，帮您减免罚息，解决网贷逾期问题，电话 400-800-1234',
  '逾期协商，一对一帮您跟银行谈延期还款，成功再收费，邮箱 xieshang@163.com',
  '不看征信不查大数据，私人借款，有需要私聊',
  '个人资金周转，私人放贷，利息低，手续简单，Telegram @zijin_zhouzhuan',
];

/** Genuine comments of the same surface (development), en / ru / zh: must stay published. */
export const LOAN_GAP_GENUINE_DEV: readonly string[] = [
  "The National Bank of Kazakhstan kept its base rate at 15.25% today; mortgage rates won't fall before spring.",
  'I took a car loan at 19% last year in Almaty and I regret not waiting for the rate cut. Read the contract carefully.',
  "Under Kazakhstan's out-of-court bankruptcy procedure a debtor applies through eGov, and the debts are written off after six months if there is no property.",
  "Beware of ads promising 'approval regardless of your history, no credit check': my uncle paid a processing fee and never saw the loan.",
  'Lawyer here: personal bankruptcy in Kazakhstan has three routes, out-of-court, judicial and restoration of solvency. You need arrears of over 12 months. General information, not advice.',
  "Tajikistan's debt to China's Exim Bank is about a third of its external debt; a restructuring would need Beijing's consent.",
  'Interest rates on tenge deposits are still above 14%, so why would anyone take a dollar loan now?',
  'I called my bank myself and they agreed to a repayment plan; you do not need those debt settlement companies at all.',
  'Нацбанк Казахстана снова оставил базовую ставку без изменений, ипотека по-прежнему дорогая.',
  'Брал автокредит в Халыке под 21%, машина была в залоге у банка до конца выплат. Досрочно погасил через два года.',
  'Закон о банкротстве физлиц в Казахстане заработал в 2023 году, но внесудебная процедура доступна только при долге до 1600 МРП.',
  'Осторожно: в телеграме пишут «спишем долги за месяц, гарантия» — это те же люди, что берут предоплату и исчезают.',
  'Как юрист поясню: процедура банкротства гражданина начинается с заявления, затем финансовый управляющий описывает имущество, единственное жильё не изымается.',
  'Киргизия договорилась с Китаем о реструктуризации части долга перед Эксимбанком, платежи перенесли на несколько лет.',
  'После повышения ключевой ставки банки подняли проценты по потребкредитам до 30%, занимать сейчас безумие.',
  'Сам договорился с банком о реструктуризации кредита после сокращения, платёж уменьшили вдвое.',
  '央行今天下调了一年期LPR，房贷利率终于降了一点。',
  '我去年办的车贷利率4.5%，车辆抵押在银行，每月还三千多。',
  '深圳个人破产条例实施以来，已有数百人申请，全国推广还需要时间。',
  "提醒大家：看到'不看征信、私人放款'的广告千万别信，都是先收手续费的。",
  '律师解释：个人破产程序需要法院受理，债务人如实申报财产，考察期内限制高消费，并不是一下子免掉所有债务。',
  '巴基斯坦和斯里兰卡都在与中国谈债务重组，中亚国家应该吸取教训。',
  '哈萨克斯坦维持基准利率不变，坚戈贷款还是很贵，中资企业更愿意用人民币融资。',
  '我信用卡逾期了两个月，自己打电话给银行协商，银行同意分十二期还。',
];
