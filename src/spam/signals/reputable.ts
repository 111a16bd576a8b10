// Reputable links (docs/spam.md, "Reputable links"): the hosts a reader of China–Central Asia news
// cites beside the public references of url.ts: news outlets (international, regional and national,
// in English, Russian and Chinese), think tanks and academic publishers, official bodies whose
// domain is not a government one (kremlin.ru, stat.uz, destatis.de), and map services showing a
// place or a route. Matched by registrable domain, so a look-alike (bbc-news-today.xyz,
// reuters.com.news-update.top, kommersant-news.top) never is one. Unlike the public references,
// such a link is evidence of nothing by itself: analyze.ts counts it as `reference-link` only in a
// comment that sells, promotes and contacts nothing and links nowhere else, so a reputable host
// cannot launder an offer, a phone number or a scam. A domain that borrows an outlet's name
// (`isOutletLookalike`) dresses a scam page as that outlet's news: fake-news-ad.ts reads it so.
import { isReferenceDomain, registrableDomain } from '../text/url.ts';
import { isDevReference } from './readers/dev-references.ts';

const HOSTS = new Set(
  // international outlets and magazines (wire services and public broadcasters are in url.ts)
  (
    'nytimes.com wsj.com washingtonpost.com bloomberg.com ft.com economist.com theguardian.com ' +
    'cnn.com npr.org pbs.org cbsnews.com nbcnews.com latimes.com usatoday.com csmonitor.com ' +
    'theatlantic.com newyorker.com time.com politico.com politico.eu axios.com voanews.com rfa.org ' +
    'aljazeera.com dw.com france24.com euronews.com lemonde.fr lefigaro.fr spiegel.de faz.net ' +
    'sueddeutsche.de nzz.ch elpais.com corriere.it independent.co.uk telegraph.co.uk thetimes.co.uk ' +
    'nikkei.com japantimes.co.jp scmp.com straitstimes.com thehindu.com abc.net.au ' +
    'foreignpolicy.com foreignaffairs.com thediplomat.com project-syndicate.org theconversation.com ' +
    'eurasianet.org intellinews.com globalvoices.org timesca.com ' +
    // Central Asia and the Caucasus
    'fergana.news fergana.media fergana.agency kun.uz gazeta.uz daryo.uz podrobno.uz uzdaily.uz ' +
    'spot.uz 24.kg akipress.com kaktus.media kloop.kg azattyk.org azattyq.org ozodi.org ozodlik.org ' +
    'tengrinews.kz vlast.kz kursiv.media zakon.kz kapital.kz informburo.kz orda.kz lsm.kz ' +
    'the-steppe.com interfax.kz asiaplustj.info khovar.tj turkmenportal.com trend.az apa.az ' +
    // (2026-12-07, fourth session) the established outlets of each country the site covers, state
    // and independent, in the languages they publish: the national newspapers, agencies and
    // broadcasters a reader of the region cites. Only an outlet's own registrable domain, and only
    // outlets with years of publishing behind them; a site named for a trade never is one.
    // Kazakhstan
    'kazpravda.kz kt.kz egemen.kz khabar.kz kazakh-tv.kz nur.kz ratel.kz forbes.kz zona.kz ' +
    'exclusive.kz inbusiness.kz factcheck.kz ulysmedia.kz astanatimes.com kazinform.kz ' +
    // Kyrgyzstan
    'vb.kg knews.kg ktrk.kg economist.kg april.kg sputnik.kg ' +
    // Uzbekistan
    'uzreport.news review.uz nuz.uz upl.uz xabar.uz dunyo.info uzbekistan24.uz sputniknews.uz ' +
    // Tajikistan
    'avesta.tj news.tj sputnik-tj.com ' +
    // Turkmenistan (the state's own outlets are on .gov.tm, a public-sector domain in url.ts)
    'turkmen.news hronikatm.com azathabar.com orient.tm ' +
    // Mongolia
    'montsame.mn news.mn ikon.mn gogo.mn unuudur.mn ' +
    // Russian
    'kommersant.ru vedomosti.ru rbc.ru interfax.ru meduza.io novayagazeta.ru novayagazeta.eu rg.ru ' +
    'iz.ru gazeta.ru fontanka.ru svoboda.org currenttime.tv ' +
    'aif.ru kp.ru mk.ru lenta.ru ng.ru forbes.ru expert.ru regnum.ru vesti.ru 1tv.ru ntv.ru rt.com ' +
    'bfm.ru ura.news tvrain.tv zona.media thebell.io theins.ru istories.media agents.media ' +
    'verstka.media holod.media sputnik.kz sputniknews.com ' +
    // Chinese
    'caixin.com caixinglobal.com thepaper.cn people.com.cn chinadaily.com.cn globaltimes.cn cctv.com ' +
    'cgtn.com chinanews.com.cn chinanews.com gmw.cn ce.cn yicai.com jiemian.com 21jingji.com ' +
    'ifeng.com zaobao.com ftchinese.com voachinese.com cna.com.tw udn.com rthk.hk ' +
    'china.com.cn cri.cn ecns.cn huanqiu.com guancha.cn bjnews.com.cn infzm.com sixthtone.com ' +
    'eeo.com.cn stcn.com ' +
    // think tanks, research bodies, academic publishers and catalogues, reference works
    'carnegieendowment.org chathamhouse.org csis.org rand.org cfr.org iiss.org sipri.org ' +
    'crisisgroup.org merics.org oxfordenergy.org atlanticcouncil.org ecfr.eu swp-berlin.org ifri.org ' +
    'rusi.org lowyinstitute.org piie.com bruegel.org jamestown.org cacianalyst.org russiancouncil.ru ' +
    'valdaiclub.com imemo.ru cass.cn jstor.org sciencedirect.com springer.com tandfonline.com ' +
    'wiley.com cambridge.org oup.com nature.com science.org sagepub.com ssrn.com researchgate.net ' +
    'semanticscholar.org cnki.net cyberleninka.ru elibrary.ru britannica.com hse.ru msu.ru spbu.ru ' +
    'mgimo.ru sciencespo.fr ethz.ch ' +
    // official bodies, statistics offices and central banks whose domain is not a government one
    // (and the state-services portals readers claim real payments through, 2026-12-07 late)
    'gosuslugi.ru mos.ru enbek.kz kremlin.ru government.ru mid.ru cbr.ru akorda.kz primeminister.kz nationalbank.kz stat.uz ' +
    'president.uz cbu.uz stat.kg president.kg nbkr.kg stat.tj president.tj nbt.tj ' +
    'bundesregierung.de auswaertiges-amt.de destatis.de bundesbank.de insee.fr elysee.fr ' +
    'wto.org iea.org opec.org bis.org osce.org fao.org unesco.org unicef.org unhcr.org wfp.org ilo.org ' +
    // humanitarian organisations readers pass appeals of on (civic-notice.ts): the Red Cross and Red
    // Crescent movement and national societies, MSF, the big relief charities, food banks
    'redcross.org redcross.org.uk redcross.ca redcross.org.au redcross.ru redcross.org.cn redcross.by ' +
    'redcrescent.kz redcrescent.uz redcross.kg redcrescent.tj ifrc.org icrc.org msf.org ' +
    'doctorswithoutborders.org savethechildren.org savethechildren.org.uk oxfam.org oxfam.org.uk ' +
    'care.org rescue.org salvationarmy.org salvationarmyusa.org directrelief.org mercycorps.org ' +
    'worldvision.org habitat.org feedingamerica.org trusselltrust.org onefoundation.cn cfpa.org.cn'
  ).split(' '),
);

