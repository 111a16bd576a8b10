// The SEO comment's praise templates (issue 15): sentences spun from a few well-known templates
// and posted by the thousand with a keyword author name or a link, "I am extremely impressed with
// your writing skills as well as with the layout on your blog", "Is this a paid theme or did you
// customize it yourself?", "Hi there, just became aware of your blog through Google", "I just wrote
// an extremely long comment but after I clicked submit my comment didn't show up", and their
// Russian and Chinese versions. Generic praise ("great post", seo.ts) is what readers write too;
// these sentences praise the blog's layout, theme and discovery through a search engine, which no
// reader of a news article writes. analyze.ts counts them only when the comment links somewhere
// (a link in the text, or the website of the comment form, which the author's name links to).
import { withCheapLetters } from '../../text/letter-class.ts';

const EN = [
  '\\bi\\s+am\\s+(?:extremely|really|very|truly|genuinely|so)\\s+(?:impressed|inspired)\\s+(?:with|by)\\s+your\\s+writing\\s+(?:skills|abilities|talents?)',
  '\\b(?:is\\s+(?:this|that)\\s+a\\s+paid\\s+(?:theme|subject|topic)|did\\s+you\\s+(?:customize|modify|customise)\\s+it\\s+yourself)\\b',
  '\\bjust\\s+(?:became|become|turned)\\s+(?:aware|alert)\\s+(?:of|to)\\s+your\\s+(?:blog|website|site|weblog)',
  "\\bthrough\\s+(?:google|bing|yahoo),?\\s+and\\s+found\\s+that\\s+it\\s+(?:is|'s)\\s+(?:really|truly|very|actually)\\s+informative",
  '\\b(?:lots of|many|a lot of)\\s+(?:people|folks)\\s+will\\s+be\\s+benefited\\s+from\\s+your\\s+writing',
  '\\bi\\s+will\\s+(?:be\\s+grateful|appreciate|be\\s+thankful)\\s+if\\s+you\\s+continue\\s+this\\s+in\\s+future',
  '\\bi\\s+just\\s+wrote\\s+an?\\s+(?:extremely|really|very|incredibly)\\s+long\\s+comment\\s+but\\s+after\\s+i\\s+clicked\\s+submit',
  "\\bi\\s*(?:'ve|\\s+have)\\s+been\\s+(?:browsing|surfing)\\s+online\\s+(?:more|greater)\\s+than\\s+\\d+\\s+hours\\s+today",
  '\\bnever\\s+found\\s+any\\s+interesting\\s+article\\s+like\\s+yours',
  '\\byour\\s+(?:site|blog|website|web\\s+site)\\s+(?:offered|provided|gave)\\s+us\\s+with\\s+valuable\\s+info(?:rmation)?\\s+to\\s+work\\s+on',
  "\\bheya\\s+i\\s*(?:'m|\\s+am)\\s+for\\s+the\\s+first\\s+time\\s+here",
  // 2026-12-07, third session: four more of the templates (docs/spam.md, "Keyword headings, own
  // workplaces, spun praise").
  "\\bi\\s+could\\s+have\\s+sworn\\s+i\\s*(?:'ve|\\s+have)\\s+(?:been\\s+to|visited)\\s+this\\s+(?:blog|website|site|web\\s+site|page)\\s+before",
  '\\bi\\s+know\\s+this\\s+is\\s+(?:kinda|kind\\s+of|somewhat|a\\s+bit|totally)\\s+off[\\s-]+topic\\s+but\\s+i\\s+(?:was\\s+wondering|had\\s+to\\s+ask|needed\\s+to\\s+ask)',
  '\\bhow\\s+long\\s+have\\s+you\\s+been\\s+blogging\\s+for\\b|\\byou\\s+make\\s+blogging\\s+(?:look|seem)\\s+easy|\\byou\\s+made\\s+blogging\\s+(?:look|seem)\\s+easy',
  '\\bi\\s+found\\s+your\\s+(?:blog|site|website|web\\s+site)\\s+(?:via|through|using)\\s+(?:google|bing|yahoo)\\s+while\\s+(?:searching|looking)\\s+for\\s+a\\s+(?:related|similar)\\s+(?:topic|subject)',
  // Spun praise posted under a person's name with a website (docs/spam.md, "Spun praise templates
  // II"): each template's fixed skeleton, with the synonyms its spinner swaps in.
  '\\blike\\s+you\\s+wrote\\s+the\\s+(?:e-?)?book\\s+(?:in|on)\\s+it\\b',
  '\\breminds?\\s+me\\s+of\\s+my\\s+(?:old|previous|former|good\\s+old)\\s+room\\s*mate\\b',
  "\\b(?:could\\s+not|couldn't|can\\s*not|can't)\\s+be\\s+written\\s+(?:any|much)\\s+better\\b",
  "\\b(?:i\\s+was|i\\s*(?:'ve|\\s+have)\\s+been|i\\s+used\\s+to\\s+be)\\s+recommended\\s+this\\s+(?:blog|website|web\\s+site|site)\\s+by\\s+my\\s+(?:cousin|friend|brother|sister)",
  '\\bnot\\s+the\\s+same\\s+(?:old|out\\s+of\\s+date|outdated|unwanted)\\s+rehashed\\s+(?:material|information|info|content)',
  '\\b(?:ie|internet\\s+explorer)\\s+(?:still\\s+is|is\\s+still)\\s+the\\s+(?:market|marketplace)\\s+(?:leader|chief)',
  '\\bi\\s+(?:like|wanted|want|would\\s+like)\\s+to\\s+write\\s+a\\s+(?:little|small)\\s+comment\\s+to\\s+support\\s+you',
  '\\bmake\\s+any\\s+plugins?\\s+to\\s+(?:help|assist)\\s+with\\s+(?:seo|search\\s+engine\\s+optimization)',
  "\\bi\\s*(?:'m|\\s+am)\\s+bored\\s+(?:to\\s+(?:death|tears)\\s+)?at\\s+work\\s+so\\s+i\\s+decided\\s+to\\s+(?:browse|check\\s+out|look\\s+at)\\s+your\\s+(?:site|website|blog|web\\s+site)\\s+on\\s+my\\s+(?:iphone|phone|ipad)",
  '\\bmy\\s+(?:brother|sister|cousin|friend|coworker)\\s+(?:suggested|recommended)\\s+i\\s+(?:might|may|would)\\s+like\\s+this\\s+(?:web\\s+site|website|blog|site)',
  '\\b(?:seems|looks)\\s+like\\s+your\\s+(?:site|website|blog)\\s+ate\\s+my\\s+first\\s+comment',
  '\\bdoes\\s+your\\s+(?:site|website|blog)\\s+have\\s+a\\s+contact\\s+page\\b',
  '\\bi\\s+am\\s+also\\s+visiting\\s+this\\s+(?:website|site|web\\s+page|blog)\\s+(?:daily|regularly|on\\s+a\\s+regular\\s+basis)',
  // 2026-12-07, fourth session: seven more, found before a keyword tail with no link (docs/spam.md,
  // "Affiliate roundups and spun praise tails").
  '\\bi\\s+learn\\s+something\\s+(?:totally\\s+|entirely\\s+|completely\\s+)?new\\s+and\\s+challenging\\s+on\\s+(?:blogs|websites|sites|web\\s+sites)\\s+i\\s+stumble\\s?upon\\s+every\\s?day',
  '\\bsome\\s+(?:very|extremely|really|truly)\\s+valid\\s+points!?\\s+i\\s+appreciate\\s+you\\s+(?:writing|penning|making)\\s+this\\s+(?:article|post|write-?up)',
  "\\b(?:it['’]?s|it\\s+is)\\s+(?:hard|difficult|tough)\\s+to\\s+(?:find|come\\s+by)\\s+(?:knowledgeable|educated|well-informed|experienced|qualified)\\s+(?:people|folks|individuals)\\s+(?:about|on|for|in|with)\\s+this\\s+(?:topic|subject)",
  "\\bi(?:['’]?m|\\s+am)\\s+(?:really|truly)\\s+enjoying\\s+the\\s+(?:design|theme|template)\\s+and\\s+layout\\s+of\\s+your\\s+(?:site|blog|website)",
  '\\bappreciating\\s+the\\s+(?:commitment|time\\s+and\\s+(?:effort|energy)|dedication|hard\\s+work|persistence)\\s+you\\s+put\\s+into\\s+your\\s+(?:blog|site|website)',
  "\\b(?:it['’]?s|it\\s+is)\\s+the\\s+little\\s+changes\\s+(?:that|which)\\s+(?:will\\s+)?(?:make|produce)\\s+the\\s+(?:biggest|largest|most\\s+significant|most\\s+important)\\s+changes",
  "\\byour\\s+style\\s+is\\s+(?:really|very|so)\\s+unique\\s+(?:compared\\s+to|in\\s+comparison\\s+to)\\s+other\\s+(?:people|folks)\\s+i(?:['’]?ve|\\s+have)\\s+read\\s+stuff\\s+from",
];

