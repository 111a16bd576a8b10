// A reader on tax, customs and trade paperwork (issue 15): "is a VAT invoice issued in Almaty valid
// for a customer refund?", "we issue VAT invoices with the reverse-charge note", «вернуть НДС по
// счёт-фактуре», 出口退税需要增值税专用发票吗. The built-in model learned "vat", "valid", "customer",
// "claim", "refund" and "give" from SMS prize messages ("valid 12hrs", "customer service", "claim
// your refund"), so a genuine question about VAT on cross-border trade was spam (0.61) with only
// the words to explain it. On a site about China–Central Asia affairs, customs and VAT are what
// readers discuss every day. analyze.ts counts this only in a comment that offers, promotes, links
// and gives a contact for nothing (the invoice seller's "we sell VAT invoices" never counts it).

const TERMS =
  /\bvat\s+(?:invoices?|numbers?|refunds?|returns?|rates?|registration|registered|exemption|reclaim\w*|deduct\w*|credit)\b|\b(?:import|export|trade|customs|retaliatory)\s+tariffs?\b|\btariffs?\s+(?:on|against)\b|\b(?:reverse[- ]charge|customs|hs\s+codes?|import\s+dut(?:y|ies)|export\s+(?:licen[cs]es?|declarations?|refunds?|duty|duties)|bill\s+of\s+lading|certificate\s+of\s+origin|incoterms?)\b|ндс|таможн|счет[ау]?-фактур|счёт[ау]?-фактур|пошлин|декларац|增值税|增值稅|海关|海關|报关|報關|出口退税|出口退稅|关税|關稅|进口税|進口稅|原产地证|原產地證/u;

// A stem of every term, without the Unicode flag: most comments have none, and this one pass is
// several times cheaper than the full pattern.
const GUARD =
  /vat|custom|tariff|charge|hs code|dut|export|lading|origin|incoterm|ндс|таможн|фактур|пошлин|декларац|增值|海关|海關|报关|報關|退税|退稅|关税|關稅|进口税|進口稅|原产|原產/;

/** 1 when a normalised (lower-cased) text speaks of tax, customs or trade paperwork, else 0. */
export function tradePaperwork(text: string): number {
  return GUARD.test(text) && TERMS.test(text) ? 1 : 0;
}
