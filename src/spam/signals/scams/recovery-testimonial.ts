// The fund-recovery testimonial told as a story (issue 15, 2026-12-07, third session; docs/spam.md,
// "Recovery testimonials, giveaways, title loans, relief questions"): "I was scammed out of 3 BTC …
// until I contacted Swift Chain Recovery. They got everything back in 48 hours. Email: …", «мошенники
// увели все сбережения … помог юрист Андрей, вернул 850 тысяч», 朋友介绍了李老师团队，把钱全部要回来了.
// recovery.ts knew the offer's words ("recovery expert", "got my money back"); the story names the
// firm as a proper name and tells the return in the third person ("they got everything back", "he
// returned every cent"), which none of its phrases read.
//
// The story counts only when a third party is said to have returned the money AND the comment tells
// the loss (scammed out of, lost … to a fake platform, «обманули», 被骗) or how the writer came to
// the helper (until I contacted, referred me to, thanks to, «помог», 介绍). recovery.ts asks the
// rest: a way to reach someone, no warning, not the reader's own bank or card refund. A reader who
// asks whether such a firm is real ("has anyone used …?", "is it legit?"), and the police, a court
// or a bank returning money, count nothing here.
import { cheapLetters } from '../../text/letter-class.ts';

// The cheap test: a return verb's stem (every RETURN pattern has one).
const TRIGGER =
  /return|got |brought|recovered|restored|retrieved|refunded|вернул|возвратил|要回|追回来|拿回来|退回/;

const MONEY =
  '(?:funds|money|savings|crypto|coins?|btc|bitcoins?|usdt|eth|ethereum|investment|deposits?|retirement|pension)';
// What was returned: everything, every cent, all of it, my funds, my 5 eth, $40,000.
const WHAT = `(?:everything|every\\s+(?:single\\s+)?(?:cent|penny|coin|dollar)|it\\s+all|all\\s+of\\s+(?:it|them)|all\\s+(?:my|our|her|his|their|the)\\b|(?:my|our|her|his|their)\\s+(?:\\w+\\s+){0,2}?${MONEY}\\b|(?:my|our|her|his|their)\\s+\\d[\\d.,]*\\s*(?:btc|eth|usdt|k)?\\b|\\d[\\d.,]*\\s*(?:btc|eth|usdt)\\b|[$€£]\\s?\\d)`;
// Who returned it: they, he, she, who, Agent Morris, Mr. Grant (and two words between: "traced and").
const WHO = `\\b(?:they|he|she|who|which|and|agent\\s+[a-z]+|mr\\.?\\s+[a-z]+)\\s+(?:\\w+\\s+(?:and\\s+)?){0,2}?`;
const RETURN = [
  // "they got everything back", "he traced and returned every cent", "who restored my stolen usdt",
  // "ethan brought back all of it", "he returned my 5 eth"
  new RegExp(
    `${WHO}(?:(?:(?:got|brought)\\s+back|returned|recovered|restored|retrieved|refunded)\\s+${WHAT}|(?:got|brought)\\s+${WHAT}[^.!?]{0,20}?\\sback\\b)`,
    'g',
  ),
  // "all funds returned", "every cent was recovered", "got it all back"
  /\b(?:all|every)\s+(?:of\s+)?(?:my\s+|our\s+|the\s+)?(?:funds|money|coins|cent|penny|dollar)\s+(?:were\s+|was\s+)?(?:returned|recovered|restored|refunded)\b|\bgot\s+(?:everything|it\s+all|all\s+of\s+it)\s+back\b/g,
  // «вернули мне деньги за неделю», «вернул 850 тысяч», «возвратили всю сумму»
  cheapLetters(
    /(?<![\p{L}\p{N}])(?:вернул|вернули|вернула|возвратил\p{L}*)\s+(?:мне\s+|нам\s+|ей\s+|ему\s+|им\s+)?(?:\d|деньги|средства|сбережения|всю\s+сумму|вс[её](?!\p{L}))/gu,
  ),
  // 把钱全部要回来了, 钱追回来了, 拿回来了
  /(?:全部|都|钱|錢)(?:要回|追回来|追回來|拿回来|拿回來|退回)/g,
];

