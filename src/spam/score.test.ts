import { describe, expect, it } from 'vitest';
import { builtinModel } from './classifier/builtin.ts';
import { DEFAULT_SPAM_SETTINGS, SIGNAL_CODES, scoreComment } from './index.ts';

const model = builtinModel();

describe('scoreComment with the built-in model', () => {
  it.each([
    ['Check out my channel and subscribe!!! http://bit.ly/abc', 'discard'],
    ['FREE entry! Text WIN to 87121 to claim your £1000 prize now', 'spam'],
    ['I love this song, it reminds me of summer 2012', 'ham'],
    ['Thanks for the clear explanation of the budget vote.', 'ham'],
  ])('%s → %s', (content, verdict) => {
    expect(scoreComment({ content }, model).verdict).toBe(verdict);
  });

  it('reads a link in angle brackets (the comment renderer shows it as a link) as the same link', () => {
    for (const url of ['https://pills-online.example.com/buy', 'www.pills-online.example.com']) {
      const plain = scoreComment({ content: `Cheap viagra, no prescription needed: ${url}` }, model);
      const bracketed = scoreComment({ content: `Cheap viagra, no prescription needed: <${url}>` }, model);
      expect(bracketed.verdict).toBe(plain.verdict);
      expect(bracketed.score).toBeCloseTo(plain.score, 6);
      expect(bracketed.reasons.map((r) => r.code)).toContain('links');
    }
  });

  it("reads a domain written with Markdown's escapes or emphasis (shown bare to readers) as the domain", () => {
    const plain = scoreComment({ content: 'Cheap viagra, no prescription needed: cheap-pills.com' }, model);
    for (const written of ['cheap-pills\\.com', '*cheap-pills*.com', 'cheap-pills.**com**']) {
      const marked = scoreComment({ content: `Cheap viagra, no prescription needed: ${written}` }, model);
      expect(marked.verdict).toBe(plain.verdict);
      expect(marked.reasons.map((r) => r.code)).toContain('links');
    }
  });

  it('explains with stable codes, weights and messages', () => {
    const v = scoreComment({ content: 'Check out my channel and subscribe!!! http://bit.ly/abc' }, model);
    const codes = v.reasons.map((r) => r.code);
    expect(codes).toContain('spam-words');
    expect(codes).toContain('url-shortener');
    const words = v.reasons.find((r) => r.code === 'spam-words');
    expect(words?.words).toContain('subscribe');
    expect(words?.message).toMatch(/^words: /);
    expect(v.reasons.find((r) => r.code === 'url-shortener')?.message).toBe('1 link to a URL shortener');
    for (const r of v.reasons) expect([...SIGNAL_CODES, 'spam-words', 'ham-words']).toContain(r.code);
  });

  it('discards a filled honeypot whatever the text', () => {
    const v = scoreComment(
      { content: 'nice post', form: { honeypot: 'x', formAgeSeconds: 40, tokenValid: true } },
      model,
    );
    expect(v.verdict).toBe('discard');
    expect(v.reasons[0]?.code).toBe('honeypot');
    // Akismet clients send only the honeypot, no form token: no form penalty, still discarded.
    const api = scoreComment({ content: 'nice post', honeypot: 'http://spam.example' }, model);
    expect(api.verdict).toBe('discard');
    expect(api.reasons.map((r) => r.code)).not.toContain('form-token-invalid');
  });

  it('holds a forged-token, too-fast comment from a spamming network', () => {
    const v = scoreComment(
      {
        content: 'nice post',
        form: { formAgeSeconds: 1, tokenValid: true },
        context: { recentFromIp: 12, recentFromNetwork: 40, similarRecent: 12 },
      },
      model,
    );
    expect(v.verdict).not.toBe('ham');
    expect(v.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['form-too-fast', 'ip-burst', 'near-duplicate']),
    );
    expect(v.reasons.find((r) => r.code === 'near-duplicate')?.message).toBe('similar to 12 recent comments');
  });

  it('reports shadow mode and honours thresholds', () => {
    const spam = { content: 'Check out my channel and subscribe!!! http://bit.ly/abc' };
    expect(scoreComment(spam, model, { ...DEFAULT_SPAM_SETTINGS, shadow: true })).toMatchObject({
      verdict: 'discard',
      shadow: true,
    });
    expect(scoreComment(spam, model, { ...DEFAULT_SPAM_SETTINGS, discardThreshold: 1.1 }).verdict).toBe(
      'spam',
    );
  });

  it('treats Cyrillic homoglyph spam like its clean spelling', () => {
    const clean = scoreComment({ content: 'Набираю в команду партнеров' }, model);
    const mixed = scoreComment({ content: 'Нaбuрaю в кoмaндy пapтнеров' }, model);
    expect(mixed.reasons.map((r) => r.code)).toContain('mixed-script');
    expect(mixed.score).toBeGreaterThanOrEqual(clean.score);
  });
});
