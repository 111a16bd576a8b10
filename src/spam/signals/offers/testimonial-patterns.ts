// Testimonials for a named helper and earnings claims without a contact (issue 15, 2026-12-07 late;
// testimonial-examples.ts). Two existing families read them as extra contexts, so no signal is
// added and nothing is retrained:
//
// - `investment-pitch` (offer-patterns.ts, counted only beside a way to reach the "expert"): the
//   testimonial's story ("until I met Mrs. …", "her signals made me", "manages my trading
//   account", "doubled my savings", "the best broker", «пока не познакомилась с …», «её сигналы
//   принесли», «личный менеджер», 遇到了王老师, 跟着他的信号, 帮我管理账户, 赚回), only in a text
//   about money, trading or a loss, never beside a bank;
// - `earnings-offer` (market-offer-patterns.ts): the reply chain's seed, a claim of the writer's own
//   earnings in a period, the hook inviting replies and the pitch, all three ("I made $5,000 last
//   month with this simple method, anyone can do it, ask me how", «заработала 200 000 за месяц
//   простым способом, спрашивайте», 上个月用这个简单方法赚了五万，谁都能做，想知道的问我). The claim
//   alone is a reader's salary, shop or blog; with "anyone can start one" it is still a craft; with
//   "ask me how the till works" it is a conversation.
//
// Neither counts in a warning quoting the scam ("… are scammers", "fake testimonials", «это
// мошенники», 都是骗子, 别信).
import type { OfferContext } from './offer-family.ts';
import { withCheapLetters } from '../../text/letter-class.ts';

// No letter or digit before (offer-patterns.ts's B; not imported, as offer-patterns.ts imports this file).
const B = '(?<![\\p{L}\\p{N}])';

const HONORIFIC = '(?:mr|mrs|ms|miss|dr|madam|sir|prof|professor)\\b';

