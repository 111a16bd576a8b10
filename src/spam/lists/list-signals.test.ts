import { describe, expect, it } from 'vitest';
import { builtinModel } from '../classifier/builtin.ts';
import { scoreComment } from '../score.ts';
import { DEFAULT_SPAM_SETTINGS } from '../verdict.ts';
import { describeListHit } from './explain.ts';
import type { ListHit } from './matcher.ts';

const model = builtinModel();
const content = 'Thanks for the clear write-up on the council budget, the table of figures helped me a lot.';
const hit = (over: Partial<ListHit> = {}): ListHit => ({
  list: 'forum-spam-ips',
  kind: 'ip',
  field: 'ip',
  entry: '203.0.113.0/24',
  value: '203.0.113.7',
  weight: 2,
  action: 'hold',
  ...over,
});
const check = (context: Parameters<typeof scoreComment>[0]['context'], settings = DEFAULT_SPAM_SETTINGS) =>
  scoreComment({ content, ip: '203.0.113.7', context }, model, settings);
const logit = (p: number) => Math.log(p / (1 - p));

describe('reputation-list signals in the verdict', () => {
  it('a genuine-looking comment is ham without a hit', () => {
    expect(check(null).verdict).toBe('ham');
  });

  it('a hit with the hold action holds it, and says which list and entry', () => {
    const v = check({ listHits: [hit()] });
    expect(v.verdict).toBe('hold');
    expect(v.reasons).toContainEqual({
      code: 'list-ip',
      weight: 2,
      message: "IP address is on list 'forum-spam-ips' (CIDR 203.0.113.0/24), held for moderation",
      values: { count: 1 },
      hits: [
        { field: 'ip', list: 'forum-spam-ips', match: 'cidr', entry: '203.0.113.0/24', link: '', held: true },
      ],
    });
  });

  it('a scored hit adds its weight and is explained; a large weight is the operator sending to spam', () => {
    const small = check({ listHits: [hit({ action: 'score' })] });
    expect(small.verdict).toBe('ham');
    expect(small.score).toBeGreaterThan(check(null).score);
    expect(small.reasons.find((r) => r.code === 'list-ip')?.message).toBe(
      "IP address is on list 'forum-spam-ips' (CIDR 203.0.113.0/24)",
    );
    expect(check({ listHits: [hit({ action: 'score', weight: 8 })] }).verdict).toBe('spam');
  });

  it('hits of one kind add up in one reason; kinds have their own signals', () => {
    const v = check({
      listHits: [
        hit(),
        hit({ list: 'drop', entry: '203.0.113.7', action: 'score', weight: 1 }),
        hit({
          list: 'bad-domains',
          kind: 'domain',
          field: 'link',
          entry: 'bad.example',
          value: 'shop.bad.example',
        }),
      ],
    });
    const ip = v.reasons.find((r) => r.code === 'list-ip');
    expect(ip?.weight).toBe(3);
    expect(ip?.message).toBe(
      "IP address is on list 'forum-spam-ips' (CIDR 203.0.113.0/24), held for moderation; IP address is on list 'drop' (this address)",
    );
    expect(v.reasons.find((r) => r.code === 'list-domain')?.message).toBe(
      "link to shop.bad.example is on list 'bad-domains' (bad.example), held for moderation",
    );
  });

  it('a disposable address alone never sends to spam, even from the edge of the hold band', () => {
    expect(check({ disposableDomain: 'mailinator.com' }).verdict).toBe('ham');
    // Lift the comment to p = 0.45 with a scored list hit of the right weight: the disposable
    // address (+1 log-odds) would cross 0.5, and is held instead.
    const base = logit(check(null).score);
    const lift = hit({ action: 'score', weight: logit(0.45) - base });
    expect(check({ listHits: [lift] }).verdict).toBe('hold');
    const v = check({ listHits: [lift], disposableDomain: 'mailinator.com' });
    expect(v.score).toBeGreaterThan(0.5);
    expect(v.verdict).toBe('hold');
    expect(v.reasons).toContainEqual({
      code: 'disposable-email',
      weight: 1,
      message: 'e-mail address at a disposable-mail domain (mailinator.com); never spam by itself',
      values: { count: 1, domain: 'mailinator.com' },
    });
    // With other evidence already past the threshold it is spam as before.
    const strong = hit({ action: 'score', weight: logit(0.6) - base });
    expect(check({ listHits: [strong], disposableDomain: 'mailinator.com' }).verdict).toBe('spam');
  });

  it('keeps a list reason even at weight 0 and beyond the reason limit', () => {
    const v = check({ listHits: [hit({ weight: 0 })] }, { ...DEFAULT_SPAM_SETTINGS, maxReasons: 1 });
    expect(v.verdict).toBe('hold');
    expect(v.reasons.map((r) => r.code)).toContain('list-ip');
  });
});

describe('describeListHit', () => {
  it.each([
    [hit(), false, "IP address is on list 'forum-spam-ips' (CIDR 203.0.113.0/24), held for moderation"],
    [hit({ action: 'score' }), true, "IP 203.0.113.7 is on list 'forum-spam-ips' (CIDR 203.0.113.0/24)"],
    [
      hit({ entry: '203.0.113.5-203.0.113.9', action: 'score' }),
      false,
      "IP address is on list 'forum-spam-ips' (range 203.0.113.5-203.0.113.9)",
    ],
    [
      hit({
        list: 'm',
        kind: 'email',
        field: 'email',
        entry: '@mailer.example',
        value: 'a@mailer.example',
        action: 'score',
      }),
      false,
      "e-mail address is on list 'm' (domain mailer.example)",
    ],
    [
      hit({
        list: 'm',
        kind: 'email',
        field: 'email',
        entry: 'a@x.example',
        value: 'a@x.example',
        action: 'score',
      }),
      true,
      "e-mail address a@x.example is on list 'm' (this address)",
    ],
    [
      hit({
        list: 'd',
        kind: 'domain',
        field: 'author-url',
        entry: 'bad.example',
        value: 'bad.example',
        action: 'score',
      }),
      false,
      "author website is on list 'd' (domain bad.example)",
    ],
    [
      hit({
        list: 'n',
        kind: 'username',
        field: 'author',
        entry: 'seo master',
        value: 'seo master',
        action: 'score',
      }),
      true,
      'author name "seo master" is on list \'n\'',
    ],
  ] as const)('%#', (h, withValue, expected) => expect(describeListHit(h, { withValue })).toBe(expected));
});
