// The grammar of an advert in Chinese and Russian (2026-12-07), whatever is advertised. The offer
// families know products by their words (贷款, 荐股, «займ»): an advert for house moving, a private
// detective or a pedigree kitten names none of them, and chasing each new product's vocabulary
// does not generalise (the coverage audit: 38/78 → 77/78 on its own examples, 11/24 → 14/24 held
// out). What every such advert shares is its shape, not its product:
//
//  - a private channel to the seller: a phone number, a link, an e-mail, a messenger id (微信/VX/
//    V信/QQ/扣扣/TG/飞机 + an id, @handle), or the words 私信/私聊/加我/联系我, «пишите в ЛС/личку/
//    телеграм», «WhatsApp» (a link to a public body or a reputable outlet is no channel: a reader
//    cites it), a Russian mobile number written without spaces (89161234567, which
//    normalisation does not read as a phone); this is required, and checked first (cheap: most comments have none);
//  - then several kinds of seller's cue, each counted once, so a long advert of one kind does not
//    count more than a short one of many kinds:
//      service  — the service offered or the trade: 专业, 办理, 代办/代写/代练, 出售, 回收, 批发, 招生,
//                 提供, 上门, 包教包会, 保证, 当天, 秒到, 随叫随到, 24小时; «под ключ», «выезд», «на дому»,
//                 «продаю», «куплю», «выкуп», «помогу», «круглосуточно», «без выходных»;
//      price    — the terms of sale: 低价, 优惠, 免费, 一口价, N元起, 价格透明/美丽, 量大从优, 包邮,
//                 不成功不收费, 全额退款, 试听; «недорого», «от N ₽», «скидки», «акция», «бесплатно»,
//                 «без предоплаты»;
//      trust    — the seller's assurances and openings: 诚信, 靠谱, 正品, 长期合作, 欢迎咨询, 有意者,
//                 需要的, 名额有限, 经验, 持证, 资深; «гарантия», «опыт N лет», «быстро»,
//                 «качественно», «конфиденциально», «по всей России»;
//      money    — a promised sum or rate: 日结, 月入, 返利, 返现, 百分之, %, 回报, 回本, 佣金; (Russian
//                 has it in price);
//      call     — Russian imperatives to the buyer: «обращайтесь», «звоните», «пишите», «запись»;
//      list     — the advert's telegraphic list: four or more comma-separated fragments, on average
//                 no longer than eight characters (Chinese) or three words (Russian);
//      private  — the channel is a private one (a messenger id, a handle, "DM me"), not only a phone
//                 number, a link or an e-mail, which a reader passing on a public office's gives too
//                 (and which have their own weights);
//      last     — the channel closes the text: an advert ends on how to buy, a reader who passes on a
//                 consulate's number goes on to say why.
//  - and no reader's discourse: a question about something (请问, 吗, 哪里, «подскажите», "?" in
//    Russian), a first-person story (我家, 我朋友, 我觉得, 去年我…, «я», «мы», «мой», «у нас»), a warning,
//    a report or a complaint (骗, 举报, 提醒, 小心, 警方, 听说, 据报道, 文章, 但是, 其实; «мошенники»,
//    «осторожно», «полиция», «в статье», «по данным», «жаловаться»), and service-pitch's report and
//    complaint words («обещают», «не работает», 用不了, 没看到). Any of them and nothing counts:
//    a warning quotes the advert's words, a reader's question or story has them too.
//
// The value, service-pitch's count, is one less than the kinds from two kinds on (at most 4): two kinds
// count as one seller's phrase (held beside a phone number), three as two (spam beside a phone
// number, held beside a bare id), each further kind as one more phrase. No product is named anywhere above:
// the cues are the words a seller of anything uses about the sale itself.
import type { NormalizedText } from '../../text/normalize.ts';
import { englishAdvertKinds, englishAdvertValue } from './advert-grammar-en.ts';
import { countServicePitch, speaksAsReader } from '../service-pitch.ts';
import { quietLinks } from '../readers/reader-links.ts';
import { isPressRequest } from '../readers/press-request.ts';
import { cheapLetters } from '../../text/letter-class.ts';

// The placeholders normalisation leaves for a link, an e-mail and a phone number.
const PLACEHOLDER = /[\ue000-\ue002]/;

const ZH_CHANNEL =
  /(?:微信|薇信|威信|v信|vx|wx|qq|扣扣|tg|飞机|电报|whatsapp|telegram)\s*(?:号|群)?\s*[:：]?\s*@?[a-z0-9_]{4,}|(?<![a-z])v\s*[:：]\s*[a-z0-9_]{4,}|@[a-z0-9_]{3,}|私信|私聊|详聊|加我|联系我|找我/u;
