// Search queries for the bench: the demo's own examples, real topic words and generated words of
// varied frequency (common words match thousands of articles, rare ones a handful), in English,
// Russian and Chinese, one and two words long.
import { Random } from './random.ts';
import type { BenchLanguage, Vocabulary } from './vocabulary.ts';

/** The queries the issue names; they must find demo articles. */
export const DEMO_QUERIES = ['中亚', 'Казахстан', 'pipeline'];

/** `perLanguage` distinct queries per language plus the demo queries, in a mixed order. */
export function buildSearchQueries(
  vocabularies: Record<BenchLanguage, Vocabulary>,
  seed: number,
  perLanguage = 30,
): string[] {
  const random = new Random(seed + 3);
  const queries = new Set<string>(DEMO_QUERIES);
  for (const vocabulary of Object.values(vocabularies)) {
    const { words, topicWords } = vocabulary;
    const target = queries.size + perLanguage;
    while (queries.size < target) {
      const kind = random.int(0, 4);
      const common = () => random.pick(words.slice(13, 200));
      const rare = () => random.pick(words.slice(1000));
      if (kind === 0) queries.add(random.pick(topicWords));
      else if (kind === 1) queries.add(common());
      else if (kind === 2) queries.add(rare());
      else if (kind === 3) queries.add(`${random.pick(topicWords)} ${common()}`);
      else queries.add(`${common()} ${rare()}`);
    }
  }
  const list = [...queries];
  for (let i = list.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [list[i], list[j]] = [list[j] as string, list[i] as string];
  }
  return list;
}
