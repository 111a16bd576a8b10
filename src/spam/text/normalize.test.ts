import { describe, expect, it } from 'vitest';
import { foldHomoglyphs } from './homoglyph.ts';
import { PLACEHOLDER, decodeEntities, normalizeText, removeInvisible, stripHtml } from './normalize.ts';

describe('foldHomoglyphs', () => {
  it.each([
    ['Нaбuрaю в кoмaндy', 'Набираю в команду', 2],
    ['пapтнеров', 'партнеров', 1],
    ['саsinо bonus', 'casino bonus', 1],
    ['Привет u пока', 'Привет и пока', 0],
    ['plain English text', 'plain English text', 0],
    ['ра6oта', 'работа', 1],
    ['оплата 4000р', 'оплата 4000р', 0],
  ])('%s → %s', (input, folded, mixed) => {
    expect(foldHomoglyphs(input)).toEqual({ text: folded, mixedScriptWords: mixed });
  });
});

describe('normalizeText', () => {
  it('gives the same text for homoglyph-obfuscated and clean Russian', () => {
    expect(normalizeText('Нaбuрaю в кoмaндy').text).toBe(normalizeText('Набираю в команду').text);
    expect(normalizeText('Нaбuрaю').mixedScriptWords).toBe(1);
  });

  it('strips HTML, keeps link targets as URLs, decodes entities', () => {
    const n = normalizeText('<p>Visit <a href="http://bit.ly/x">here</a> &amp; don&#39;t</p>');
    expect(n.urls).toEqual(['http://bit.ly/x']);
    expect(n.domains).toEqual(['bit.ly']);
    expect(n.text).toContain(PLACEHOLDER.url);
    expect(n.text).toContain("& don't");
    expect(n.text).not.toContain('<');
  });

  it('reads bare domains on the country codes of the region the site covers', () => {
    expect(normalizeText('write to us: cargochina.kz or tour.uz').domains).toEqual([
      'cargochina.kz',
      'tour.uz',
    ]);
    expect(normalizeText('see stat.gov.kg and www.gov.tm').urls).toHaveLength(2);
    expect(normalizeText('Node.js and e.g. 3.5 kg').urls).toEqual([]);
  });

  it('replaces emails and phone numbers but not plain counts', () => {
    const n = normalizeText('mail me@example.com or call +1 (555) 123-4567; 5277478 views');
    expect(n.emails).toBe(1);
    expect(n.phones).toBe(1);
    expect(n.text).toContain('5277478 views');
  });

  it('finds bare and spaced-out domains', () => {
    expect(normalizeText('see murdev.com now').domains).toEqual(['murdev.com']);
    expect(normalizeText('kidsmediausa  . com').domains).toEqual(['kidsmediausa.com']);
  });

  it("leaves the sentence's punctuation out of a link, and the link's own brackets in", () => {
    const urls = (text: string) => normalizeText(text).urls;
    expect(urls('Flights start in May, see https://www.caa.gov.kz, the article missed it.')).toEqual([
      'https://www.caa.gov.kz',
    ]);
    expect(normalizeText('see https://www.caa.gov.kz, thanks').domains).toEqual(['caa.gov.kz']);
    expect(urls('(source: www.un.org).')).toEqual(['www.un.org']);
    expect(urls('Tea (https://en.wikipedia.org/wiki/Tea_(drink)) is fine.')).toEqual([
      'https://en.wikipedia.org/wiki/Tea_(drink)',
    ]);
    expect(urls('«Подробности на сайте egov.kz.»')).toEqual(['egov.kz']);
    expect(urls('详见https://www.gov.cn/zhengce。谢谢')).toEqual(['https://www.gov.cn/zhengce']);
    expect(urls('网址：vns8888.com，注册送88元')).toEqual(['vns8888.com']);
    expect(urls('https://zh.wikipedia.org/wiki/霍尔果斯 很好')).toEqual([
      'https://zh.wikipedia.org/wiki/霍尔果斯',
    ]);
    expect(urls('Is it https://example.com/a?b=1?')).toEqual(['https://example.com/a?b=1']);
    // The punctuation stays in the text, beside the link's placeholder.
    expect(normalizeText('see www.un.org, then').text).toContain(`${PLACEHOLDER.url} , then`);
  });

  it('applies NFKC and case folding', () => {
    expect(normalizeText('ＦＵＬＬ Width').text).toBe('full width');
  });

  it('counts letters, capitals and the longest run', () => {
    const n = normalizeText('WOW!!!!! great');
    expect([n.letters, n.upper, n.longestRun]).toEqual([8, 3, 5]);
  });
});

describe('invisible characters', () => {
  it('counts only those between visible characters (a trailing BOM is an artefact)', () => {
    expect(removeInvisible('ca\u200Bsi\u200Dno\uFEFF')).toEqual({ text: 'casino', invisible: 2 });
    expect(normalizeText('ca\u200Bsino').invisible).toBe(1);
  });
});

