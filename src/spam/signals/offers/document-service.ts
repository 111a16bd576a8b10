// Document services sold beside a messenger stand-in (issue 15, 2026-12-07, third session;
// docs/spam.md, "Russian and Chinese gaps"): 代办文凭认证，学信网可查，加微 abc123; 本科毕业证学位证
// 办理 … 薇：…; 驾照不用考，直接拿证 … 加薇 …; 留学生回国学历认证，三天出结果，扣 …; 各类证书代办 … v信 …;
// «Легализация диплома за 3 дня без очередей, поможем всем, @…», «Права категории B без сдачи
// экзаменов … пишите в вотсап». The DOCUMENT family (illicit-offer-patterns.ts) counts the seller's
// pitch beside a contact it knows (微信, qq, vx, a number); the agency writes the messenger as a
// stand-in (加微, 加薇, v信, 扣 and a QQ number) and the pitch in other words (办理 after the
// document, 三天出结果, 不用考, «без сдачи экзаменов», «под заказ», «за 3 дня»).
//
// Readers ask how to have a diploma recognised (学历认证怎么办, «как подтвердить диплом»), tell of
// the official procedure (留学服务中心 … 网上办理, «нострификация через Центр Болонского процесса»),
// renew a licence at the window, and warn about such offers (有人加我微信说能代办 … 骗子吧？, «это
// мошенники»). So the phrases count only beside a messenger, a handle, a number or «в лс», and never
// beside a warning or a reader's report.
import type { OfferContext } from './offer-family.ts';
import { B } from './offer-patterns.ts';

// The stems the DOCUMENT guard gains.
export const DOCUMENT_SERVICE_GUARD = /легализаци|апостил|бланк|认证|認證|签证|簽證|证书|證書/;

// A way to reach the agency, stand-ins included: 加微, 加薇, v信, 扣/q and a QQ number, a handle, the
// link, e-mail and phone placeholders, a messenger's name, «в лс».
const CHANNEL =
  /\uE000|\uE001|\uE002|@[a-z0-9_]{3,}|加(?:微|薇|威|v)|[vV威薇]信|微信|vx|wx|qq|扣扣|(?<![\p{L}\p{N}])(?:扣|q)\s*[:：]?\s*[1-9]\d{5,10}(?!\d)|whatsapp|telegram|вотсап|ватсап|телеграм|(?<!\p{L})(?:лс|личк\p{L}*)(?!\p{L})/u;

// A warning or a reader's report: 骗子, 是假的, 别信, 提醒, 有人加我, «мошенники», «предлагали».
// (不骗人 and 绝不骗 are the seller's own words.)
export const DOCUMENT_WARNING =
  /(?<!不)(?:骗|騙)|是假的|都是假|别信|別信|小心|提醒|举报|舉報|所谓|所謂|警惕|上当|上當|有人(?:加我|说|說|找我|私信|问|問)|千万别|千萬別|不要相信|不可能|мошен|развод|обман|не\s+ведит|не\s+верь|невозможн|полици|предлагали|так\s+пишут/u;

// An official body named, or a reader's question: 大使馆, 车管所, «посольство», «ЦОН»; 请问, 怎么,
// «подскажите», «кто … ?».
const OFFICIAL_OR_QUESTION =
  /大使馆|大使館|使馆|使館|领事馆|領事館|车管所|車管所|出入境|公安局|请问|請問|怎么|怎麼|如何|哪里|哪裡|посольств|консульств|министерств|(?<!\p{L})цон(?!\p{L})|egov|госуслуг|подскажите|посоветуйте|(?<!\p{L})(?:кто|где|как)(?!\p{L})[^.!?]*\?/u;

const ZH_DOCS =
  '(?:文凭|文憑|学历|學歷|学位证?|學位證?|毕业证|畢業證|驾照|駕照|驾驶证|駕駛證|签证|簽證|证书|證書|资格证|資格證|职称|職稱|会计证|會計證)';

/** The document service's phrases, as a context of the DOCUMENT family. */
export const DOCUMENT_SERVICE: OfferContext = {
  when: CHANNEL,
  unless: new RegExp(`${DOCUMENT_WARNING.source}|${OFFICIAL_OR_QUESTION.source}`, 'u'),
  patterns: [
    // 代办文凭认证, 专业办理毕业证, 加急办理, 本科毕业证学位证办理, 各国签证代办, 各类证书代办
    `(?:代办|代辦|加急办理|加急辦理|快速办理|快速辦理|专业办理|專業辦理)\\S{0,6}?${ZH_DOCS}|${ZH_DOCS}(?:认证|認證)?\\S{0,2}?(?:代办|代辦|办理|辦理)`,
    // 学信网可查, 可上学信网查询, 档案可查, 联网可查, 不用考, 直接拿证, 包出认证书, 三天出结果, 拒签也能办
    '(?:学信网|學信網|档案|檔案|联网|聯網)(?:可查|可查询|可查詢)|(?:可)?上(?:学信网|學信網)查(?:询|詢)?|(?:不用|无需|無需|免)考|直接拿(?:证|證)|包出\\S{0,3}?(?:证|證)|[\\d一二两三四五六七]+(?:个)?(?:工作)?天出(?:证|證|结果|結果)|拒签也能办|拒簽也能辦',
    // «легализация диплома за 3 дня», «диплом … под заказ», «права категории B без сдачи экзаменов»
    `${B}(?:легализаци|апостил|нострификаци)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?за\\s+\\d+\\s+(?:дн|дня|час)\\p{L}*`,
    `${B}(?:диплом|аттестат|права|удостоверени|сертификат|справк)\\p{L}*(?:\\s+[\\p{L}\\d]+){0,3}?\\s+(?:без\\s+(?:сдачи\\s+)?(?:экзамен|очеред|обучени)\\p{L}*|под\\s+заказ|на\\s+заказ|с\\s+доставкой|любых\\s+вузов|любого\\s+вуза)`,
    // «поможем с дипломом», «настоящий бланк», «любую проверку пройдут», «оплата после получения»
    `${B}(?:поможем|помогу|сделаем|сделаю|оформим|оформлю)\\s+(?:с\\s+)?(?:\\p{L}+\\s+)?(?:диплом|аттестат|права|удостоверени|сертификат)\\p{L}*|${B}(?:настоящ|оригинальн|гознаковск)\\p{L}*\\s+бланк\\p{L}*|${B}(?:любую|любые)\\s+проверк\\p{L}*\\s+(?:пройд|выдерж)\\p{L}*|${B}оплата\\s+после\\s+получени\\p{L}*`,
  ],
};
