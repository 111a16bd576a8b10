// The loan-gap audit (issue 15, 2026-12-07; loan-gap-examples.ts): loan and debt adverts the loan
// family (`loan-offer`, market-offer-patterns.ts, money-offer-patterns.ts) still missed in English,
// Russian and Chinese: approval whatever the credit history or income, private lenders, car-title
// loans that leave the car with the borrower, and debt settlement or personal bankruptcy sold as a
// service («спишем долги», «банкротство под ключ», 停息挂账, 逾期协商, 债务重组代理). No new signal:
// the patterns join the loan family (its main context, or three contexts of their own), and the
// stems below join its guard, so offers.ts runs them only on a text with one of them. Each pattern
// names the lender's or the debt firm's promise, offer or address to the reader ("we negotiate
// with YOUR creditors", «спишем», 帮你停息挂账), never the subject: a reader on a central bank's rate,
// their own mortgage or car loan, a debt restructuring law, a country's debt to China, a lawyer
// describing the procedure, or a warning quoting an advert names the same things without it.

/** No letter or digit before: the start of a word in any script (as B in offer-patterns.ts). */
const B = '(?<![\\p{L}\\p{N}])';

/** Not what a borrower says of their own loan ("I was approved regardless of …" is a story). */
const NOT_A_READER = '(?<!\\b(?:i|we|he|she|they)\\b[^.!?\\n]{0,40})';

/** Not what a reader was given («мне одобрили даже с просрочками»). */
const NOT_GIVEN = '(?<!(?:мне|нам|ему|ей|им)\\s(?:\\p{L}+\\s){0,3}даже\\s+с\\s+(?:\\p{L}+\\s+)?\\p{L}+)';

/** The loan family's stems added by this audit (joined to its guard in market-offer-patterns.ts). */
export const LOAN_GAP_GUARD =
  /debt|balance|fraction of|keep driving|keep using|keep your car|keep your vehicle|keep your truck|keep your keys|drive while|drive it while|pink slip|against your car|against your vehicle|against your truck|against your auto|equity loan|title pawn|автоломбард|只押|押证|押證|частное лицо|частного лица|частный инвестор|частного инвестора|деньги под|под залог|птс|спишем|списываем|избавим|списать|списани|банкротств|收入证明|收入證明|工作证明|工作證明|不押车|不押車|停息|挂账|掛賬|债务|債務|逾期|协商还款|協商還款|帮你跟|帮您跟|帮你和|帮您和|幫你跟|幫您跟|成功再收|成功后收|成功後收/;

// The car loan's "keep driving it" counts only beside a title, a pawn or a pledge, and a private
// lender or a low rate only beside a way to reach the lender (an e-mail, a phone, a messenger or a
// handle; not a link: a reader links a report): said inside the patterns, looked for only once the
// pattern's own words are found, so the phrases share the loan family's one-pass test.
const beside = (words: string): string => `(?:(?<=(?:${words})[\\s\\S]*)|(?=[\\s\\S]*(?:${words})))`;
const PLEDGE_EN = beside('\\b(?:title|pawn|collateral)');
const PLEDGE_RU = beside('залог|птс');
const PLEDGE_ZH = beside('抵押');
const CHANNEL_EN = beside('\\uE001|\\uE002|whatsapp|telegram|viber|wechat|(?:^|\\s)@[a-z0-9_]{4,}');
const CHANNEL_OTHER = beside(
  '\\uE001|\\uE002|whatsapp|telegram|viber|wechat|телеграм|ватсап|вотсап|вайбер|微信|私聊|(?:^|\\s)@[a-z0-9_]{4,}',
);