describe('html helpers', () => {
  it.each([
    ['&lt;b&gt; &#x41;&#66; &nbsp;&unknown;', '<b> AB  &unknown;'],
    ['no entities', 'no entities'],
  ])('decodeEntities(%s)', (input, out) => expect(decodeEntities(input)).toBe(out));
  // A line break reads as a space; an inline tag between two letters draws one word (html-words.ts).
  it('stripHtml', () => expect(stripHtml('a<br />b<i>c</i>')).toBe('a bc '));
  it('stripHtml keeps a space around tags beside a space', () =>
    expect(stripHtml('a <i>c</i> d')).toBe('a  c  d'));
  it.each([
    ['Buy here: <https://pills.example.com/buy>', 'pills.example.com'],
    ['Подробнее: <www.kredit-bystro.ru>', 'kredit-bystro.ru'],
    ['详情见 <http://shop.example.cn/a?b=1>', 'shop.example.cn'],
  ])('an address in angle brackets (shown as a link) is read, not dropped as a tag: %s', (text, domain) =>
    expect(normalizeText(text).domains).toContain(domain),
  );
  it.each([
    ['buy at cheap-pills\\.com today', 'cheap-pills.com'],
    ['buy at *cheap-pills*.com today', 'cheap-pills.com'],
    ['buy at cheap-pills.**com** today', 'cheap-pills.com'],
    ['займы тут: zaimy-bystro\\.ru', 'zaimy-bystro.ru'],
  ])(
    "Markdown's marks at a domain's dot (the renderer shows the dot bare) are read past: %s",
    (text, domain) => expect(normalizeText(text).domains).toContain(domain),
  );
  it.each(['**Note**.Then restart', 'the 5*.5 rule', 'x = a_.b', 'I *loved* it. **Great** song'])(
    'emphasis beside a sentence stays no link: %s',
    (text) => expect(normalizeText(text).domains).toEqual([]),
  );
  it('an e-mail address in angle brackets still counts as one; tags and Word markup still go', () => {
    expect(normalizeText('Write to <sales@pills-shop.example> today').emails).toBe(1);
    expect(stripHtml('x<o:p></o:p>y <b>z</b>')).toBe('x  y  z ');
    expect(normalizeText('a <b>bold</b> word').domains).toEqual([]);
  });
});

describe('timestamp links (a moment of the video, as a video site links a typed time)', () => {
  it.each([
    ['<a href="https://www.youtube.com/watch?v=abc123&t=1m05s">1:05</a> the chorus', ' 1:05  the chorus'],
    ['from <a href="https://video.example/w/9?t=65">1:05</a> on', 'from  1:05  on'],
    ['<a href="https://video.example/w/9#t=1h2m3s">1:02:03</a>', ' 1:02:03 '],
  ])('%s is read as the time typed', (html, text) => expect(stripHtml(html)).toBe(text));
  it.each([
    // the text is not the moment the address points at, or not a time, or no moment at all
    '<a href="https://video.example/w/9?t=65">1:06</a>',
    '<a href="https://shop.example/deal?t=65">click here</a>',
    '<a href="https://shop.example/deal?at=65">1:05</a>',
    '<a href="https://video.example/w/9">1:05</a>',
  ])('%s stays a link', (html) => expect(stripHtml(html)).toContain('https://'));
  it('a timestamp link is no URL of the normalised text; an ordinary link beside it still is', () => {
    const n = normalizeText(
      'Best bit at <a href="https://www.youtube.com/watch?v=abc123&amp;t=2m30s">2:30</a>, more on <a href="https://blog.example/post">my blog</a>',
    );
    expect(n.urls).toEqual(['https://blog.example/post']);
    expect(n.text).toContain('2:30');
  });
});

describe('bare domains on more top-level domains (tld.ts)', () => {
  const domains = (text: string) => normalizeText(text).domains;

  it.each([
    [
      'bet on stake365.bet or 1xwin.in tonight, luckywin.in/bonus',
      ['stake365.bet', '1xwin.in', 'luckywin.in'],
    ],
    ['free skins at cheats.gg and casinoroyal.casino', ['cheats.gg', 'casinoroyal.casino']],
    ['lonely? meet girls on sweetie24.date or hot-girls.love', ['sweetie24.date', 'hot-girls.love']],
    [
      'x100 on coinz.finance/ref, swap at fast-swap.exchange, bots at trader.ai',
      ['coinz.finance', 'fast-swap.exchange', 'trader.ai'],
    ],
    [
      'earn at money24.space, play.bonus.fun, best.website, get-cash.today, dev.blog',
      ['money24.space', 'play.bonus.fun', 'best.website', 'get-cash.today', 'dev.blog'],
    ],
    ['Займы без отказа на займы.рф и кредит.рус', ['займы.рф', 'кредит.рус']],
    ['ЗАЙМЫ.РФ — деньги сразу', ['займы.рф']],
    ['Квартиры в Астане: үй.қаз', ['үй.қаз']],
    ['加微信看 例子.中国 和 购物.网址', ['例子.中国', '购物.网址']],
    ['go to xn--80aswg.xn--p1ai/promo', ['xn--80aswg.xn--p1ai']],
  ])('%s is a link', (text, expected) => {
    expect(domains(text)).toEqual(expected);
  });

  it.each([
    'Run setup.py, then run.sh; see README.md, main.rs and config.pl',
    'obj.prop and module.exports, e.g., i.e., at 10 a.m. in the U.S.',
    'v1.2.3 is out, pi is 3.14, we met in St. Petersburg, Chanel No.5',
    'at Module._compile (node:internal/modules/cjs/loader.js:1105:14)',
    'button.click() then Date.today() and webpack.config.dev.js',
    'this.id, arr.at(-1), Object.is and libc.so.6, model.pt, main.tf',
    'I did it.Today was great, not it.It is what it is',
    "call me when you're home.love you, i'll ask.it is fine, see you soon.xxx, up 2day.love",
    'ok i am in.be there soon, tell her.my phone died, that was a great quiz.win or lose',
    'Это конец.Начало новой главы в центре.Москва большая, закон.РФ',
    '今天天气很好.中国队赢了。我们都很高兴.谢谢大家',
  ])('%s has no link', (text) => {
    expect(normalizeText(text).urls).toEqual([]);
  });
});
