// The spam filter's reasons in the admin's languages: every reason code has a message and a
// short name in every admin catalog, with the English message's placeholders; a verdict's reasons
// carry the values those messages quote and come out in the admin's language, Russian plurals
// included; a reputation-list hit never quotes the commenter's own value; a verdict stored before
// reasons carried values shows the filter's English sentence, marked English.
import { describe, expect, it } from 'vitest';
import { adminTranslatorFor, checkCatalogs, shippedAdminCatalogs } from '../../../i18n/index.ts';
import { builtinModel, scoreComment, SIGNAL_CODES } from '../../../spam/index.ts';
import type { ListHit } from '../../../spam/lists/matcher.ts';
import { TEXT_REASON_CODES } from '../../../spam/verdict.ts';
import { REASON_CODES } from '../comments/spam-verdict.ts';
import {
  listHitText,
  reasonKey,
  reasonName,
  reasonNameKey,
  reasonText,
  statusReasonText,
  type StoredReason,
} from './reason-text.ts';

const LANGUAGES = ['en', 'zh-Hans', 'ru'] as const;
const en = adminTranslatorFor('en');
const ru = adminTranslatorFor('ru');
const zh = adminTranslatorFor('zh-Hans');

const hit = (over: Partial<ListHit>): ListHit => ({
  list: 'forum-spam',
  kind: 'ip',
  field: 'ip',
  entry: '203.0.113.0/24',
  value: '203.0.113.7',
  weight: 2,
  action: 'hold',
  ...over,
});

describe('spam reason messages in the admin catalogs', () => {
  it('has one message and one short name per reason code in every admin language', () => {
    expect(REASON_CODES).toEqual([...SIGNAL_CODES, ...TEXT_REASON_CODES]);
    expect(REASON_CODES.length).toBeGreaterThanOrEqual(45);
    for (const locale of LANGUAGES) {
      const catalog = shippedAdminCatalogs().get(locale) ?? {};
      // The keys' type already needs each code's two messages in English (reasonKey).
      for (const code of [...SIGNAL_CODES, ...TEXT_REASON_CODES]) {
        expect(catalog[reasonKey(code)], `${locale} ${reasonKey(code)}`).toBeTruthy();
        expect(catalog[reasonNameKey(code)], `${locale} ${reasonNameKey(code)}`).toBeTruthy();
      }
    }
  });

  it('keeps the English placeholders in every translation of the spam messages', () => {
    const problems = checkCatalogs(shippedAdminCatalogs()).filter((p) => p.key.startsWith('spam.'));
    expect(problems).toEqual([]);
  });

  it('words every code in every language from the values the filter gives it', () => {
    for (const locale of LANGUAGES) {
      const ui = adminTranslatorFor(locale);
      for (const code of REASON_CODES) {
        const reason: StoredReason = {
          code,
          weight: 1,
          message: 'English',
          values: { count: 3, domain: 'mailinator.com' },
          words: ['casino', 'bonus'],
        };
        const said = reasonText(ui, reason);
        expect(said.lang, `${locale} ${code}`).toBeNull();
        expect(said.text, `${locale} ${code}`).not.toMatch(/[{}]/);
        expect(reasonName(ui, code)).not.toBe(code);
      }
    }
  });
});

describe('a verdict’s reasons in the admin language', () => {
  const verdict = scoreComment(
    {
      content: 'Cheap watches!!! Buy now at http://bit.ly/w1 and http://bit.ly/x1 — WIN WIN WIN',
      email: 'bot@mailinator.com',
      context: {
        listHits: [hit({})],
        disposableDomain: 'mailinator.com',
        recentFromIp: 6,
      },
    },
    builtinModel(),
  );

  it('gives every signal reason its count, and list reasons their hits', () => {
    const signals = verdict.reasons.filter((r) => (SIGNAL_CODES as readonly string[]).includes(r.code));
    expect(signals.length).toBeGreaterThanOrEqual(3);
    for (const r of signals) expect(typeof r.values?.count).toBe('number');
    const list = verdict.reasons.find((r) => r.code === 'list-ip');
    expect(list?.hits).toEqual([
      { field: 'ip', list: 'forum-spam', match: 'cidr', entry: '203.0.113.0/24', link: '', held: true },
    ]);
    expect(verdict.reasons.find((r) => r.code === 'disposable-email')?.values?.domain).toBe('mailinator.com');
    // The commenter's own address is stored nowhere in the reasons.
    expect(JSON.stringify(verdict.reasons)).not.toContain('203.0.113.7');
  });

  it('says each reason in Russian and Chinese, never in the filter’s English', () => {
    const byCode = (code: string) => verdict.reasons.find((r) => r.code === code)!;
    expect(reasonText(ru, byCode('url-shortener'))).toEqual({
      text: '2 ссылки на сервис коротких ссылок',
      lang: null,
    });
    expect(reasonText(zh, byCode('url-shortener')).text).toBe('2 个指向短网址服务的链接');
    expect(reasonText(en, byCode('url-shortener')).text).toBe('2 links to a URL shortener');
    expect(reasonText(ru, byCode('list-ip')).text).toBe(
      'IP-адрес есть в списке «forum-spam» (CIDR 203.0.113.0/24), задержан до проверки',
    );
    expect(reasonText(zh, byCode('disposable-email')).text).toBe(
      '电子邮件地址属于一次性邮箱域名（mailinator.com）；单凭这一点绝不判为垃圾评论',
    );
    for (const r of verdict.reasons) {
      expect(reasonText(ru, r).lang).toBeNull();
      expect(reasonText(ru, r).text).not.toBe(r.message);
    }
  });
});

