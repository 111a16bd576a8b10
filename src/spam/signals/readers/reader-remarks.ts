// What readers write about channel plugs and subscribing that asks nobody to subscribe to the writer
// (issue 15, "stop flagging real readers", 2026-12-07, late; real-reader-examples.ts), beside the
// remarks of subscribe-remark.ts and the advice of public-service.ts:
//
// - a plug quoted in a complaint: 'These "check out my channel" comments are ruining the comment
//   section' (discarded, 1.00), 'Can we stop with the "subscribe to my channel" spam?' (0.999),
//   «реклама каналов, «подпишитесь на мой канал» под каждой новостью» (0.72), 别再发"关注我的频道"了
//   (0.68). The quote is a kind of comment ('"…" comments', 'someone writes "…"', «писать «…»»,
//   发"…", "…"这种), the rest of the comment complains (spam, stop, nobody, report, mods, «надоело»,
//   «удалите», 举报, 没人) and, with the quotes blanked, promotes nothing and pleads for nothing;
// - the ask reported, not made: "someone begging you to check out their channel" (held, 0.44), "Stop
//   posting your channel links here" (0.38), "stop spamming links to your Telegram channels";
// - advice to subscribe to the artist instead of a re-upload or a "+1" ("subscribe to the artist's
//   channel instead of writing +1", 0.97; "subscribe to the artist, not to the channels that steal her
//   songs"), to a project's releases or mailing list ("Subscribe to the project's release feed on
//   GitHub", 0.65; "the Node.js security mailing list"), or to the customs or border service's
//   channel ("Subscribe to the customs channel on Telegram for queue updates", 0.92).
//
// Their spans leave the self-promotion count (and a quoted plug the own-channel count), and count as
// remarks for `reader-subscription`, which analyze.ts gives only to a comment with no link, contact,
// call to action or promotion left. Never: the writer's own anywhere ("my/our channel", a plug left
// outside the quotes), a link, phone or e-mail beside the advice, a sale or a payout.
import { cheapLetters } from '../../text/letter-class.ts';
import type { NormalizedText } from '../../text/normalize.ts';
import { countCreatorPleas } from '../creator-plea.ts';
import { countOwnChannel } from '../own-promotion.ts';
import { countSelfPromotion } from '../promotion.ts';
import { PAYOUT_OR_SALE, withPublicServiceAdvice } from './public-service.ts';
import { subscribeRemarks, withoutSubscribeRemarks } from './subscribe-remark.ts';

type Span = [number, number];