// Map services showing a place, a route or coordinates: Google Maps (and its share links), Yandex,
// 2GIS, OpenStreetMap, Baidu, Amap, Tencent, Apple and Bing maps. A business's listing (a 2GIS
// "firm", a Yandex "org", a Google "cid") is what SEO spam posts, and is no map of a place.
const MAP_LINK =
  /^(?:https?:\/\/)?(?:www\.)?(?:(?:maps\.)?google\.(?:com|[a-z]{2}|com?\.[a-z]{2})\/maps\b|maps\.google\.[a-z.]+\/|maps\.app\.goo\.gl\/|goo\.gl\/maps\/|yandex\.(?:ru|kz|uz|by|com)\/(?:\d+\/[a-z-]+\/)?maps\b|2gis\.[a-z]{2,3}\/|(?:www\.)?openstreetmap\.org\/|osm\.org\/|map\.baidu\.com\/|(?:ditu\.|uri\.)?amap\.com\/|map\.qq\.com\/|maps\.apple\.com\/|bing\.com\/maps\b)/;
const BUSINESS_LISTING = /\/firm\/|\/maps\/org\/|[?&]cid=|\/branches\//;

// A shop, a sponsored page or an affiliate path on a reputable host (shop.bbc.com, the
// /sponsored/ or /partner-content/ sections, a ?tag= or ?aff= code, a /go/ or /redirect hop).
const COMMERCIAL_HOST =
  /^(?:shop|store|subscribe|ads?|advertising|partners?|promo|deals|coupons?|brandstudio|sponsored)\./;