describe('Russian plurals of the reasons', () => {
  const links = (count: number) => reasonText(ru, { code: 'links', weight: 1, values: { count } }).text;
  it.each([
    [1, '1 ссылка'],
    [2, '2 ссылки'],
    [5, '5 ссылок'],
    [11, '11 ссылок'],
    [21, '21 ссылка'],
    [22, '22 ссылки'],
    [25, '25 ссылок'],
    [111, '111 ссылок'],
  ])('%i → %s', (count, text) => expect(links(count)).toBe(text));

  it('agrees the words around a count with it', () => {
    const history = (count: number) =>
      reasonText(ru, { code: 'author-approved-history', weight: -1, values: { count } }).text;
    expect(history(1)).toBe('у автора 1 одобренный комментарий');
    expect(history(22)).toBe('у автора 22 одобренных комментария');
    expect(history(111)).toBe('у автора 111 одобренных комментариев');
    const age = (count: number) => reasonText(ru, { code: 'article-age', weight: 1, values: { count } }).text;
    expect([1, 2, 5, 11, 21].map(age)).toEqual([
      'статье 1 день',
      'статье 2 дня',
      'статье 5 дней',
      'статье 11 дней',
      'статье 21 день',
    ]);
  });

  it('writes shares and large numbers the language’s way', () => {
    const share = { code: 'link-density', weight: 1, values: { count: 0.45 } };
    expect(reasonText(en, share).text).toBe('links are 45% of the text');
    expect(reasonText(ru, share).text).toBe('ссылки занимают 45\u00a0% текста');
    expect(reasonText(ru, { code: 'links', weight: 1, values: { count: 1021 } }).text).toBe(
      '1\u00a0021 ссылка',
    );
  });
});

describe('reputation-list hits and older records', () => {
  it('quotes the list and its entry, never the commenter’s own address or name', () => {
    const own = reasonText(ru, {
      code: 'list-email',
      weight: 2,
      values: { count: 1 },
      hits: [
        { field: 'email', list: 'bad-mail', match: 'same', entry: '', link: '', held: false },
        { field: 'author', list: 'bad-names', match: 'same', entry: '', link: '', held: true },
      ],
    });
    expect(own.text).toBe(
      'адрес электронной почты есть в списке «bad-mail» (этот адрес), имя автора есть в списке «bad-names», задержан до проверки',
    );
    expect(
      listHitText(en, {
        field: 'link',
        list: 'bad-domains',
        match: 'entry',
        entry: 'bad.example',
        link: 'shop.bad.example',
        held: false,
      }),
    ).toBe('link to shop.bad.example is on list “bad-domains” (bad.example)');
    expect(
      listHitText(zh, {
        field: 'author-url',
        list: 'seo',
        match: 'domain',
        entry: 'seo.example',
        link: '',
        held: false,
      }),
    ).toBe('作者网站在名单“seo”中（域名 seo.example）');
  });

  it('words the upstream service’s answer from its signed count', () => {
    const upstream = (count: number) =>
      reasonText(en, { code: 'upstream-verdict', weight: 1, values: { count } }).text;
    expect(upstream(1.5)).toBe('the upstream service says spam (discard)');
    expect(upstream(1)).toBe('the upstream service says spam');
    expect(upstream(-0.25)).toBe(
      'the upstream service asks for a moderator: counted its network’s evidence only',
    );
  });

  it('says the words of a word reason, or that they went with an erased text', () => {
    expect(reasonText(zh, { code: 'spam-words', weight: 2, words: ['casino', 'bonus'] }).text).toBe(
      '词语：casino、bonus',
    );
    expect(
      reasonText(ru, { code: 'spam-words', weight: 2, message: 'words: (removed with the text)' }).text,
    ).toBe('слова: (удалены вместе с текстом)');
    expect(reasonText(ru, { code: 'learned', weight: -1, words: [] }).text).toBe(
      'прежние решения модераторов по похожим комментариям (отмечены как не спам)',
    );
  });

  it('shows a reason stored without values as the filter’s English sentence, marked English', () => {
    expect(reasonText(ru, { code: 'links', weight: 2, message: '3 links' })).toEqual({
      text: '3 links',
      lang: 'en',
    });
    expect(reasonText(ru, { code: 'no-such-code', weight: 1, message: 'something' })).toEqual({
      text: 'something',
      lang: 'en',
    });
    expect(reasonName(ru, 'no-such-code')).toBe('no-such-code');
  });
});

