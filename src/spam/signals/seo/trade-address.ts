// Spam trades named in an address in Russian and Chinese (issue 15, 2026-12-07, third session): a
// China–Central Asia site's spam links to zaim-bez-otkaza.ru, kupit-diplom-moskva.ru, займы-онлайн.рф,
// yulecheng888.com or 代开发票.中国: transliterated Russian, pinyin, or Cyrillic and Chinese IDN
// hosts. keyword-domain.ts reads English words anywhere in a part of the host; these words are
// short and run into names ("prava" and "pravda", "dengi" and "Dengin", "bocai" and "Li Bocai"), so
// here every letter part of the host must be made wholly of the vocabulary below, or the host is a
// name: "zaim-bez-otkaza" counts, "ivan-petrov", "libocai", "kreditnaya-istoriya-blog" do not. Then,
// as there, one word that names a trade outright (zaim, kazino, bocai, yulecheng, fapiao, займы,
// казино, 博彩 …) or two of the words a seller puts in an address (kredit, diplom, prava, dengi,
// bystro, srochno, kupit, kuaisu, zaixian, and keyword-domain.ts's shop words).

// Words that name a spam trade outright.
const TRADE = new Set(
  (
    'zaim zaimy zaym zaymy zajm zajmy mikrozaim mikrozaimy mikrozaym mikrozaymy kazino kazinos bukmeker ' +
    'bukmekery bocai yulecheng caipiao daikuan fapiao banzheng zhuanqian duchang baijiale liuhecai ' +
    'shishicai daikai займ займы займов микрозайм микрозаймы казино букмекер ylc'
  ).split(' '),
);

// Words a seller puts in an address: two of them (with the shop words of keyword-domain.ts) count.
const SELLER = new Set(
  (
    'kredit kredity krediti kreditov diplom diplomy diploma diplomov prava spravki spravka spravku ' +
    'dengi deneg bystro bystryj srochno dostavka prodvizhenie raskrutka saitov sajtov stavki kupit ' +
    'kupi deshevo nedorogo onlain onlajn otkaza otkazov zakaz zakazat azart kuaisu mianfei zaixian ' +
    'xianjin touzhu zhenren guanwang кредит кредиты диплом дипломы права справки справку деньги денег ' +
    'быстро срочно онлайн купить дешево недорого ставки продвижение раскрутка сайтов доставка отказа ' +
    'отказов optom'
  ).split(' '),
);

// The trades of local SEO spam (issue 15, "spam a fresh site actually receives", 2026-12-07, late
// evening): cargo, stretch ceilings, repairs, building materials, plumbing, cleaning, moving. A
// business names its own site so (potolki.kg is a ceiling fitter's): such a word counts only
// beside a city or a seller's word ("natyazhnye-potolki-almaty", "stroymaterialy-optom", "bj-banjia").
const LOCAL_TRADE = new Set(
  'gruzoperevozki perevozki potolki remont stroymaterialy santehnik klining banjia zhuangxiu weixiu'.split(
    ' ',
  ),
);
const CITY = new Set(
  'almaty astana tashkent bishkek shymkent karaganda moskva msk spb kitay kitaya bj sh shenzhen beijing'.split(
    ' ',
  ),
);

// Words that say nothing by themselves but join the others ("zaim-bez-otkaza-na-kartu",
// "stavki-na-sport", "kazino-vulkan", "bocai-wang").
const JOINING = new Set(
  (
    'com net org na bez v po s i sport kartu karty moskva msk spb rus rf kz ru wang vulkan 24 на без в по и карту ' +
    'москва вулкан спорт kvartir kvartiry natyazhnye'
  ).split(' '),
);

// Chinese words that name a trade outright, and a seller's, found anywhere in a Han part.
const HAN_TRADE = /娱乐城|博彩|赌场|百家乐|六合彩|时时彩|贷款|代开|办证|网赚/gu;
const HAN_SELLER = /彩票|发票|快速|在线|免费|现金|投注|赚钱|平台/gu;
const HAN = /\p{Script=Han}/u;
const CITY_MARK = '#city';

/** Whether a part of the host is made wholly of known words; the trade and seller words found. */
function segment(part: string, found: string[], shop: ReadonlySet<string>): boolean {
  // best[i]: words of the shortest reading of part.slice(0, i), or null when none.
  const best: (string[] | null)[] = [[]];
  for (let i = 1; i <= part.length; i++) {
    best[i] = null;
    for (let j = Math.max(0, i - 14); j < i; j++) {
      const before = best[j];
      const word = part.slice(j, i);
      const known = TRADE.has(word) || SELLER.has(word) || JOINING.has(word) || shop.has(word);
      if (before && (known || LOCAL_TRADE.has(word) || CITY.has(word))) {
        if (!best[i] || (best[i] as string[]).length > before.length + 1) best[i] = [...before, word];
      }
    }
  }
  const words = best[part.length];
  if (!words) return false;
  for (const w of words) if (!JOINING.has(w) && !CITY.has(w)) found.push(w);
  if (words.some((w) => CITY.has(w))) found.push(CITY_MARK);
  return true;
}

/** The Russian and Chinese trade words a host's name (without its top-level domain) is made of,
 * when it reads as a spam trade's address; null when any part of it is a name. `shop` holds
 * keyword-domain.ts's shop words, seller words here too ("kazino-bonus", "dengi-online"). */
export function tradeAddressWords(name: string, shop: ReadonlySet<string>): string[] | null {
  const found: string[] = [];
  let trade = 0;
  for (const part of name.split(/[-_.\d]+/)) {
    if (part === '' || part.length === 1) continue;
    if (HAN.test(part)) {
      const t = part.match(HAN_TRADE) ?? [];
      const s = part.match(HAN_SELLER) ?? [];
      if (t.length + s.length === 0) return null;
      trade += t.length;
      found.push(...t, ...s);
      continue;
    }
    const before = found.length;
    if (!segment(part, found, shop)) return null;
    for (let i = before; i < found.length; i++) if (TRADE.has(found[i] as string)) trade++;
  }
  // A local trade counts beside a city or a seller's word (a second local trade is one too).
  const local = found.filter((w) => LOCAL_TRADE.has(w)).length;
  const city = found.includes(CITY_MARK);
  const words = [...new Set(found.filter((w) => w !== CITY_MARK))];
  if (local > 0 && !city && words.length < 2) return null;
  return trade > 0 || words.length >= 2 || (local > 0 && city) ? words : null;
}