// A quoted stretch of up to 60 characters: "…", “…”, «…», 「…」, 『…』.
const QUOTED = /"[^"\n]{3,60}"|“[^”\n]{3,60}”|«[^»\n]{3,60}»|「[^」\n]{3,60}」|『[^』\n]{3,60}』/g;
const QUOTE_GUARD = /["“«「『]/;
// No plug without one of these (a cheap test before the own-channel and self-promotion counts).
const PLUG_STEM = /\bm[ey]\b|mine|sub|check|follow|мо[йяеё]|подпис|меня|我|关注|關注|订阅|訂閱/;

// The quote named as a kind of comment: a word before it (writes, posting, these, «пишут», 发, 全是)
// or after it (comments, spam, replies, «под», 这种, 的).
const BEFORE = cheapLetters(
  /(?:\b(?:writes?|wrote|says?|saying|posts?|posting|spams?|spamming|comments?|with|these|those|the|all|every|of|are)|(?<!\p{L})(?:пиш\p{L}*|писать|написа\p{L}*|реклам\p{L}*|спам\p{L}*|эти|этих|все|всё)|发|發|刷|都是|全是|一堆)\s*$/u,
);
const AFTER = cheapLetters(
  /^\s*(?:(?:comments?|spam|replies|messages|posts|crap|nonsense|stuff|ads?|bots?|people|guys)\b|(?:под|в\s+коммент|спам|коммент)\p{L}*|这种|這種|这类|這類|之类|之類|的|了|广告|廣告)/u,
);

// What a complaint says about the plugs it quotes or reports.
const COMPLAINT = cheapLetters(
  /\b(?:spam\w*|annoying|ruin\w*|stop|enough|nobody|no\s+one|cares|report\w*|delete\w*|remove\w*|mods?|moderators?|tired|sick\s+of|ban\w*|cringe|every\s+(?:second|other|single)|half\s+(?:the|of)|under\s+every|clean\s+(?:this|it)\s+up|bots?)\b|(?<!\p{L})(?:спам\p{L}*|надоел\p{L}*|хватит|удал\p{L}*|модератор\p{L}*|опять|никому|никто|бот\p{L}*|жалоб\p{L}*)|烦|煩|举报|舉報|删|刪|管管|别再|別再|没人|沒人|刷屏|机器人|機器人/u,
);

// The ask reported, not made: someone begging others to check out their channel, "stop posting your
// channel links".
const REPORTED_PLUG =
  /\b(?:begg?(?:s|ed|ing)?|ask(?:s|ed|ing)?|tell(?:s|ing)?)\s+(?:you|us|people|everyone|readers|viewers)\s+to\s+(?:check\s+out|visit|watch|sub(?:scribe)?\s+to|follow|click\s+on)\s+(?:their|his|her|these|those)\s+(?:[\w-]+\s+)?(?:channels?|pages?|videos?|links?|music)\b|\b(?:stop|quit|enough\s+with|tired\s+of|sick\s+of)\s+(?:posting|spamming|advertising|promoting|plugging|dropping|pushing)\s+(?:links\s+to\s+)?(?:your|their|these|those)\s+(?:[\w-]+\s+)?(?:channels?|links?|pages?)\b/g;

// Advice to subscribe to the artist rather than a re-upload or a "+1"; to a project's releases or
// mailing list; to the customs or border service's channel.
const ARTIST =
  /\b(?:subscribe|sub)\s+to\s+(?:the\s+(?:original\s+|real\s+|actual\s+)?(?:artist|band|singer|rapper|group|composer|creator|uploader)(?:'s|s')?|her|his|their|him|them)(?:\s+(?:official\s+|own\s+|real\s+|actual\s+)?(?:channel|vevo))?\b/g;
const CONTRAST =
  /\binstead\b|\brather\s+than\b|\bnot\s+(?:to\s+)?(?:this|these|the|those)\b|\bre-?uploads?\b|\bsteal(?:s|ing)?\b|\bstolen\b|\bcop(?:y|ies)\b|\bfake\b|\+1\b/;
const PROJECT_OR_BODY =
  /\b(?:subscribe\s+to|follow)\s+the\s+(?:[\w.'-]+\s+){0,3}?(?:release\s+feed|releases|release\s+notes|mailing\s+list|security\s+(?:list|advisories|announcements)|announce(?:ments)?\s+list|changelog|rss\s+feed|atom\s+feed)\b|\b(?:subscribe\s+to|follow)\s+the\s+(?:official\s+)?(?:customs|border\s+service|border\s+guards?|visa\s+cent(?:re|er)|migration\s+service|tax\s+service)\s+(?:telegram\s+)?(?:channel|page|account|alerts|newsletter)\b/g;
const ADVICE_GUARD = /subscri|\bsub\s|follow/;
// The writer's own or a swap anywhere: never advice.
const OWN =
  /\b(?:my|mine|our|ours)\b|\bsub\s*(?:4|for)\s*sub\b|\bsub(?:scribe)?\s+back\b|\bsubscribe\s+to\s+(?:me|us)\b/;

function spansOf(re: RegExp, text: string, out: Span[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
}

/** The quoted plugs of a complaint (the rules above), or none. */
function quotedPlugs(n: NormalizedText): Span[] {
  const text = n.text;
  if (!QUOTE_GUARD.test(text) || n.urls.length + n.emails + n.phones > 0) return [];
  const spans: Span[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) {
    const inner = m[0].slice(1, -1);
    if (!PLUG_STEM.test(inner) || countOwnChannel(inner) + countSelfPromotion(inner) === 0) continue;
    const end = m.index + m[0].length;
    if (BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) || AFTER.test(text.slice(end, end + 16)))
      spans.push([m.index, end]);
  }
  if (spans.length === 0) return [];
  const outside = withoutSubscribeRemarks(text, spans);
  const rest = countOwnChannel(outside) + countSelfPromotion(outside) + countCreatorPleas(outside);
  return rest === 0 && COMPLAINT.test(outside) ? spans : [];
}

/** The spans of reported plugs and of advice to subscribe to the artist, a project's releases or a
 * border body's channel (the rules above), in a comment with no link, contact, sale or own channel. */
function reportsAndAdvice(n: NormalizedText): Span[] {
  const text = n.text;
  if (!CHANNEL_GUARD.test(text) || n.urls.length + n.emails + n.phones > 0) return [];
  const spans: Span[] = [];
  if (REPORTED_GUARD.test(text)) spansOf(REPORTED_PLUG, text, spans);
  const reported = spans.length;
  if (ADVICE_GUARD.test(text)) {
    if (CONTRAST.test(text)) spansOf(ARTIST, text, spans);
    spansOf(PROJECT_OR_BODY, text, spans);
  }
  if (spans.length === 0 || OWN.test(text) || PAYOUT_OR_SALE.test(text)) return [];
  return reported === 0 || COMPLAINT.test(text) ? spans : spans.slice(reported);
}
// No reported plug or advice without one of these words (cheap tests first: most comments have none).
const CHANNEL_GUARD = /channel|link|page|video|music|subscri|\bsub\s|follow/;
const REPORTED_GUARD = /\b(?:beg|ask|tell|stop|quit|enough|tired|sick)/;

/** A comment's reader remarks: the spans of subscribe-remark.ts, public-service.ts's advice and the
 * quoted plugs, reported plugs and advice above, in order; and the text with the quoted plugs blanked
 * (`told`), for the own-channel count. */
export function readerRemarks(n: NormalizedText): { remarks: Span[]; told: string } {
  const remarks = withPublicServiceAdvice(subscribeRemarks(n.text), n.text);
  const quoted = quotedPlugs(n);
  const more = [...quoted, ...reportsAndAdvice(n)];
  if (more.length === 0) return { remarks, told: n.text };
  return {
    remarks: [...remarks, ...more].sort((a, b) => a[0] - b[0]),
    told: quoted.length === 0 ? n.text : withoutSubscribeRemarks(n.text, quoted),
  };
}
