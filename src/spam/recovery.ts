// Fund-recovery scams: "lost your Bitcoin to a scam? contact X, they got all my money back",
// "hack recovery specialist", "восстановление средств", "追回被骗资金". A testimonial or an offer
// to recover lost or stolen money through a hacker or "expert", always with a way to reach them.
// A victim telling their story ("the bank could not recover my money") names no recoverer and
// leaves no contact, so a phrase counts only in a comment with an e-mail address, a phone number,
// a link or a messenger name.

const ENGLISH = [
  // "(fund|crypto|hack) recovery expert/specialist/service/hacker"
  '\\b(?:fund|funds|crypto|bitcoin|btc|asset|assets|hack|money|scam|wallet)\\s+recovery\\s+(?:expert|experts|specialist|specialists|service|services|company|agency|hacker|hackers|team|pro)\\b',
  // "helped me recover", "got (all) my money back", "recovered my lost bitcoin"
  '\\bhelped\\s+(?:me|us)\\s+(?:to\\s+)?(?:recover|retrieve|get\\s+back)\\b',
  '\\b(?:got|get|getting|recovered|retrieved)\\s+(?:all\\s+)?(?:of\\s+)?(?:my|your|our|their)\\s+(?:lost\\s+|stolen\\s+)?(?:money|funds|bitcoins?|btc|crypto|coins|savings|investment)\\s+back\\b',
  '\\b(?:recover|retrieve)\\s+(?:your|all\\s+your)\\s+(?:lost\\s+|stolen\\s+)?(?:money|funds|bitcoins?|btc|crypto|coins|investment)\\b',
  '\\b(?:lost|stolen)\\s+(?:your\\s+)?(?:money|funds|bitcoins?|btc|crypto)\\s+to\\s+(?:a\\s+)?(?:scam|scammers?|fake|fraud)',
];
const OTHER = [
  '(?<![\\p{L}])(?:возврат|восстановлени|верн\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:средств|денег|деньги|криптовалют\\p{L}*|биткоин\\p{L}*)',
  '追回|挽回损失|被骗资金|被騙資金',
];
const FAMILIES = [...ENGLISH.map((s) => new RegExp(s, 'g')), ...OTHER.map((s) => new RegExp(s, 'gu'))];
const GUARD = /recover|retriev|back|lost|stolen|возврат|восстанов|верн|追回|挽回|被骗|被騙/;
const MESSENGER = /whatsapp|telegram|signal|wechat|viber|телеграм|вотсап|微信/;

/**
 * How many fund-recovery phrases a normalised text contains, or 0 when it gives no way to reach
 * anyone (`contacts`: e-mail addresses, phone numbers and links in it).
 */
export function countRecoveryScam(text: string, contacts: number): number {
  if (!GUARD.test(text) || (contacts === 0 && !MESSENGER.test(text))) return 0;
  let n = 0;
  for (const re of FAMILIES) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) n++;
  }
  return n;
}
