// A reader's link to their own write-up of their own experience (issue 15, genuine-gaps,
// 2026-12-07; genuine-gap-examples.ts). A freelancer or a small business telling what happened to
// them, with figures, and linking where they wrote it up ("I run a small freight-forwarding business
// in Almaty, our revenue fell 30% when the border closed, I put the numbers on my blog: <link>")
// was sent to spam by the link and by `self-promotion`'s "my blog" (0.79), or, without "my blog",
// by the words and the unknown link (0.53). It is a reader citing their own notes. SEO dressed as
// experience differs by its pitch: "get the same results", "check it out", "free audit", a price, a
// discount, «закажите», «пишите», 点击, 咨询, 优惠; or a contact.
//
// What is read, all of it needed: one or two links, none on a shortener, a top-level domain spam
// favours or a host named for what spam sells (seo, casino, loan, crypto …), no e-mail, phone or
// messenger; the writer's own trade or business in the first person ("I
// run", "we own", "as a freelance translator", "my clients", «я держу», «работаю фрилансером», «сам
// занимаюсь», 我…开了, 我是…做, 我们公司); a figure (a digit, a per cent, "half", «вдвое», 三成, 一半);
// the link given as the writer's own notes ("I wrote about it", "my blog", "our site", «написал у
// себя», «выложил», 博客, 整理); and no pitch. Or, instead of the trade and a figure, the writer's
// own analysis of dated data (ANALYSIS below). Then analyze.ts counts no `self-promotion` phrase and
// the link as a cited source (`cited-source`, −1.5, under its own guards: no offer, no money claim),
// with a note saying why.
import type { NormalizedText } from '../../text/normalize.ts';
import type { SignalNote } from '../../signal-note.ts';
import type { SignalCode } from '../signals.ts';
import { spamFavouredHost } from './pasted-code.ts';
import { cheapLetters } from '../../text/letter-class.ts';

const OWN_TRADE = cheapLetters(
  /\b(?:i|we)\s+(?:(?:have|had)\s+)?(?:run|own|owned|ran|started|opened|manage|work|worked|import|export|sell|trade|have been|'ve been|been)\b|\b(?:i'?m|i am|as)\s+an?\s+(?:\w+\s+)?(?:freelanc\w*|owner|translator|designer|developer|farmer|trader|driver|photographer|writer|importer|exporter|supplier|shopkeeper|guide|consultant)\b|\b(?:my|our)\s+(?:\w+\s+)?(?:business|company|firm|shop|store|studio|guesthouse|hostel|farm|cafe|restaurant|bakery|clients|customers|revenue|sales|margins?|income|orders|bookings|exports?|imports?|turnover)\b|\bfreelanc\w*|\bsmall[- ]business\b|(?<!\p{L})(?:я|мы)\s+(?:держу|держим|владею|владеем|работаю|работаем|занимаюсь|занимаемся|веду|ведём|ведем|открыл\p{L}*|вожу|возим)(?!\p{L})|(?<!\p{L})(?:сам|сама)\s+(?:занимаюсь|работаю|вожу)|(?<!\p{L})(?:мо|наш)\p{L}{0,2}\s+(?:компани|фирм|бизнес|магазин|студи|кафе|ферм|выручк|заказ|клиент|доход|продаж)\p{L}*|(?<!\p{L})работаю\s+\p{L}+(?:ом|ем|ой)(?!\p{L})|фрилансер|我(?:在\p{Script=Han}{1,8})?(?:开了|開了|开的|經營|经营|做|是)|我们(?:公司|店|工作室|家)|我家(?:店|公司|的)/u,
);

const FIGURE =
  /\d|\bhalf\b|\bdoubled\b|\btripled\b|вдвое|втрое|вполовину|в\s+два\s+раза|百分之|[一二两三四五六七八九十]成|一半|翻倍|[一二两三四五六七八九十]倍/u;

const WRITEUP = cheapLetters(
  /\b(?:i|we)\s+(?:wrote|put|posted|kept|published|shared|documented|logged|summed|collected|tracked)\b|\b(?:wrote|written)\s+(?:about|up)\b|\b(?:my|our)\s+(?:own\s+)?(?:blog|site|website|diary|journal|notes|write-?up|substack|newsletter|post)\b|\bwrite-?up\b|(?<!\p{L})(?:написал\p{L}*|выложил\p{L}*|опубликовал\p{L}*|записал\p{L}*|вёл\s+записи|вел\s+записи|у\s+себя|в\s+(?:своём|своем|моём|моем)\s+блог\p{L}*|мои\s+цифры|подробн\p{L}*\s+(?:написал|расписал|тут|здесь))|博客|写了|寫了|整理|记在|記在|记录|記錄|网站上|網站上/u,
);