// A reader warning about such comments, quoting them; or a bank's own personal manager («личный
// менеджер в банке»), which is no stranger's.
const TESTIMONIAL_WARNING =
  /\bbanks?\b|банк|银行|銀行|\b(?:(?:are|is)\s+(?:all\s+|just\s+)?(?:scammers|scams?|fake|bots|frauds?|lying)|fake\s+(?:testimonials?|reviews?|comments?|accounts?)|beware|warning|scam\s+alert|(?:don'?t|do\s+not|never)\s+(?:trust|write|contact|reply|message|answer|fall)|report\s+(?:them|these|this|any)|block\s+them|so-called)\b|это\s+мошенник|тоже\s+мошенник|мошенники\s+пишут|не\s+верьте|не\s+пишите|осторожно|будьте\s+осторожн|фейк|развод|都是骗子|是骗子|全是托|都是托|别信|別信|千万别|千萬別|警惕|举报|舉報|小心|所谓|所謂/u;

/** Stems the investment family's guard gains (they only decide whether its patterns run). */
export const TESTIMONIAL_GUARD =
  /met|meet|introduced|signal|strateg|стратеги|manages|handles|doubled|tripled|grew|withdraw|best broker|познаком|встрети|встрет|личн|персональн|вырос|зарабатываю|получаю|遇到|遇見|遇见|认识|認識|结识|結識|信号|信號|赚回|賺回|回本|打理|账户|帳戶|本金翻|提现|提現/;

// Money, trading or a loss in the text: the story counts only about money ("until I met my
// neighbour, her number is …" is a reader's).
const MONEY =
  /[$€£₽]|\b(?:usdt|btc|bitcoin|crypto|forex|trading|trade[sd]?|invest\w*|profits?|signals?|broker|portfolio|savings|money|funds|deposit|withdraw\w*)\b|деньг|денег|сбережен|бирж|трейд|инвест|прибыл|сигнал|брокер|крипт|биткоин|сч[её]т|депозит|руб|тыс|млн|миллион|долл|钱|錢|币|幣|万|萬|元|投资|投資|收益|赚|賺|亏|虧|被骗|被騙|本金|账户|帳戶|提现|提現|信号|信號|股/u;

/** The testimonial's story, beside a contact (the investment family's own condition). */
export const TESTIMONIAL_CONTEXT: OfferContext = {
  when: MONEY,
  unless: TESTIMONIAL_WARNING,
  patterns: [
    // "until I met Mrs. Helen", "introduced me to Mr. Hayes", "you should meet Dr. Moore"
    `\\b(?:until|till|then|before|when|after)\\s+(?:i|we)\\s+(?:finally\\s+)?(?:met|found|contacted|came across|was introduced to|got introduced to|got in touch with|reached out to)\\s+${HONORIFIC}|\\bintroduced\\s+(?:me|us)\\s+to\\s+${HONORIFIC}|\\b(?:should|must|to)\\s+(?:meet|contact)\\s+${HONORIFIC}`,
    // "her signals turned my account around", "his strategy made me", "their copy trading doubled"
    `\\b(?:his|her|their)\\s+(?:trading\\s+|forex\\s+|crypto\\s+)?(?:signals?|strateg(?:y|ies)|copy\\s+trading|investment\\s+(?:program|programme|plan|platform|strategy)|account\\s+management|trading\\s+(?:program|programme|platform|bot|system))\\s+(?:has\\s+|have\\s+)?(?:made|turned|doubled|tripled|grew|gave|earned|helped|changed|got|brought)\\b`,
    // "manages my trading account", "doubled my savings", "grew my $1,000 into"
    `\\b(?:manages|handles|runs|trades)\\s+my\\s+(?:trading|crypto|forex|binary|options)\\s+(?:account|portfolio)\\b|\\b(?:doubled|tripled|quadrupled|grew|turned|multiplied)\\s+my\\s+(?:[$€£]\\s?\\d|savings|money|investment|capital|deposit|account|portfolio)`,
    // "the best broker", "I get $4,200 every week", "I now earn weekly profits", "withdraw profits every Friday"
    `\\bbest\\s+(?:broker|account\\s+manager|trader|forex\\s+trader|investment\\s+manager)\\b|\\b(?:i|we)\\s+(?:now\\s+)?(?:get|receive|withdraw)\\s+(?:[$€£]\\s?\\d[\\d,.]*k?\\s+|(?:my\\s+)?profits?\\s+)(?:every|each|per|weekly|daily)\\b|\\b(?:earn|withdraw|receive)\\s+(?:weekly|daily|monthly)\\s+(?:profits?|returns?|payouts?)\\b`,
    // «пока не познакомилась с …», «её сигналы принесли мне», «личный менеджер», «счёт вырос в пять раз», «зарабатываю 150 000 в неделю»
    `${B}пока\\s+не\\s+(?:познакомил|встретил|нашл|наш[её]л|обратил)\\p{L}*|${B}(?:е[её]|его|их)\\s+(?:торгов\\p{L}*\\s+)?(?:сигнал|стратеги|метод|прогноз)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:принесл|дал|помогл|позволил|удвоил|утроил)\\p{L}*`,
    `${B}(?:личн|персональн)\\p{L}*\\s+(?:менеджер|брокер|трейдер|куратор|аналитик|наставник)\\p{L}*|${B}(?:сч[её]т|депозит|капитал)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:вырос|увеличил)\\p{L}*\\s+в\\s+\\p{L}+\\s+раз|${B}(?:зарабатываю|получаю)\\s+(?:по\\s+|от\\s+)?\\d[\\d\\s]*\\s*(?:руб\\p{L}*|₽|\\$|долл\\p{L}*|тыс\\p{L}*|тенге|к)?\\s*(?:в|за)\\s+(?:день|неделю|месяц)`,
    // 遇到了王老师, 跟着他的信号, 赚回了三十万, 帮我管理账户, 账户经理, 本金翻了三倍, 每周都能提现
    '(?:遇到|遇見|遇见|认识|認識|结识|結識)了?\\p{Script=Han}{1,3}?(?:老师|老師|经理|經理|导师|導師|先生|女士|姐|哥)|跟(?:着|著)(?:他|她)的?(?:信号|信號|策略|操作)|(?:赚回|賺回)了?|回本(?:还|還)(?:赚|賺)|(?:帮我|幫我)(?:管理|打理)(?:账户|帳戶|资金|資金|账号|帳號)|(?:账户|帳戶)(?:经理|經理)|本金翻了|每(?:周|週|天|月)都能(?:提现|提現)',
  ],
};

// The reply-chain's hook, the invitation to reply: ask me how, reply if you want to know, comment
// "info", «спрашивайте», «кому интересно», 想学的问我, 感兴趣的留言. Required: without it a claim
// with "anyone can do it" is a reader's own shop or craft ("anyone can start one, it's hard work").
const HOOK_EN =
  "ask me how(?=\\s*(?:[.!,;]|$|i did it|to (?:start|join|earn|make)))|ask me and i|just ask me|ask me for (?:details|the method)|reply (?:if|and|for)|comment ['\"]?\\w+['\"]? (?:and|if)|wants? to know how|i'?ll (?:tell|show|explain)|i will (?:tell|show|explain)";
const HOOK_RU =
  '(?<![\\p{L}\\p{N}])(?:спрашивайте|спроси(?:те)?\\s+меня|расскажу|объясню|кому\\s+интересно|научу\\s+(?:любого|каждого|всех|вас|тебя)|пиши(?:те)?\\s+[«"]?(?:да|плюс|\\+|хочу)(?![\\p{L}\\p{N}]))';
const HOOK_ZH =
  '(?:问我|問我)(?:就行|就好|吧|即可)|(?:想知道|想学|想學|想了解|感兴趣|感興趣)的?(?:可以)?(?:问我|問我|找我|私信|私聊|留言)|私下(?:问|問)';
// The pitch beside the hook: anyone can do it, no experience needed, a simple method.
const PITCH_EN =
  '(?:this|one|a) (?:simple |easy |secret )?method|anyone can (?:do (?:it|this)|start|learn)|no (?:experience|skills?) (?:needed|required)|without any (?:experience|skills?)|(?:simple|easy|secret|little-known) (?:method|trick|system|strategy)|(?:method|trick) (?:nobody|no one) talks about';
const PITCH_RU =
  '(?<![\\p{L}\\p{N}])(?:справится\\s+любой|(?:повторить|сможет|может)\\s+(?:\\p{L}+\\s+)?(?:каждый|любой)|без\\s+опыта|прост(?:ым|ой|ую)\\s+(?:способ|схем|метод)\\p{L}*|не\\s+выходя\\s+из\\s+дома)';
const PITCH_ZH =
  '谁都能做|誰都能做|人人都能做|人人都可以|谁都可以|誰都可以|小白也能|小白都能|新手也能|不需要经验|不需要經驗|无需经验|無需經驗|零经验|零經驗|零基础|零基礎|简单的?方法|簡單的?方法|(?:这个|這個)方法';

// The claim of the writer's own earnings in a period.
const CLAIM_EN =
  '\\b(?:made|earned|make|earn|cleared|pulled in|hit|got paid|paid me|brought in)\\s+(?:over\\s+|about\\s+|around\\s+|more than\\s+)?[$€£]\\s?\\d[\\d,.]*\\s*k?\\+?\\s+(?:last|this|in|within|a|per|every|each)\\s+(?:[a-z]+\\s+){0,2}?(?:days?|weeks?|months?)\\b|\\bmore\\s+in\\s+a\\s+(?:day|week|month)\\s+than\\b';
const CLAIM_RU =
  '(?<![\\p{L}\\p{N}])(?:заработал\\p{L}*|зарабатываю|получаю|вывел\\p{L}*)\\s+(?:\\p{L}+\\s+){0,3}?\\d';
const CLAIM_ZH = '(?:赚了|賺了|收入|入账|入賬|赚|賺)\\s*(?:\\d|[一二两三四五六七八九十百千万萬几幾])';

/** Stems the earnings family's guard gains for the claims. */
export const CLAIM_GUARD =
  /earn|made|make|cleared|pulled in|\bhit\b|paid me|brought in|more in a|заработал|зарабатываю|получаю|вывел|赚|賺|收入|入账|入賬/;

// A reader warning about the reply chains, or reporting an advert.
const CLAIM_WARNING =
  /\b(?:scams?|scammers?|fraud\w*|police|warn\w*|fake|adverts?|ads|so-called|pyramid|mlm)\b|мошен|развод|обман|полици|реклам|пирамид|诈骗|詐騙|骗|騙|上当|上當|所谓|所謂|传销|傳銷/u;

// What a claim needs (a digit, a Chinese numeral after 赚, or "more in a week than"): the cheap test
// that keeps the phrases from running on the many comments saying "make" or "earn".
const CLAIM_TRIGGER =
  /\d|more in a (?:day|week|month) than|(?:赚|賺|收入|入账|入賬)了?\s*[一二两三四五六七八九十百千万萬几幾]/;

// Each of the claim, the hook and the pitch is needed, and none counts in a warning: tested only
// once a phrase was found.
const UNLESS = new RegExp(
  withCheapLetters(
    `^(?![^]*?(?:${HOOK_EN}|${HOOK_RU}|${HOOK_ZH}))|^(?![^]*?(?:${CLAIM_EN}|${CLAIM_RU}|${CLAIM_ZH}))|^(?![^]*?(?:${PITCH_EN}|${PITCH_RU}|${PITCH_ZH}))|${CLAIM_WARNING.source}`,
  ),
  'u',
);

/** The earnings claim beside the reply-chain's hook: the claim, the hook and the pitch counted, in its script. */
export const CLAIM_CONTEXT: OfferContext = {
  when: CLAIM_TRIGGER,
  unless: UNLESS,
  patterns: [CLAIM_EN, HOOK_EN, PITCH_EN, CLAIM_RU, HOOK_RU, PITCH_RU, CLAIM_ZH, HOOK_ZH, PITCH_ZH],
};
