// URL helpers for the link signals: the domain of a URL and whether it is a URL shortener.

/** Lower-case host of a URL without scheme, port, path or a leading "www.". */
export function domainOf(url: string): string {
  let host = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  host = host.split(/[/?#]/, 1)[0] ?? '';
  host = host
    .replace(/^[^@]*@/, '')
    .replace(/:\d+$/, '')
    .replace(/\.+$/, '');
  return host.toLowerCase().replace(/^www\d?\./, '');
}

const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or']);

/** The registrable part of a domain, approximately: "a.b.example.co.uk" → "example.co.uk". */
export function registrableDomain(domain: string): string {
  const labels = domain.split('.');
  if (labels.length <= 2) return domain;
  const second = labels[labels.length - 2] ?? '';
  const top = labels[labels.length - 1] ?? '';
  const keep = SECOND_LEVEL.has(second) && top.length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

// URL shorteners and link redirectors, compiled by hand from the services we know of.
const SHORTENERS = new Set(
  (
    'bit.ly bitly.com tinyurl.com goo.gl t.co ow.ly is.gd buff.ly adf.ly bit.do cutt.ly shorturl.at ' +
    'rebrand.ly tiny.cc lnkd.in db.tt qr.ae cur.lv ity.im v.gd tr.im x.co po.st soo.gd s2r.co ' +
    'clck.ru u.to shorte.st ouo.io bc.vc linktr.ee rb.gy t.ly shrtco.de short.io tiny.one ' +
    'youtu.be amzn.to fb.me wp.me 1url.com 2.gp snip.ly mcaf.ee su.pr q.gs adfoc.us j.mp ' +
    'vk.cc clc.to 4ty.me zpr.io lc.chat t2m.io gg.gg urlz.fr kutt.it rotf.lol shorturl.me'
  ).split(' '),
);

/** Whether a domain belongs to a URL shortener or redirector. */
export function isShortener(domain: string): boolean {
  // Google Maps' share links (maps.app.goo.gl/…) lead to a map and nowhere else (reputable.ts).
  if (domain === 'maps.app.goo.gl') return false;
  return SHORTENERS.has(domain) || SHORTENERS.has(registrableDomain(domain));
}

// Public reference sites readers cite as sources: government, public-sector and academic domains
// in any country (gov.uk, gouv.fr, gob.mx, go.jp, edu.au, ac.uk, gc.ca, .gov, .edu, .int), the
// national e-government portals named egov or e-gov (egov.kz, e-gov.az) and a short list of reference works and international bodies. Spam links lead to the spammer's own pages.
const PUBLIC_SECTOR =
  /(?:^|\.)(?:gov|govt|gouv|gob|go|gv|gc|mil|edu|ac|nic)\.[a-z]{2}$|\.(?:gov|edu|mil|int)$|(?:^|\.)e-?gov\.[a-z]{2}$/;
const REFERENCE_SITES = new Set(
  (
    'wikipedia.org wikimedia.org wiktionary.org wikidata.org doi.org arxiv.org archive.org ' +
    'europa.eu un.org who.int oecd.org imf.org worldbank.org nih.gov pubmed.ncbi.nlm.nih.gov ' +
    // intergovernmental bodies and development banks of the region the site covers (their
    // reports and tariff books are what readers cite): the EAEU's commission, the SCO, the ADB,
    // the AIIB, the EBRD, the Eurasian Development Bank
    'eaeunion.org sectsco.org adb.org aiib.org ebrd.com eabr.org ' +
    // news agencies: the international wire services and the state news agencies and public
    // broadcasters of China, Russia and Central Asia (and the public broadcasters that cover the
    // region), the sources a reader of China–Central Asia news cites; a scam "news" page lives
    // on a look-alike domain (reuters-finance-news.site), never on these
    'reuters.com apnews.com afp.com xinhuanet.com news.cn tass.ru ria.ru inform.kz 24.kz kabar.kg ' +
    'uza.uz bbc.com bbc.co.uk rferl.org'
  ).split(' '),
);

// An app store's page of a public body's app: on Google Play the app's id is its developer's
// domain reversed (kz.egov.mobile, cn.gov.customs), so a public-sector domain shows there; on the
// App Store only the name is in the link, and only an e-government portal's ("egov-mobile") counts.
const PLAY_APP_ID = /^https?:\/\/play\.google\.com\/store\/apps\/details\?(?:[^#\s]*&)?id=([a-z0-9_.]+)/;
const APPLE_EGOV_APP =
  /^https?:\/\/apps\.apple\.com\/(?:[a-z]{2}\/)?app\/(?:[a-z0-9-]*-)?e-?gov(?:-[a-z0-9-]*)?\/id\d+/;

/** Whether a link is an app store's page of a public body's app (kz.egov.mobile, cn.gov.customs). */
export function isPublicBodyApp(url: string): boolean {
  const link = url.toLowerCase();
  const play = PLAY_APP_ID.exec(link);
  if (play) {
    const parts = (play[1] as string).split('.');
    // the developer's domain is the id's first two or three parts, reversed
    for (const k of [2, 3]) {
      if (parts.length >= k && PUBLIC_SECTOR.test(parts.slice(0, k).reverse().join('.'))) return true;
    }
    return false;
  }
  return APPLE_EGOV_APP.test(link);
}

/** Whether a link is a public reference: its domain is one, or it is a public body's app. */
export function isReferenceLink(url: string, domain: string): boolean {
  return isReferenceDomain(domain) || isPublicBodyApp(url);
}

/** Whether a link's domain is a public reference site (a government, a university, Wikipedia, DOI). */
export function isReferenceDomain(domain: string): boolean {
  if (domain === '') return false;
  return (
    PUBLIC_SECTOR.test(domain) ||
    REFERENCE_SITES.has(domain) ||
    REFERENCE_SITES.has(registrableDomain(domain))
  );
}
