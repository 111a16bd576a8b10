// Bought views, earnings with a social network as the contact, and cam links under a video, counted
// as creator pleas (creator-plea.ts; issue 15, 2026-12-07, late evening; docs/spam.md, "Channel
// calls, cover promises, bought views"). The account-selling offer family counts some of these
// words at its trained weight, which leaves a short seller's line published («Накрутка просмотров и
// лайков, пишите в скайп»); this is the same writer under a video, fixed when scoring and 0 in
// training, so the model file does not change.
//
// - views, likes, subscribers or followers sold, beside a seller's contact or terms ("buy real
//   youtube views cheap, skype: …", «накрутка просмотров, пишите в скайп», «раскрутка канала, живые
//   подписчики», 刷粉 刷赞 加微信, 抖音涨粉 加V);
// - earnings with only "message me on Facebook" as the way to reach the writer;
// - hot girls, cams, singles near you, «девушки в видеочате», 美女直播 beside a link that is neither a
//   public reference nor reputable.
//
// What it is not: a reader on bought views («накрутка просмотров — это позор», 播放量肯定是刷的,
// "who buys views anyway?": no contact, a complaint), "my parents met on a dating site" (no link),
// "the alumni group is on Facebook, message me there" (no earnings), a warning about a cam scam.
import { atWordStarts } from './patterns.ts';
import { withCheapLetters } from '../text/letter-class.ts';

const METRICS = '(?:views|likes|subscribers|subs|followers|watch\\s+hours)';
const SALE_EN = new RegExp(
  atWordStarts(
    `\\b(?:buy|buying|sell|selling|cheap|get|gain|order)\\s+(?:(?:\\d[\\d,.]*\\s*k?|real|active|cheap|organic|instant|targeted|high[- ]quality|hq|youtube|yt|instagram|insta|ig|tiktok|twitter|facebook|fb|views|likes|subs|and|&|,)\\s*){0,4}${METRICS}\\b`,
  ),
);
// The words every sale needs one of: most comments have none.
const METRIC_GUARD = /views|likes|subs|followers|watch hours/;
const OTHER_GUARD = /накрут|раскрут|продвиж|живы|реальн|дешёв|дешев|активн|刷|涨粉|漲粉|买粉|買粉|卖|賣|出售/;
const SELLER_EN =
  /\b(?:skype|telegram|whatsapp|wechat|contact|message\s+me|dm\s+me|pm\s+me|inbox|order|price|prices|we\s+sell|in\s+\d+\s+hours)\b|\$\s?\d|[\uE000\uE001\uE002]/;
const READER_EN =
  /\b(?:who\s+buys|bought|fake|bots?|scams?|fraud\w*|never|don['’]?t|investigation|journalists?|reported|police|illegal|laws?|clearly|obviously|how\s+did|how\s+does|rewards?)\b/;

const SALE_OTHER = new RegExp(
  withCheapLetters(
    [
      '(?<![\\p{L}])(?:накрутк|раскрутк|продвижени)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:просмотр|лайк|подписчик|канал|ютуб|инстаграм|тикток|видео|групп|паблик)\\p{L}*',
      '(?<![\\p{L}])(?:живые|живых|реальные|реальных|дешёвые|дешевые|активные)\\s+(?:подписчик|просмотр|лайк|фолловер)\\p{L}*',
      '刷(?:粉|赞|讚|播放|量|评论|評論|关注|關注)|涨粉|漲粉|买粉|買粉|(?:卖|賣|出售)(?:粉丝|粉絲|播放量|赞|讚)',
    ].join('|'),
  ),
  'u',
);
const SELLER_OTHER =
  /скайп|skype|телеграм|telegram|(?<![\p{L}])тг(?![\p{L}])|пишите|пиши|(?<![\p{L}])лс(?![\p{L}])|личк|ватсап|вайбер|недорог|дешев|дёшев|(?<![\p{L}])цен[аыу]|прайс|заказ|微信|加v|加微|vx|wx|qq|扣扣|联系|聯繫|私信|加我|电报|价格|價格|低价|低價|秒到|下单|下單|[\uE000\uE001\uE002]/u;
const READER_OTHER =
  /позор|накручен|зачем|бот[аыо]?(?![\p{L}])|развод|мошен|обман|расследован|журналист|пишет|пишут|автор|в\s+статье|незаконн|太多|都是|肯定|骗|騙|假的|吗|嗎|举报|舉報|报道|報道|被查|被封|违法|違法|非法/u;

// Earnings, and a social network as the only contact (a messenger's number or handle is the
// offer families' and messenger-contact's).
const EARN_EN =
  /\$\s?\d|\b\d[\d,.]*\s*(?:dollars|usd|bucks|k)\b|\b(?:earn\w*|make\s+money|extra\s+money|income|from\s+home|per\s+(?:day|week|hour))\b/;
const SOCIAL_DM =
  /\b(?:message|inbox|pm|dm|text|contact|add|hit)\s+me\s+(?:up\s+)?(?:on|at|via|in)\s+(?:facebook|fb|instagram|insta|ig|snapchat|twitter|tiktok)\b/;

// Cams and dating beside a link.
const CAM_EN =
  /\b(?:hot|sexy|lonely|naughty|horny|cute|single|bored)\s+(?:girls|women|ladies|singles|babes|moms|milfs)\b|\blive\s+(?:on\s+)?cams?\b|\bcam\s*girls?\b|\bwebcams?\b|\bmeet\s+(?:sexy\s+|hot\s+|local\s+)?(?:singles|girls|women)\b|\bgirls?\s+(?:from|in|near)\s+your\s+(?:city|area|town)\b|\bsingles\s+near\s+you\b/;
const CAM_OTHER = new RegExp(
  withCheapLetters(
    '(?<![\\p{L}])(?:горяч|сексуальн|одинок|красив|голодн)\\p{L}*\\s+(?:девушк|девочк|женщин|дам|красотк)\\p{L}*|видеочат|веб-?камер|знакомств\\p{L}*\\s+(?:для\\s+взрослых|без\\s+регистрации)|美女直播|裸聊|同城交友|一对一视频|一對一視頻|寂寞',
  ),
  'u',
);
const CAM_WARNING = /\b(?:scam\w*|fake|beware|warning|report|careful)\b|развод|мошен|осторожн|骗|騙|小心/u;

/** How many metric sales, social-DM earnings and cam links a normalised text holds; `linked` when it
 * has a link that is neither a public reference nor reputable. */
export function countMetricSales(text: string, linked: boolean): number {
  let n = 0;
  if (METRIC_GUARD.test(text) && SALE_EN.test(text) && SELLER_EN.test(text) && !READER_EN.test(text)) n++;
  if (OTHER_GUARD.test(text) && SALE_OTHER.test(text) && SELLER_OTHER.test(text) && !READER_OTHER.test(text))
    n++;
  if (text.includes(' me ') && SOCIAL_DM.test(text) && EARN_EN.test(text)) n++;
  if (linked && (CAM_EN.test(text) || CAM_OTHER.test(text)) && !CAM_WARNING.test(text)) n++;
  return n;
}