const PITCH = cheapLetters(
  /\b(?:check\s+(?:it|this|them|us)?\s*out|visit|click|contact|call|calls|email|e-mail|dm|message|hire|order|orders now|buy|shop now|discounts?|coupons?|promo|sale|free|prices?|pricing|quote|book now|sign up|subscribe|follow|join|try|same results|we offer|services?|seo|backlinks?|marketing|promotion|promote|agency|audit|boost|ranking|guarantee\w*|limited|hurry|best|cheap|affordable|whatsapp|telegram|wechat|you can|your)\b|@[a-z0-9_.]{3,}|(?<!\p{L})(?:закаж\p{L}*|заказать|скидк\p{L}*|пиш\p{L}*|звон\p{L}*|обращайт\p{L}*|помогу|поможем|цен[аыуе]|прайс\p{L}*|продвижени\p{L}*|раскрутк\p{L}*|реклам\p{L}*|бесплатн\p{L}*|услуг\p{L}*|купи\p{L}*|подпис\p{L}*|переход\p{L}*|заход\p{L}*|жми\p{L}*|гаранти\p{L}*|акци\p{L}*|телеграм\p{L}*|вотсап|ватсап|вы\s+тоже|попробуйте)|点击|點擊|咨询|諮詢|优惠|優惠|价格|價格|联系|聯繫|欢迎|歡迎|推广|推廣|代运营|代運營|服务|服務|免费|免費|微信|关注|關注|订阅|訂閱|下单|下單|购买|購買|折扣|包邮|保证|保證|加我|你也/u,
);

// A reader's analysis rather than their trade (2026-12-07, third session): "I wrote a longer
// analysis … on my own blog, with the capacity figures from the 2019 and 2024 agreements", "the
// tariff tables from 2021 to 2025 are on my blog", «подробнее разобрал у себя, с цифрами за 2019 и
// 2024». The write-up's matter is data (an analysis, figures, tables, a comparison) and its figure a
// year or a per cent, not a count of tips; a list of "5 ways to …", "how I made …" or returns and
// signals are the SEO blogger's or the seller's, never this.
const ANALYSIS = cheapLetters(
  /\b(?:analys[ie]s|analy[sz]ed|breakdown|broke\s+(?:it|this)\s+down|compar(?:ed|ison|ing)|figures|numbers|data|tables?|spreadsheet|charts?|longer\s+version|in\s+(?:more\s+)?detail|line\s+by\s+line)\b|(?<!\p{L})(?:разобрал\p{L}*|разбор\p{L}*|подробн\p{L}*|таблиц\p{L}*|цифр\p{L}*|данны\p{L}*|сравнил\p{L}*|сравнени\p{L}*|графи\p{L}*)|分析|数据|數據|对比|對比|表格|详细|詳細|图表|圖表/u,
);
const DATED = /(?<!\d)(?:19|20)\d\d(?!\d)|\d\s*%|百分之|\bper\s?cent\b|процент/u;
const LISTICLE = cheapLetters(
  /\b(?:tips|ways|tricks|secrets?|guide|how\s+(?:to|i|we)|top\s+\d+|steps|hacks?|earn\w*|income|made\s+\$|returns?|profits?|roi|gains|signals?|passive)\b|(?<!\p{L})(?:способ\p{L}*|секрет\p{L}*|совет\p{L}*|лайфхак\p{L}*|как\s+(?:заработать|я\s+заработал)|заработ\p{L}*|доход\p{L}*|прибыл\p{L}*|сигнал\p{L}*)|秘诀|秘訣|方法|技巧|攻略|赚|賺|月入|收益|回报|回報/u,
);

// A host named for what spam sells (almaty-seo-pro.kz, best-casino.com, zaim-bystro.ru): no
// reader's notes.
const SELLER_HOST =
  /seo|casino|bet|loan|zaim|kredit|credit|crypto|pharm|pill|viagra|porn|promo|rank|backlink|traffic|followers|bonus|win|cash|money|earn|invest|forex|vpn|crack|dengi|rabota|vip|cheap|deal|discount/;

// The cheap trigger (literals, no Unicode flag): no write-up phrase matches without one of them.
const TRIGGER =
  /wrote|written|put|posted|kept|publish|shared|document|logged|summed|collected|tracked|blog|site|diary|journal|notes|write|substack|newsletter|post|написа|выложи|опубликова|записа|записи|у себя|блог|цифры|подробн|博客|写了|寫了|整理|记在|記在|记录|記錄|网站|網站/;

/** Whether a normalised text links the writer's own write-up of their own trade's figures, with no
 * contact and no pitch (cheap first: only texts with one or two links are read further). */
export function isOwnWriteUp(n: NormalizedText): boolean {
  if (n.urls.length === 0 || n.urls.length > 2 || n.emails + n.phones + n.disguisedEmails > 0) return false;
  for (const d of n.domains) if (spamFavouredHost(d) || SELLER_HOST.test(d)) return false;
  const text = n.text;
  if (!TRIGGER.test(text)) return false;
  if (!WRITEUP.test(text) || PITCH.test(text)) return false;
  // the writer's own trade with a figure, or their own analysis of dated data
  return (
    (OWN_TRADE.test(text) && FIGURE.test(text)) ||
    (ANALYSIS.test(text) && DATED.test(text) && !LISTICLE.test(text))
  );
}

/** The reasons' notes with one for `cited-source` saying the link is the reader's own write-up. */
export function ownWriteUpNote(notes: Map<SignalCode, SignalNote> | null): Map<SignalCode, SignalNote> {
  const out = notes ?? new Map<SignalCode, SignalNote>();
  out.set('cited-source', {
    message:
      "a link to the reader's own write-up of their own experience (first person, figures, no offer or contact): a source, not promotion",
    values: { ownWriteUp: 1 },
  });
  return out;
}
