// The news-site ham corpus (src/spam/news-ham/*.txt): genuine reader comments written for Silkpress,
// a ham-only source of the built-in model. It must stay what its header says (invented text, no
// data set's sentences) and varied enough to teach something: enough comments per language, no
// exact duplicates, each file in its own script.
import { describe, expect, it } from 'vitest';
import { readNewsHam } from '../scripts/spam-data.ts';
import { parseCommentCorpus } from '../src/spam/evaluation/dataset.ts';

const files = readNewsHam();
const comments = new Map(files.map((f) => [f.name, parseCommentCorpus(f.text)]));
const share = (texts: readonly string[], re: RegExp): number =>
  texts.filter((t) => re.test(t)).length / Math.max(1, texts.length);

describe('the news-site ham corpus', () => {
  it('has English, Russian and Chinese files, each with the header saying it is invented text', () => {
    expect(files.map((f) => f.name)).toEqual(['en', 'ru', 'zh']);
    for (const f of files) {
      expect(f.text.startsWith('# Silkpress news-site ham corpus')).toBe(true);
      expect(f.text).toContain('Invented text written for Silkpress');
      expect(f.text).toContain('no sentence is taken from any data set');
    }
  });

  it('holds at least 1,500 comments (most in English, a few hundred each in Russian and Chinese)', () => {
    const counts = Object.fromEntries([...comments].map(([name, list]) => [name, list.length]));
    console.log(`news-site ham: ${JSON.stringify(counts)}`);
    expect(comments.get('en')?.length).toBeGreaterThanOrEqual(900);
    expect(comments.get('ru')?.length).toBeGreaterThanOrEqual(300);
    expect(comments.get('zh')?.length).toBeGreaterThanOrEqual(250);
    expect([...comments.values()].flat().length).toBeGreaterThanOrEqual(1500);
  });

  it('has no comment twice and no header line among the comments', () => {
    const all = [...comments.values()].flat().map((c) => c.replace(/\s+/g, ' '));
    expect(new Set(all).size).toBe(all.length);
    expect(all.some((c) => c.startsWith('# Silkpress'))).toBe(false);
  });

  it('is written in each file’s script', () => {
    expect(share(comments.get('ru') ?? [], /[А-Яа-яЁё]/)).toBeGreaterThan(0.95);
    expect(share(comments.get('zh') ?? [], /\p{Script=Han}/u)).toBeGreaterThan(0.95);
    expect(share(comments.get('en') ?? [], /[А-Яа-яЁё]|\p{Script=Han}/u)).toBeLessThan(0.02);
  });
});
