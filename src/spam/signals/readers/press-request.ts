// A journalist asking readers for witnesses or sources (issue 15, 2026-12-07, third session;
// reader-gap-examples.ts): "I'm a reporter preparing a piece on the border queues, if you waited at
// the border write to me on Telegram @…, I can keep you anonymous", «я журналист, готовлю материал
// …, пишите в тг @…», 我是记者，正在写…的报道，欢迎私信. The advert grammar (advert-grammar.ts) read
// «пишите в тг @reporter_kz, готовлю материал» as a seller's call beside a private channel
// (service-pitch, 0.65 spam). A reporter's request has three parts, all needed:
//
// - the press: the writer is a reporter, journalist, correspondent or editor ("reporter here", "I
//   work as a correspondent", «я журналист», 我是…记者, 我是《第一财经》的记者: the outlet's name in
//   title marks or Latin letters), or is preparing a piece ("working on a story", «готовлю материал /
//   репортаж», «пишу статью», 正在写…报道);
// - the ask for sources: "if you …", "looking for people who", witnesses, anonymity, "write to me",
//   «если вы», «ищу очевидцев», «истории», «анонимно», «пишите», 如果您, 亲历者, 匿名, 私信, 采访 (to interview);
// - and no pay, no recruitment, no money and no sale: a price or a currency, "paid", "per article",
//   "hiring", "earn", "work from home", «оплата», «заработок», «вакансия», «требуются», «ищем
//   авторов», «под ключ», «услуги», «за участие», 招聘, 兼职, 日赚, 稿费, 元; nor a handle named for
//   what spam sells (@casino_…, @rabota_…). Spam that claims to be the press to recruit or to sell
//   says one of them, and then nothing here applies.
//
// It only takes the advert *grammar* back (its shape: a call beside a channel); a seller's own
// phrases (service-pitch.ts), the offer families (job, earnings, investment) and the messenger
// contact itself keep counting.
import { cheapLetters } from '../../text/letter-class.ts';

// The cheap trigger: no press phrase matches without one of these (literals, no Unicode flag).
const TRIGGER =
  /report|journalist|correspondent|editor|producer|piece|story|article|feature|investigat|журналист|корреспондент|репорт|редактор|материал|стать|сюжет|расследован|记者|記者|编辑|編輯|报道|報道|稿/;

const PRESS = cheapLetters(
  /\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:reporter|journalist|correspondent|editor|producer)\b|\b(?:reporter|journalist|correspondent)\s+(?:here|at|for|with|from)\b|\b(?:preparing|working\s+on|writing|researching|putting\s+together|reporting)\s+(?:a|an|my|our)\s+(?:[\w-]+\s+){0,2}?(?:piece|story|article|report|feature|investigation|documentary)\b|\bi\s+write\s+for\s+(?:the|a)\b|\bi\s+work\s+as\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:reporter|journalist|correspondent|editor|producer)\b|(?<!\p{L})(?:журналист\p{L}*|корреспондент\p{L}*|репорт[её]р\p{L}*|редактор\p{L}*)(?!\p{L})|(?<!\p{L})(?:готовлю|готовим|пишу|пишем|делаю|делаем|снимаю|снимаем)\s+(?:\p{L}+\s+)?(?:материал|репортаж|стать|сюжет|расследовани)\p{L}*|(?:我是|本人是)[\p{Script=Han}《》〈〉「」“”"a-z0-9 ·]{0,20}?(?:记者|記者|编辑|編輯)|(?:正在|在)(?:写|寫|做)\p{Script=Han}{0,20}(?:报道|報道|稿子|稿件)/u,
);

const ASK = cheapLetters(
  /\b(?:if\s+(?:you|anyone)|anyone\s+who|people\s+(?:who|whose)|looking\s+for|(?:talk|speak)\s+to|hear\s+from|witness\w*|sources?|anonym\w*|affected|happened\s+to\s+you|write\s+to\s+me|message\s+me|dm\s+me|contact\s+me|email\s+me)\b|(?<!\p{L})(?:пиши|пишите|напиши|напишите|свяжитесь|если\s+(?:вы|ты)|ищу|очевид\p{L}*|свидетел\p{L}*|истори\p{L}*|анонимн\p{L}*|имя\s+не|в\s+тайне|кто\s+(?:был|видел|стоял|пострадал|сталкивал))|如果(?:您|你)|亲历|親歷|匿名|信息来源|消息来源|有类似经历|有類似經歷|愿意分享|願意分享|经历|經歷|私信|联系我|聯繫我|发邮件|發郵件|采访|採訪/u,
);

// Pay, recruitment, money or a sale: a reporter asking for sources offers none of them.
const PAID = cheapLetters(
  /[$€£₽₸¥]|\b(?:paid|pay|pays|payment|per\s+(?:article|post|text|day|week|month|hour)|salary|fee|hiring|hire|vacanc\w*|jobs?|earn\w*|income|profit\w*|free|bonus|invest\w*|crypto|trading|forex|rewards?|compensat\w*|gift\s+cards?|prizes?|work\s+from\s+home|from\s+home|no\s+experience|services?|order|cheap)\b|(?<!\p{L})(?:оплат\p{L}*|плат(?:им|ят|а|у)|заработ\p{L}*|доход\p{L}*|ваканси\p{L}*|требу[ею]тс\p{L}*|ищем\s+(?:\p{L}+\s+)?(?:автор|журналист|корреспондент|копирайтер|сотрудник)\p{L}*|набира\p{L}*|подработ\p{L}*|удал[её]нк\p{L}*|гонорар\p{L}*|руб\p{L}*|тенге|сом(?!\p{L})|недорого|под\s+ключ|услуг\p{L}*|закаж\p{L}*|заказ\p{L}*|для\s+(?:вашего|вас)|опыт\s+не\s+нуж\p{L}*|за\s+участие|вознагражд\p{L}*|приз\p{L}*)|招聘|报酬|報酬|奖励|獎勵|招募|兼职|兼職|日赚|日賺|月入|元|稿费|稿費|日结|日結|佣金|收费|收費|赚钱|賺錢|代写|代寫/u,
);

// A handle named for what spam sells (@casino_bonus_vip, @rabota_media, @zarabotok24): no newsroom's.
const SELLER_HANDLE =
  /@[a-z0-9_.]*(?:casino|bonus|bet|earn|money|cash|crypto|invest|forex|signal|trade|rabot|vakans|job|hr|vip|sale|shop|promo|seo|zarabot|dengi|kredit|zaim|loan|profit|income|dohod|work)/;

/** Whether a normalised text is a journalist asking readers for witnesses or sources, offering no
 * pay, job, money or service. */
export function isPressRequest(text: string): boolean {
  return (
    TRIGGER.test(text) && PRESS.test(text) && ASK.test(text) && !PAID.test(text) && !SELLER_HANDLE.test(text)
  );
}
