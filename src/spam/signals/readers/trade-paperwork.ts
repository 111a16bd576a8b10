// A reader on tax, customs and trade paperwork (issue 15): "is a VAT invoice issued in Almaty valid
// for a customer refund?", "we issue VAT invoices with the reverse-charge note", «вернуть НДС по
// счёт-фактуре», 出口退税需要增值税专用发票吗. The built-in model learned "vat", "valid", "customer",
// "claim", "refund" and "give" from SMS prize messages ("valid 12hrs", "customer service", "claim
// your refund"), so a genuine question about VAT on cross-border trade was spam (0.61) with only
// the words to explain it. On a site about China–Central Asia affairs, customs and VAT are what
// readers discuss every day. analyze.ts counts this only in a comment that offers, promotes, links
// and gives a contact for nothing (the invoice seller's "we sell VAT invoices" never counts it),
// and not in a service pitch: a freight forwarder's "if you need cheap delivery from China, customs
// included, write to us" speaks of customs too, and a ham-ward signal must not launder it.

const TERMS =
  /\bvat\s+(?:invoices?|numbers?|refunds?|returns?|rates?|registration|registered|exemption|reclaim\w*|deduct\w*|credit)\b|\b(?:import|export|trade|customs|retaliatory)\s+tariffs?\b|\btariffs?\s+(?:on|against)\b|\b(?:reverse[- ]charge|customs|hs\s+codes?|import\s+dut(?:y|ies)|export\s+(?:licen[cs]es?|declarations?|refunds?|duty|duties)|bill\s+of\s+lading|certificate\s+of\s+origin|incoterms?)\b|ндс|таможн|счет[ау]?-фактур|счёт[ау]?-фактур|пошлин|декларац|增值税|增值稅|海关|海關|报关|報關|出口退税|出口退稅|关税|關稅|进口税|進口稅|原产地证|原產地證/u;

// A stem of every term, without the Unicode flag: most comments have none, and this one pass is
// several times cheaper than the full pattern.
const GUARD =
  /vat|custom|tariff|charge|hs code|dut|export|lading|origin|incoterm|ндс|таможн|фактур|пошлин|декларац|增值|海关|海關|报关|報關|退税|退稅|关税|關稅|进口税|進口稅|原产|原產/;

// A business addressing its customers: "if you need …", "write to us", "we offer", "our company",
// "door to door", a price word; in Russian and Chinese the same. A reader asking or reporting does
// not speak so ("does anyone know a forwarder?" is a question, not a pitch).
const PITCH =
  /\bif you need\b|\b(?:write|message|contact|call|text)\s+(?:to\s+)?us\b|\bwe\s+(?:offer|provide|deliver|ship|arrange|handle|do|can\s+(?:help|deliver|ship|arrange))\b|\bour\s+(?:company|services?|prices?|rates|team|agency|office)\b|\bdoor[- ]to[- ]door\b|\b(?:cheap|low|best|lowest)\s+(?:prices?|rates|delivery|shipping|cargo)\b|\bfree\s+(?:quote|consultation)\b|если\s+(?:вам\s+)?нужн|обращайтесь|пишите\s+(?:нам|в\s)|звоните|наша\s+компания|мы\s+(?:предлагаем|доставим|оформим|поможем)|под\s+ключ|недорого|дёшево|дешево|如需|需要的|联系我们|聯繫我們|欢迎咨询|歡迎諮詢|我们提供|我們提供|本公司|我司|一条龙|一條龍|价格优惠|價格優惠|门到门|門到門/u;

/** 1 when a normalised (lower-cased) text speaks of tax, customs or trade paperwork, else 0. */
export function tradePaperwork(text: string): number {
  return GUARD.test(text) && TERMS.test(text) && !PITCH.test(text) ? 1 : 0;
}