const ZH_SERVICE =
  /专业|办理|代办|代写|代练|代购|代驾|代排|代发|出售|收购|回收|批发|零售|招聘|招募|招生|承接|提供|服务|上门|包(?:教|会|过|邮|安装|健康|成功|拿证|就业|进)|保证|保障|质保|快速|当天|秒(?:到|发|出|回)|随叫随到|24小时|立等可取|马上到|一站式|一对一/u;
const ZH_PRICE =
  /低价|优惠|特价|免费|赠送|半价|立减|折扣|[\d一二三四五六七八九十百千万]+(?:元|块|万)起|一口价|价格(?:透明|实惠|合理|美丽|公道|优惠|低)|收费(?:合理|低|透明)|量大(?:从优|价优)|包邮|试听|全额退款|无效退款|不成功不收|不[\p{Script=Han}]{1,2}不收(?:费|钱)/u;
const ZH_TRUST =
  /诚信|靠谱|正品|真实|长期合作|欢迎(?:咨询|来电|合作|选购|订购|加盟)|咨询|有意者|需要的|有需要|名额有限|成功率高|经验|持证|资深|正规|放心/u;
const ZH_MONEY = /日结|月入|日入|返利|返现|百分之|\d\s?%|回报|回本|报酬|佣金|提成|高薪/u;
// A reader's discourse: a question, a story in the first person, a warning, a report, an opinion.
const ZH_READER =
  /骗|举报|提醒|小心|警方|警察|报警|听说|据说|据报道|报道|新闻|文章|作者|楼主|我觉得|我认为|我(?:家|妈|爸|朋友|叔叔|上个?月|去年|今年|在|们(?:公司|厂|小区|这边|单位))|但是|可是|不过|其实|结果|违法|上当|别信|千万|投诉|请问|有没有|吗|呢|谁知道|有人知道|哪里|坑|所谓|号称|割韭菜/u;

