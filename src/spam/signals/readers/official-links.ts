// A reader's link to the official release of the song under discussion, or to the official visa or
// border site (issue 15, "stop flagging real readers", 2026-12-07, late; real-reader-examples.ts):
// "Official lyric video: <YouTube link>" went to spam (0.57), «Официальный клип: <link>» to spam
// (0.77), 官方MV在这里：<link> was held (0.43), 签证进度可以在官网查 visaforchina.cn went to spam
// (0.53): the learned weights of a lone link ("link to youtube.com", `links`, `link-density`,
// `bare-link`) come from channel plugs.
//
// - An official video: the text says "official video / audio / lyric video / MV / live version",
//   «официальный клип / видео / аудио», 官方MV / 官方视频 / 官方现场版, and the link is a video on a big
//   platform (reputable.ts's isVideoLink). Not beside a public event's words (reputable.ts credits
//   that video already), a new artist or release pushed ("new single", "out now", «новый трек», 新歌,
//   新人), nor the writer's own (my, our, «мой», 我的).
// - An official visa or border site: the text says "official site / website / portal", «официальный
//   сайт», 官网, 官方网站, and names a visa, passport, embassy, consulate, customs or border matter
//   (签证, 护照, «виза», «таможня»); the link passes public-service.ts's test of a body's own site (no
//   video, no payment's or helper's word, no messenger, no government's word borrowed, no cheap TLD,
//   no shortener or look-alike). Not beside an agent's sale (加急, 包过, 代办, 出签, «оформим»,
//   «срочно», "guaranteed", "express").
//
// analyze.ts credits such a link as reputable and leaves it out of `links` and `link-density` only in
// a comment that sells, promotes, contacts, pleads and promises nothing and links nowhere else,
// exactly as it does a public body's own channel (public-service.ts), which is looked for first.
import { cheapLetters } from '../../text/letter-class.ts';
import type { NormalizedText } from '../../text/normalize.ts';
import { isVideoLink, namesPublicEvent } from '../reputable.ts';
import { isBodySite, PAYOUT_OR_SALE, publicBodyLinks, type PublicBodyLinks } from './public-service.ts';

const OFFICIAL_GUARD = /official|официальн|官方|官网|官網/;

const OFFICIAL_VIDEO = cheapLetters(
  /\bofficial\s+(?:music\s+|lyric\s+|live\s+|audio\s+|hd\s+)?(?:video|audio|mv|clip|live|version|lyric\s+video|visuali[sz]er)\b|(?<!\p{L})официальн\p{L}*\s+(?:музыкальн\p{L}*\s+)?(?:клип|видео|аудио|верси|лайв)\p{L}*|官方(?:mv|视频|視頻|版|现场|現場|音频|音頻|live)/u,
);

// A new artist or release pushed, or the writer's own: a plug dressed as the official video.
const PUSHED = cheapLetters(
  /\b(?:my|our|mine|new|newest|latest|upcoming|underrated|unknown|debut|premiere|out\s+now|just\s+dropped|subscribe|sub)\b|(?<!\p{L})(?:мо[йяеёи]\p{L}*|наш\p{L}*|нов\p{L}*|подпис\p{L}*)(?!\p{L})|我的|我们|我們|新歌|新曲|新人|求|订阅|訂閱/u,
);

const OFFICIAL_SITE = cheapLetters(
  /\bofficial\s+(?:\w+\s+){0,2}?(?:site|website|portal|page)\b|(?<!\p{L})официальн\p{L}*\s+(?:\p{L}+\s+)?(?:сайт|портал)\p{L}*|官网|官網|官方网站|官方網站/u,
);
const VISA_OR_BORDER = cheapLetters(
  /\b(?:visas?|e-?visa|passports?|embassy|consulate|customs|border|residence\s+permit)\b|(?<!\p{L})(?:виз[аыуе]?|визов\p{L}*|паспорт\p{L}*|посольств\p{L}*|консульств\p{L}*|таможн\p{L}*|границ\p{L}*)(?!\p{L})|签证|簽證|护照|護照|大使馆|大使館|领事馆|領事館|海关|海關|口岸|边检|邊檢|居留/u,
);
// An agent's sale beside an "official site" (public-service.ts's PAYOUT_OR_SALE says the rest).
const AGENT = cheapLetters(
  /\b(?:urgent|express|fast[- ]track|approval|approved|visa\s+service|we|us|our)\b|(?<!\p{L})(?:оформ\p{L}*|срочн\p{L}*|под\s+ключ|наш\p{L}*)|加急|包过|包過|代理|办理费|辦理費|服务费|服務費|微信/u,
);

const NONE: PublicBodyLinks = { links: 0, chars: 0, added: 0 };

/** The links a reader names as the official video of the song or the official visa or border site
 * (the rules above): how many, their characters, and how many `known` had not credited already. */
function officialLinks(n: NormalizedText, known: (url: string, domain: string) => boolean): PublicBodyLinks {
  const text = n.text;
  if (!OFFICIAL_GUARD.test(text) || PAYOUT_OR_SALE.test(text)) return NONE;
  const video = OFFICIAL_VIDEO.test(text) && !PUSHED.test(text) && !namesPublicEvent(text);
  const site = !video && OFFICIAL_SITE.test(text) && VISA_OR_BORDER.test(text) && !AGENT.test(text);
  if (!video && !site) return NONE;
  let links = 0;
  let chars = 0;
  let added = 0;
  for (let i = 0; i < n.urls.length; i++) {
    const url = n.urls[i] as string;
    const before = known(url, n.domains[i] as string);
    if (video ? !isVideoLink(url) : !isBodySite(n, i, before)) continue;
    links++;
    chars += url.length;
    if (!before) added++;
  }
  return { links, chars, added, official: true };
}

/** The links a reader names as a public body's own (public-service.ts) or, failing those, as the
 * official video or the official visa or border site (above). */
export function readerOwnedLinks(
  n: NormalizedText,
  known: (url: string, domain: string) => boolean,
): PublicBodyLinks {
  if (n.urls.length === 0) return NONE;
  const body = publicBodyLinks(n, known);
  return body.links > 0 ? body : officialLinks(n, known);
}