/** The lender's promises, in the loan family's main context (never beside LOAN_UNLESS). */
export const LOAN_GAP_MORE: readonly string[] = [
  // "approved no matter what your credit history looks like", "regardless of your credit score",
  // "whatever your credit rating", "your credit score does not matter to us"
  `${NOT_A_READER}\\b(?:no\\s+matter\\s+(?:what\\s+|how\\s+bad\\s+)?|regardless\\s+of\\s+|whatever\\s+)(?:your|the)\\s+(?:credit\\s+)?(?:history|score|rating|record)\\b|\\b(?:your|bad|poor|low)\\s+(?:credit\\s+)?(?:score|history|rating)\\s+(?:doesn'?t|does\\s+not|won'?t|will\\s+not)\\s+matter\\b(?!\\s+(?:much|that|as|so))`,
  // "no proof of income needed", "no payslips required", "with just an ID"
  `${NOT_A_READER}\\b(?:no|zero)\\s+(?:proof\\s+of\\s+(?:income|employment)|income\\s+(?:proof|verification|checks?)|pay\\s*slips?|pay\\s*stubs?)\\s+(?:needed|required|necessary|asked)\\b|${NOT_A_READER}\\bwith\\s+(?:just|only)\\s+(?:an?\\s+|your\\s+)?(?:id|id\\s+card|passport|national\\s+id)\\b`,
  // «не глядя на кредитную историю», «независимо от истории», «с любой кредитной историей»,
  // «даже с открытыми просрочками», «отказ не получит никто», «нужен только паспорт»
  `${B}(?:глядя|смотря)(?<=${B}не\\s+(?:глядя|смотря))\\s+на\\s+(?:\\p{L}+\\s+)?(?:кредитн\\p{L}*\\s+)?истори\\p{L}*|${B}независимо\\s+от\\s+(?:\\p{L}+\\s+)?(?:кредитн\\p{L}*\\s+)?истори\\p{L}*|${B}любой(?<=${B}с\\s+любой)\\s+(?:кредитн\\p{L}*\\s+)?историей|${B}(?:просрочк|испорченн)\\p{L}*(?<=${B}даже\\s+с\\s+(?:\\p{L}+\\s+)?\\p{L}+)${NOT_GIVEN}|${B}отказ\\p{L}*\\s+не\\s+получ\\p{L}*\\s+никто|${B}никому\\s+не\\s+отказыва\\p{L}*`,
  `${B}паспорт(?<=${B}(?:(?:нуж\\p{L}*|достаточно)\\s+только|(?:только|лишь)\\s+по|по\\s+одному)\\s+паспорт)|${B}(?:подтвержд|справ)\\p{L}*(?<=${B}без\\s+\\p{L}+)\\s+(?:о\\s+|об\\s+)?(?:доход|заработ|зарплат|трудоустрой|занятост)\\p{L}*`,
  // «частный инвестор выдаст займ», «частное лицо даст деньги» (what it will give, not gave)
  `${B}частн\\p{L}*\\s+(?:инвестор\\p{L}*|лиц[оа]|кредитор\\p{L}*|(?:займодав|заимодав)\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}?(?:выда[её]т|выдаст|выдаю|выдадим|да[её]т|даст|дам|предлага\\p{L}*|одолж(?:ит|у))(?!\\p{L})`,
  // 无需征信, 免征信, 征信不好没关系, 私人放款 / 放贷, 无需收入证明
  '(?:无需|無需|无须|無須|不需要|不用|免)(?:查|看|上|提供)?(?:征信|徵信)|(?:征信|徵信)(?:不好|差|花了?|黑了?|有逾期|有问题|有問題)(?:没关系|沒關係|不要紧|不要緊|也没事|也沒事|无所谓|無所謂|不影响|不影響)|私人(?:放款|放贷|放貸)|(?:无需|無需|无须|無須|不需要|不用|免)(?:收入证明|收入證明|工作证明|工作證明)',
  // (2026-12-07, fifth session) the lender's other promises in Chinese: money in the account the same
  // day (当天到账, 即时到账), no pledge, guarantor or face-to-face signing (无需抵押, 免担保, 无需面签),
  // black and white records alike (黑白户, 黑户白户都可以), "need money fast?" (急用钱？); each counts
  // only in the loan family's context (a loan's stems beside it) and beside no warning or report
  '(?:当天|當天|当日|當日|即时|即時|马上|馬上)到(?:账|賬)|(?:无需|無需|无须|無須|不需要|不用|免)(?:抵押|担保|擔保|面签|面簽)|黑白(?:户|戶)|(?:黑户|黑戶)(?:白户|白戶)(?:都|均|也)?(?:可以|能|可)|急(?:用|需)(?:钱|錢)[？?！!]',
  // a car loan keeping the car: "keep driving your car", «пользуйтесь машиной как раньше», «авто
  // остаётся при вас», 不押车, 车辆正常开
  `(?:\\bkeep\\s+(?:driving|using)\\s+(?:it|your\\s+(?:car|vehicle|truck|auto))\\b|\\bkeep\\s+your\\s+(?:car|vehicle|truck)\\b(?!\\s+(?:loan|serviced|clean|insured)))${PLEDGE_EN}`,
  `(?:${B}(?:ездите|езжайте|катайтесь|пользуйтесь|продолжайте\\s+ездить)\\s+(?:\\p{L}+\\s+){0,3}?(?:дальше|как\\s+(?:раньше|прежде|обычно))(?!\\p{L})|${B}оста[её]тся(?<=${B}(?:авто|машина|автомобиль)\\s+(?:\\p{L}+\\s+)?оста[её]тся)\\s+(?:при\\s+вас|с\\s+вами|в\\s+вашем\\s+пользовании))${PLEDGE_RU}`,
  `不押(?:车|車)|(?:车|車)(?:辆|輛)?(?:正常开|正常開|继续开|繼續開|照常开|照常開)${PLEDGE_ZH}`,
  // the title itself as the pledge (2026-12-07, third session; scam-gaps-examples.ts): "use your pink
  // slip", "money against your car title", "auto equity loans", "title pawn", "keep your keys" and
  // "drive while you repay" beside a title; «деньги под ПТС», «автоломбард», 只押绿本/登记证, 押证
  `${NOT_A_READER}(?:\\b(?:use|bring|with)\\s+(?:just\\s+|only\\s+)?your\\s+(?:car(?:'s)?\\s+|vehicle(?:'s)?\\s+)?(?:pink\\s+slip|title)\\b|\\b(?:cash|money|loans?|borrow|funds?)\\s+(?:fast\\s+|today\\s+)?against\\s+your\\s+(?:car|vehicle|truck|auto)(?:'s)?(?:\\s+(?:title|pink\\s+slip))?\\b|\\b(?:auto|car|vehicle)\\s+equity\\s+loans?\\b|\\btitle\\s+pawns?\\b|(?:\\bkeep\\s+your\\s+(?:car\\s+)?keys\\b|\\bdrive\\s+(?:it\\s+)?while\\s+you\\s+(?:repay|pay(?:\\s+it\\s+back)?)\\b)${PLEDGE_EN})`,
  `${B}(?<!(?:взял|взяла|взяли|брал|брала|брали|оформил|оформила|оформили)\\s(?:\\p{L}+\\s)?)(?:деньги|займ\\p{L}*|заём|заем|кредит\\p{L}*|наличные)\\s+под\\s+(?:залог\\s+)?(?:птс|авто|машин\\p{L}*|автомобил\\p{L}*)(?!\\p{L})|${B}автоломбард\\p{L}*(?=[\\s\\S]*(?:\\uE000|\\uE001|\\uE002|ватсап|вотсап|телеграм|звоните|пишите))`,
  '只押(?:绿本|綠本|登记证|登記證|产证|產證|证|證)|押(?:证|證)不押(?:车|車)|(?:车辆|車輛|汽车|汽車)抵押(?:借款|贷款|貸款)',
  // beside a way to reach the lender: "private lender", "fund you at only 2.5% interest", "at a low
  // 3% rate", «займ под 3% в месяц», «деньги под 2% в месяц»
  `(?:\\bprivate\\s+(?:money\\s+|loan\\s+)?lenders?\\b|\\b(?:fund|finance|lend\\s+to)\\s+you\\s+at\\s+(?:only\\s+|just\\s+|a\\s+low\\s+)?\\d+(?:[.,]\\d+)?\\s*%|\\bat\\s+(?:only\\s+|just\\s+|a\\s+low\\s+)?\\d+(?:[.,]\\d+)?\\s*%\\s+(?:interest|rate)\\b)${CHANNEL_EN}`,
  `%(?<=${B}(?:займ|заём|заем|деньги|кредит)\\p{L}*\\s+под\\s+\\d+(?:[.,]\\d+)?\\s*%)\\s+(?:в\\s+(?:месяц|день|год)|годовых)${CHANNEL_OTHER}`,
];