const RU_CHANNEL = cheapLetters(
  /(?<!\p{L})(?:пиши|пишите|напишите)\s+(?:в|на)\s+(?:лс|личку|личные|директ|телеграм\p{L}*|whatsapp|вотсап|ватсап|вайбер|viber|telegram|тг)(?!\p{L})|(?:whatsapp|telegram|вотсап|ватсап|вайбер|viber|телеграм|тел\.|телефон)\s*[:.]?\s*[\ue002@]|@[a-z0-9_]{3,}|запись\s+в\s+директ|(?<!\d)(?:\+?7|8)9\d{9}(?!\d)/u,
);
const RU_SERVICE = cheapLetters(
  /под\s+ключ|(?<!\p{L})выезд|на\s+дом(?:у)?(?!\p{L})|установк|ремонт|изготовлени|монтаж|(?<!\p{L})(?:продаю|продам|куплю|выкуп|помогу|поднимем|сделаем)(?!\p{L})|услуг|доставк|(?<!\p{L})работаем|круглосуточно|без\s+выходных|24\/7|замер/u,
);
const RU_PRICE = cheapLetters(
  /недорого|дёшево|дешево|низкие\s+цены|цены?\s+от|(?<!\p{L})от\s+\d[\d\s]*(?:₽|руб|р\.|тенге|₸|\$|сом)|скидк|(?<!\p{L})акци[яи]|бесплатн|без\s+предоплаты|(?<!\p{L})дорого(?!\p{L})|деньги\s+сразу/u,
);
const RU_TRUST = cheapLetters(
  /гаранти|опыт(?:\s+работы)?\s+\d+\s+(?:лет|года?)|качественн|(?<!\p{L})быстро|конфиденциальн|по\s+всей\s+(?:россии|области|стране|рф)|по\s+всему\s+городу|живые|стерильн|с\s+документами|безопасно|надёжно|надежно/u,
);
// «Запись» is the seller's call as a booking ("запись по телефону", «запись: +7…», «запись открыта»,
// «онлайн-запись к …»), never the recording of an event a reader shares: «полная запись», «запись
// заседания/эфира/трансляции» (a noun after it), «видеозапись» (2026-12-07, evening).
const RU_CALL = cheapLetters(
  /(?<!\p{L})(?:обращайтесь|звоните|пишите|заказывайте|приглашаем)(?!\p{L})|(?<!\p{L})(?<!полн\p{L}{1,3}\s)запись(?=\s*(?:$|[:.,;!\-–—(\ue000-\ue002])|\s+(?:на|по|к|в|во|открыта|открыт|через|онлайн|ведётся|ведется|идёт|идет)(?!\p{L}))/u,
);
// (a reader offering a file in DMs: «пишите в личку, скину PDF», «отправлю файлом»; 2026-12-07, third session)
const RU_READER = cheapLetters(
  /\?|(?<!\p{L})(?:скину|скинуть|отправлю|вышлю|перешлю)\s+(?:\p{L}+\s+)?(?:pdf|файл|скан|текст|презентаци|таблиц|запис)|мошен|развод|обман|полици|профсоюз|инспекци|прокуратур|осторожн|предупрежд|в\s+статье|стать[яие]|автор|по\s+данным|читал|слышал|говорят|по-моему|думаю|жалова|спасибо|согласен|(?<!\p{L})(?:я|мне|меня|мой|моя|мои|мы|нас|нам|наш\p{L}*)(?!\p{L})/u,
);

const CJK = /[\u3400-\u9fff]/;
const CJK_OR_CYRILLIC = /[\u0400-\u04ff\u3400-\u9fff]/;
const SEGMENT = /[,，、;；。!！.]+/;

/** Whether a comma-separated list of short fragments makes up most of the text. */
function isList(text: string, maxLength: number, unit: (s: string) => number): boolean {
  const parts = text
    .split(SEGMENT)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (parts.length < 4) return false;
  let total = 0;
  for (const p of parts) total += unit(p);
  return total / parts.length <= maxLength;
}

/** Whether the last fragment of the text holds the channel. */
function endsOnChannel(text: string, channel: RegExp): boolean {
  const parts = text
    .split(SEGMENT)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const last = parts[parts.length - 1] ?? '';
  return PLACEHOLDER.test(last) || channel.test(last);
}

const words = (s: string): number => s.split(/\s+/).length;
const chars = (s: string): number => s.length;

/** How many kinds of seller's cue a Chinese or Russian comment with a private channel and no
 * reader's discourse has (0 when there is no channel or the reader speaks). `ownLinks`: the links
 * that can be the seller's (not a public reference or a reputable outlet a reader cites); all of
 * them when not given. */
export function advertGrammarKinds(n: NormalizedText, ownLinks = n.urls.length): number {
  const text = n.text;
  // Latin text (most comments): the English grammar (advert-grammar-en.ts).
  if (!CJK_OR_CYRILLIC.test(text)) return englishAdvertKinds(n, ownLinks);
  // (a local host or a pasted command's link is no seller's channel: reader-links.ts)
  const own = ownLinks > 0 ? Math.min(ownLinks, n.urls.length - quietLinks(n)) : 0;
  const placeholders = own + n.emails + n.phones > 0;
  if (CJK.test(text)) {
    const privateZh = ZH_CHANNEL.test(text);
    if (!placeholders && !privateZh) return 0;
    // service-pitch's reports, warnings and complaints count as the reader's discourse too (用不了)
    if (ZH_READER.test(text) || speaksAsReader(text)) return 0;
    let kinds = privateZh ? 1 : 0;
    if (ZH_SERVICE.test(text)) kinds++;
    if (ZH_PRICE.test(text)) kinds++;
    if (ZH_TRUST.test(text)) kinds++;
    if (ZH_MONEY.test(text)) kinds++;
    if (isList(text, 8, chars)) kinds++;
    if (endsOnChannel(text, ZH_CHANNEL)) kinds++;
    return kinds;
  }
  const privateRu = RU_CHANNEL.test(text);
  if (!placeholders && !privateRu) return 0;
  if (RU_READER.test(text) || speaksAsReader(text)) return 0;
  let kinds = privateRu ? 1 : 0;
  if (RU_SERVICE.test(text)) kinds++;
  if (RU_PRICE.test(text)) kinds++;
  if (RU_TRUST.test(text)) kinds++;
  if (RU_CALL.test(text)) kinds++;
  if (isList(text, 3, words)) kinds++;
  if (endsOnChannel(text, RU_CHANNEL)) kinds++;
  return kinds;
}

/** The advert grammar as service-pitch's count: one less than the kinds of cue from two kinds on
 * (each further kind is one more piece of the seller's voice, as one more phrase is), at most 4. */
export function advertGrammar(n: NormalizedText, ownLinks = n.urls.length): number {
  const kinds = advertGrammarKinds(n, ownLinks);
  const value = !CJK_OR_CYRILLIC.test(n.text)
    ? englishAdvertValue(kinds)
    : kinds >= 2
      ? Math.min(4, kinds - 1)
      : 0;
  // A journalist asking for sources has the shape (a call beside a handle) and sells nothing
  // (press-request.ts); looked for only when the shape counted.
  return value > 0 && isPressRequest(n.text) ? 0 : value;
}

/** `service-pitch`'s count: the larger of the seller's phrases (service-pitch.ts) and the advert
 * grammar's. */
export function countSellerVoice(n: NormalizedText, ownLinks = n.urls.length): number {
  return Math.max(countServicePitch(n), advertGrammar(n, ownLinks));
}
