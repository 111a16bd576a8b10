// The generated newsroom: authors, tags and articles (English, Russian, Chinese) that the bench
// adds to the demo content. Deterministic for a given seed.
import { Random } from './random.ts';
import { TextWriter } from './text.ts';
import { type BenchLanguage, buildVocabularies, type Vocabulary } from './vocabulary.ts';

/** An author to create. */
export interface GeneratedAuthor {
  name: string;
  slug: string;
  email: string;
  bio: string;
}

/** A tag to create. */
export interface GeneratedTag {
  name: string;
  slug: string;
  description: string;
}

/**
 * An article to insert. Author and tag indexes count the site's existing authors and tags first
 * (the demo's), then the generated ones, so generated articles share the demo's tags too.
 */
export interface GeneratedArticle {
  title: string;
  slug: string;
  bodyMarkdown: string;
  language: BenchLanguage;
  authorIndex: number;
  tagIndexes: number[];
  publishedAt: string;
}

/** What to generate. */
export interface DatasetOptions {
  seed: number;
  articles: number;
  authors: number;
  tags: number;
  /** Authors and tags the site already has (the demo's), also used by generated articles. */
  existingAuthors: number;
  existingTags: number;
  /** Publication dates are spread evenly at random over [from, to]. */
  from: Date;
  to: Date;
}

/** A whole generated dataset. */
export interface Dataset {
  vocabularies: Record<BenchLanguage, Vocabulary>;
  authors: GeneratedAuthor[];
  tags: GeneratedTag[];
  /** Iterates the articles lazily (bodies are generated on demand). */
  articles(): Generator<GeneratedArticle>;
}

const LANGUAGE_MIX: BenchLanguage[] = ['en', 'en', 'en', 'en', 'en', 'en', 'ru', 'ru', 'zh-Hans', 'zh-Hans'];

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Builds the dataset description; article text is produced when iterated. */
export function createDataset(options: DatasetOptions): Dataset {
  const vocabularies = buildVocabularies(options.seed);
  const random = new Random(options.seed + 1);
  const en = vocabularies.en.words.slice(40);
  const authors = Array.from({ length: options.authors }, (_, i) => {
    const name = `${capitalise(random.pick(en))} ${capitalise(random.pick(en))}`;
    const slug = `bench-author-${i + 1}`;
    return {
      name,
      slug,
      email: `${slug}@bench.example`,
      bio: new TextWriter(vocabularies.en, random).sentence(),
    };
  });
  const tags = Array.from({ length: options.tags }, (_, i) => {
    const word = vocabularies.en.words[20 + i * 7] ?? `tag${i}`;
    return {
      name: capitalise(word),
      slug: `bench-${i + 1}-${word.toLowerCase()}`,
      description: new TextWriter(vocabularies.en, random).sentence(),
    };
  });
  return { vocabularies, authors, tags, articles: () => generateArticles(options, vocabularies) };
}

function* generateArticles(
  options: DatasetOptions,
  vocabularies: Record<BenchLanguage, Vocabulary>,
): Generator<GeneratedArticle> {
  const random = new Random(options.seed + 2);
  const writers = {
    en: new TextWriter(vocabularies.en, random),
    ru: new TextWriter(vocabularies.ru, random),
    'zh-Hans': new TextWriter(vocabularies['zh-Hans'], random),
  };
  const start = options.from.getTime();
  const span = options.to.getTime() - start;
  for (let i = 0; i < options.articles; i++) {
    const language = random.pick(LANGUAGE_MIX);
    const writer = writers[language];
    const tagIndexes = new Set<number>();
    const allTags = options.existingTags + options.tags;
    const allAuthors = options.existingAuthors + options.authors;
    for (let n = random.int(1, 4); n > 0; n--) tagIndexes.add(random.int(0, allTags - 1));
    yield {
      title: writer.title(),
      slug: `bench-${String(i + 1).padStart(5, '0')}-${language.slice(0, 2)}`,
      bodyMarkdown: writer.markdownBody(),
      language,
      // Some authors write much more than others, as in a real newsroom.
      authorIndex: Math.min(random.int(0, allAuthors - 1), random.int(0, allAuthors - 1)),
      tagIndexes: [...tagIndexes],
      publishedAt: new Date(start + Math.floor(random.next() * span)).toISOString(),
    };
  }
}