/**
 * A warning, a report or a question beside a debt firm's words: LOAN_UNLESS without its law and
 * government words (a debt firm's advert says «законно», "under the law"), and with "don't fall
 * for" and 别信 (as «не ведитесь»): the debt phrases' own context.
 */
export const DEBT_UNLESS =
  /\b(?:scams?|scammers?|fraud\w*|police|so-called|beware|warn\w*|fake|don'?t\s+fall\s+for|can i|where can i|how (?:can|do) i|is it possible|does anyone|anyone know)\b|мошен|осторожн|предупрежд|полици|кабал|развод|обман|не\s+ведитесь|не\s+связывайтесь|можно\s+ли|подскажите|所谓|所謂|警惕|小心|提醒|上当|上當|报警|報警|警方|诈骗|詐騙|骗|騙|别信|別信|不要信|报道|報道|真的吗|靠谱吗|可信吗/u;

/** Any text (the debt context's `when`: the family's stems already decided). */
export const ANY_TEXT = /(?:)/;

/** Debt settlement and bankruptcy sold as a service (beside no DEBT_UNLESS). */
export const LOAN_GAP_DEBT: readonly string[] = [
  // "we negotiate with your creditors", "our team will erase most of your unsecured debt"
  `\\b(?:we|our\\s+(?:team|experts?|lawyers?|attorneys?|specialists?))\\s+(?:will\\s+|can\\s+|help\\s+(?:you\\s+)?)?(?:negotiate|erase|eliminate|wipe\\s+out|settle|reduce|cut|slash|lower|clear)\\s+(?:[a-z]+\\s+){0,3}?your\\s+(?:[a-z]+\\s+){0,2}?(?:debts?|creditors|lenders|balances?|bills)\\b`,
  // "reduce your balance by half", "settle your debt for 40%", "pay back only a fraction of what you owe"
  `\\b(?:reduce|slash|lower|cut|settle)\\s+your\\s+(?:[a-z]+\\s+){0,2}?(?:debts?|balances?)\\s+(?:by|for)\\s+(?:up\\s+to\\s+)?(?:\\d+\\s*(?:%|cents|percent)|half|a\\s+third|less|pennies)|\\b(?:pay|repay)\\s+(?:back\\s+)?only\\s+a\\s+fraction\\s+of\\s+(?:what\\s+you\\s+owe|your\\s+debts?)`,
  // «спишем долги», «избавим от долгов», «поможем списать кредиты», «банкротство под ключ», «гарантия списания»
  `${B}(?:спишем|списываем|аннулируем|избавим)\\s+(?:\\p{L}+\\s+){0,3}?(?:от\\s+)?(?:долг|кредит|займ|микрозайм|задолженност)\\p{L}*|${B}(?:поможем|помогаем|поможем\\s+вам)\\s+(?:\\p{L}+\\s+){0,2}?(?:списать|избавиться\\s+от|аннулировать)\\s+(?:\\p{L}+\\s+){0,2}?(?:долг|кредит|займ|задолженност)\\p{L}*`,
  `${B}(?:банкротств|списани)\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?под\\s+ключ|${B}гаранти\\p{L}*\\s+(?:\\p{L}+\\s+)?списани\\p{L}*`,
  // 帮你停息挂账, 专业办理逾期协商, 债务重组代理, 帮您跟银行谈, 成功再收费
  '(?:帮你|帮您|幫你|幫您|代办|代辦|代理|协助|協助|专业|專業|办理|辦理|咨询|諮詢|一对一|一對一)\\S{0,6}?(?:停息挂账|停息掛賬|停息分期|债务重组|債務重組|债务优化|債務優化|逾期协商|逾期協商|协商还款|協商還款|个性化分期|個性化分期|减免罚息|減免罰息)',
  '(?:停息挂账|停息掛賬|债务重组|債務重組|债务优化|債務優化|逾期协商|逾期協商|协商还款|協商還款)\\S{0,3}?(?:代理|代办|代辦|服务|服務|咨询|諮詢|团队|團隊)|(?:帮|幫)(?:你|您)(?:跟|和)(?:银行|銀行|平台|机构|機構)\\S{0,2}?(?:谈|談|协商|協商)|成功(?:后|後)?再?收(?:费|費)',
];