const COMMERCIAL_PATH =
  /\/(?:shop|store|deals?|coupons?|promo(?:tions?)?|sponsored|partner-content|advertorial|brand-?studio|paid-?post|affiliates?|go|out|redirect)(?:[/?#.]|$)|[?&](?:tag|aff(?:_?id)?|affiliate|partner|coupon|promo|redirect|url)=/;

// A video on a big platform (YouTube, Bilibili, Rutube, VK), and words saying it is a public event's
// recording: a press conference, a briefing, a speech, a summit, a hearing, an interview. Channels
// promoting themselves post videos too; such a link counts only with these words and, like every
// reputable link, in a comment that sells and promotes nothing (analyze.ts).
const VIDEO_LINK =
  /^(?:https?:\/\/)?(?:www\.|m\.)?(?:youtube\.com\/(?:watch|live\/)|youtu\.be\/|bilibili\.com\/video\/|rutube\.ru\/video\/|vk\.com\/video|vkvideo\.ru\/video)/;
const PUBLIC_EVENT =
  /\b(?:press\s+conference|press\s+briefing|briefing|speech|summit|hearing|interview|address\s+to)\b|пресс-конференц|брифинг|выступлени|саммит|интервью|слушани|记者会|記者會|发布会|發布會|讲话|講話|峰会|峰會|采访|採訪|听证/u;

/** Whether a link is a video on a big platform (YouTube, Bilibili, Rutube, VK). */
export function isVideoLink(url: string): boolean {
  return VIDEO_LINK.test(url.toLowerCase());
}

/** Whether a normalised text says a video is a public event's recording (a press conference, a speech). */
export function namesPublicEvent(text: string): boolean {
  return PUBLIC_EVENT.test(text);
}

/** Whether a link is a map service's link to a place, a route or coordinates (not a business listing). */
export function isMapLink(url: string): boolean {
  const link = url.toLowerCase();
  return MAP_LINK.test(link) && !BUSINESS_LISTING.test(link);
}

/** Whether a link's host is this site's own (`siteHost`, the host of its public address) or one of
 * its subdomains ("www." aside): the publication's own pages, which a reader links to when they
 * cite an earlier article or report a broken link (2026-12-07, evening). */
export function isOwnSiteLink(domain: string, siteHost: string): boolean {
  if (domain === '' || siteHost === '') return false;
  const host = siteHost.replace(/^www\./, '');
  const d = domain.replace(/^www\./, '');
  return d === host || d.endsWith(`.${host}`);
}

/** Whether a link is on a reputable host (a news outlet, a think tank, a publisher, an official body
 * outside the government domains), this site's own (`siteHost`, see isOwnSiteLink) or is a map of a
 * place, and not a shop's or a sponsor's page. */
export function isReputableLink(url: string, domain: string, siteHost = ''): boolean {
  if (domain === '') return false;
  if (isOwnSiteLink(domain, siteHost)) return true;
  if (isMapLink(url)) return true;
  // (code hosts and developer documentation: dev-references.ts)
  if (!HOSTS.has(domain) && !HOSTS.has(registrableDomain(domain))) return isDevReference(url, domain);
  if (COMMERCIAL_HOST.test(domain)) return false;
  const link = url.toLowerCase();
  const slash = link.indexOf('/', link.indexOf(domain) + domain.length);
  return slash < 0 || !COMMERCIAL_PATH.test(link.slice(slash));
}

// The names of outlets and reference works that scam "news" borrows for its own domain
// (bbc-news-today.xyz, reuters.com.news-update.top, people-daily.vip, wikipedia-org.info). Only
// distinctive names: no "ft", "dw", "people" or "time" alone; not forbes (forbes.kz and forbes.ru
// are licensed editions of their own).
const OUTLET_NAMES = new Set(
  (
    'bbc reuters nytimes newyorktimes bloomberg guardian theguardian economist wsj cnn aljazeera ' +
    'euronews scmp nikkei apnews afp xinhua xinhuanet peopledaily renmin chinadaily caixin sina ' +
    'tass ria rbc kommersant vedomosti interfax tengri tengrinews kazinform kabar sputnik rferl ' +
    'azattyq meduza kursiv wikipedia'
  ).split(' '),
);

/** Whether a domain borrows an outlet's or Wikipedia's name without being theirs: the name is one
 * of its words (split at dots, hyphens and digits; two or three words run together count) beside at
 * least one other word (bbc-news-today.xyz, reuters.com.news-update.top, people-daily.vip). */
export function isOutletLookalike(domain: string): boolean {
  const registrable = registrableDomain(domain);
  if (HOSTS.has(registrable) || isReferenceDomain(domain)) return false;
  // the outlet's own domain on another suffix and its subdomains (sina.com.cn, news.sina.com.cn)
  if (OUTLET_NAMES.has(registrable.slice(0, registrable.indexOf('.')))) return false;
  // the domain without its public suffix (".top", ".com.cn")
  const words = domain
    .slice(0, domain.length - registrable.length + registrable.indexOf('.'))
    .split(/[-.\d]+/)
    .filter((w) => w !== '');
  if (words.length < 2) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (OUTLET_NAMES.has(w)) return true;
    const two = i + 1 < words.length ? w + (words[i + 1] as string) : '';
    if (two !== '' && OUTLET_NAMES.has(two)) return true;
    if (i + 2 < words.length && OUTLET_NAMES.has(two + (words[i + 2] as string))) return true;
  }
  return false;
}