// The loss told: scammed out of, lost … to a fake platform, a romance scam, a rug pull.
const LOSS = cheapLetters(
  /\bscammed\s+(?:me\s+|us\s+|her\s+|him\s+)?out\s+of\b|\b(?:lost|losing)\s+(?:[\w$€£.,]+\s+){0,4}?to\s+(?:a\s+|an\s+|the\s+|some\s+)?(?:fake|bogus|fraudulent|scam\w*|clone|fraud\w*|romance|ponzi|phony|online|investment|crypto|ponzi)\b|\b(?:fake|bogus|fraudulent|clone|phony|scam)\s+(?:\w+\s+)?(?:platform|broker|exchange|site|website|app|investment|trading)\b|\brug\s*pull\b|\bromance\s+scam\w*|\bpig\s+butchering\b|(?<!\p{L})(?:обманули|развели|обокрали|мошенник\p{L}*\s+(?:увели|украли|забрали)|фейков\p{L}*\s+бирж\p{L}*|лжеброкер\p{L}*)|被骗|被騙|假平台|杀猪盘|殺豬盤/u,
);

// How the writer came to the helper: until I contacted, referred me to, thanks to, «помог», 介绍.
const HELPER = cheapLetters(
  /\buntil\s+i\s+(?:contacted|found|met|came\s+across|reached\s+out\s+to|was\s+introduced\s+to|discovered)\b|\b(?:then|finally|luckily|fortunately|thankfully)\s+i\s+(?:found|contacted|met)\b|\b(?:referred|introduced|recommended|directed)\s+(?:me|us|her|him|them)\s+to\b|\b(?:told|tell)\s+(?:me|us)\s+about\b|\b(?:thanks\s+to|thank\s+you|big\s+thanks|shout\s*out\s+to|grateful\s+to|kudos\s+to)\b|(?<!\p{L})(?:помог(?:ла|ли)?|посоветовал\p{L}*|благодаря|спасибо|обратил\p{L}*\s+(?:к|в))(?!\p{L})|介绍|介紹|推荐|推薦|感谢|感謝|多亏|多虧/u,
);

// A reader asking whether the firm is real; the police, a court or a bank returning the money.
const NOT_A_TESTIMONIAL = cheapLetters(
  /\b(?:has\s+anyone|have\s+any\s+of\s+you|anyone\s+(?:heard|used|tried)|is\s+(?:this|it|he|she|that)\s+(?:real|legit)|are\s+they\s+(?:real|legit)|too\s+good\s+to\s+be\s+true|not\s+sure\s+(?:they|if|whether))\b|\b(?:police|court|bank|prosecutors?|regulator|fbi)\s+(?:\w+\s+){0,3}?(?:got|returned|recovered|refunded)\b|(?<!\p{L})(?:полици|суд|банк|прокуратур)\p{L}*\s+(?:\p{L}+\s+){0,2}?вернул|кто-нибудь|(?:警方|警察|法院|银行|銀行)\S{0,6}?(?:追回|退回)|靠谱吗|是真的吗/u,
);

/**
 * How many parts of a third-person recovery story (the return, the loss, the way to the helper) a
 * normalised text tells: 0 unless it tells the return and one of the others.
 */
export function countRecoveryStory(text: string): number {
  if (!TRIGGER.test(text)) return 0;
  let returns = 0;
  for (const re of RETURN) {
    re.lastIndex = 0;
    if (re.test(text)) returns = 1;
  }
  if (returns === 0) return 0;
  const parts = (LOSS.test(text) ? 1 : 0) + (HELPER.test(text) ? 1 : 0);
  if (parts === 0 || NOT_A_TESTIMONIAL.test(text)) return 0;
  return returns + parts;
}