const OTHER = [
  '(?<![\\p{L}])впечатл\\p{L}*\\s+(?:вашим|твоим)\\s+(?:стилем\\s+письма|умением\\s+писать|слогом|писательским)',
  '(?<![\\p{L}])платн\\p{L}*\\s+(?:тема|шаблон|тему|шаблона)\\s+или\\s+(?:вы|ты)\\s+(?:сами|сам|сама)',
  '(?<![\\p{L}])наш[её]л\\p{L}*\\s+ваш\\p{L}*\\s+(?:блог|сайт)\\s+через\\s+(?:гугл|google|яндекс|поиск)',
  '(?<![\\p{L}])буду\\s+(?:благодар|признател)\\p{L}*,?\\s+если\\s+вы\\s+продолжите',
  '(?:通过|透过|通過|透過)(?:谷歌|google|百度|必应|必應)(?:发现|發現|找到)了?你的(?:博客|网站|網站|部落格)',
  '付费(?:主题|模板|主題)还是|付費(?:主題|模板)還是|(?:主题|主題|模板)是你自己(?:定制|改|修改|設計|设计)',
  '以后会(?:常|经常)来(?:看看|拜访|逛逛)|以後會(?:常|經常)來(?:看看|拜訪|逛逛)',
  '(?:写作|寫作)(?:技巧|能力|水平)(?:令我|让我|讓我)(?:印象深刻|佩服)',
];

const PATTERNS = [...EN, ...OTHER].map((s) => new RegExp(withCheapLetters(s), 'gu'));
const GUARD =
  /impressed|inspired|paid|customi|aware|alert|google|bing|yahoo|benefited|continue this|long comment|browsing|surfing|interesting article|valuable info|heya|sworn|off topic|off-topic|blogging|while searching|while looking|wrote the|room|written|recommended this|rehashed|explorer|little comment|small comment|plugin|bored|might like|may like|would like this|ate my|contact page|also visiting|stumble|valid points|to find|to come by|enjoying the|appreciating|little changes|unique|впечатл|платн|блог|сайт|продолжите|谷歌|百度|必应|必應|付费|付費|主题|主題|模板|以后会|以後會|写作|寫作/;

/** How many praise-template sentences a normalised (lower-cased) text contains. */
export function countPraiseTemplates(text: string): number {
  if (!GUARD.test(text)) return 0;
  let n = 0;
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) n++;
  }
  return n;
}