describe('why a comment got its status', () => {
  it('words each status code with its detail in the admin language', () => {
    expect(statusReasonText(en, { code: 'spam-hold', detail: '0.734' })).toBe(
      'the spam filter held it for a moderator (73% spam)',
    );
    expect(statusReasonText(ru, { code: 'spam-filter', detail: '0.91' })).toBe(
      'спам-фильтр счёл его спамом (спам с вероятностью 91\u00a0%)',
    );
    expect(statusReasonText(zh, { code: 'hold-word', detail: 'casino' })).toBe(
      '包含会使评论被暂扣的词语“casino”',
    );
    const links = (n: number) => statusReasonText(ru, { code: 'too-many-links', detail: String(n) });
    expect([1, 2, 5, 11, 21, 22, 25, 111].map(links).map((t) => t?.split(' — ')[0])).toEqual([
      '1 ссылка',
      '2 ссылки',
      '5 ссылок',
      '11 ссылок',
      '21 ссылка',
      '22 ссылки',
      '25 ссылок',
      '111 ссылок',
    ]);
    expect(statusReasonText(ru, { code: 'hold-all' })).toBe(
      'все комментарии ждут проверки модератором (настройки комментариев)',
    );
    expect(statusReasonText(ru, { code: 'no-such-code', detail: 'x' })).toBeNull();
  });
});

describe('a keyword author found in the website’s address', () => {
  it('says so in every admin language, quoting the words', () => {
    const r: StoredReason = {
      code: 'keyword-author',
      weight: 2,
      message: "the author's website is named for a spam trade (casino, bonus)",
      values: { count: 1, site: 'casino, bonus' },
    };
    expect(reasonText(en, r).text).toBe('the author’s website is named for a spam trade (casino, bonus)');
    expect(reasonText(ru, r).text).toContain('(casino, bonus)');
    expect(reasonText(zh, r).text).toContain('（casino, bonus）');
    expect(reasonText(ru, { ...r, values: { count: 2 } }).text).toContain('ключевых слова');
  });

  it('says when the name is keywords too (author-anchor.ts)', () => {
    const r: StoredReason = {
      code: 'keyword-author',
      weight: 4,
      message: "keywords as the author's name, linked to a website named for a spam trade (payday, cash)",
      values: { count: 2, site: 'payday, cash', name: 'yes' },
    };
    expect(reasonText(en, r).text).toBe(
      'keywords as the author’s name, linked to a website named for a spam trade (payday, cash)',
    );
    expect(reasonText(ru, r).text).toContain('ключевые слова вместо имени автора');
    expect(reasonText(zh, r).text).toContain('作者名是关键词');
    expect(reasonText(en, { ...r, values: { count: 1, site: 'payday, cash', name: 'no' } }).text).toBe(
      'the author’s website is named for a spam trade (payday, cash)',
    );
  });
});

describe('an SEO anchor that is a link to a trade-named domain', () => {
  it('says so in every admin language, quoting the words', () => {
    const r: StoredReason = {
      code: 'seo-anchor',
      weight: 1.5,
      message: '1 SEO anchor: a link to a domain named for a spam trade (zaim, otkaza)',
      values: { count: 1, site: 'zaim, otkaza' },
    };
    expect(reasonText(en, r).text).toBe(
      '1 SEO anchor: a link to a domain named for a spam trade (zaim, otkaza)',
    );
    expect(reasonText(ru, r).text).toBe(
      '1 SEO-якорь: ссылка на домен, составленный из слов спам-тематики (zaim, otkaza)',
    );
    expect(reasonText(zh, r).text).toContain('（zaim, otkaza）');
    expect(reasonText(en, { ...r, values: { count: 2 } }).text).toContain('2 SEO anchors');
  });
});

describe('a reason naming a site whose code has no site message', () => {
  it('is worded as its code', () => {
    const r: StoredReason = { code: 'links', weight: 1.8, values: { count: 1, site: 'x' } };
    expect(reasonText(en, r).text).toBe('1 link');
  });
});
