// E-mail addresses written so that filters miss them: "name @ gmail . com", "name [at] mail [dot]
// ru", "name (at) protonmail (dot) com", «name собака gmail точка com», "name#163.com (#换成@)",
// "name 艾特 qq 点 com" (issue 15). Only addresses at free-mail providers count: an embassy or a
// ministry that writes its address as "visa (at) kazembassy (dot) cn" on its website (to keep it
// from scrapers) is quoted so by its readers, while a sender dodging a filter writes a free-mail
// address. normalize.ts replaces each with the e-mail placeholder and counts it, so every signal
// reading e-mail addresses sees it, and the `disguised-email` signal says it was disguised.

const PROVIDERS =
  'gmail|googlemail|yahoo|ymail|hotmail|outlook|aol|protonmail|proton|icloud|mail|yandex|ya|rambler|bk|inbox|list|qq|163|126|yeah|sina|foxmail|gmx|zoho|tutanota';
const TLDS = 'com|ru|net|me|cn|org|co|de|kz|uz|ua|by|kg|fr|uk|ch';
// "@", a spaced "@", "[at]", "(at)", the word "at", «собака», "#", 艾特.
const AT = String.raw`\s*@\s*|\s*[\[({<]\s*(?:at|@)\s*[\])}>]\s*|\s+at\s+|\s*\(?(?:собака|собачка)\)?\s*|\s*#\s*|\s*艾特\s*`;
// ".", a spaced ".", "[dot]", "(dot)", the word "dot", «точка», 点.
const DOT = String.raw`\s*\.\s*|\s*[\[({<]\s*(?:dot|точка|\.)\s*[\])}>]\s*|\s+dot\s+|\s+точка\s+|\s*点\s*`;
const DISGUISED = new RegExp(
  String.raw`(?<![a-z0-9._-])[a-z0-9](?:[a-z0-9._-]{0,40}[a-z0-9])?(${AT})(?:${PROVIDERS})(${DOT})(?:${TLDS})(?![a-z0-9])`,
  'gi',
);
// Every disguise has one of these (the word "at" goes with a disguised dot): one pass of a regex
// without the case-insensitive flag decides for most comments that there is none (with the flag
// it cost 0.6 µs a comment, about 1% of scoring; this about a third of that).
const GUARD = /[@#点]|dot|DOT|Dot|at[\])}>]|AT[\])}>]|собак|Собак|точка|艾特/;

/** The text with each disguised free-mail address replaced by `placeholder`, and how many there were. */
export function replaceDisguisedEmails(text: string, placeholder: string): { text: string; count: number } {
  if (!GUARD.test(text)) return { text, count: 0 };
  let count = 0;
  const replaced = text.replace(DISGUISED, (whole: string, at: string, dot: string) => {
    // A plain address is normalize.ts's; "works at mail.ru" names a company, not an address.
    if (dot === '.' && (at === '@' || /^\s+at\s+$/i.test(at))) return whole;
    count++;
    return placeholder;
  });
  return { text: replaced, count };
}
