export interface DemoAuthor {
  slug: string;
  name: string;
  email: string;
  bio: string;
}

export interface DemoTag {
  slug: string;
  name: string;
  description: string;
}

export interface DemoArticle {
  /** ASCII kebab-case, unique across the set. */
  slug: string;
  title: string;
  /** One or two sentences of plain text. */
  excerpt: string;
  /** CommonMark + GFM tables + footnotes. */
  bodyMarkdown: string;
  authorSlug: string;
  tagSlugs: string[];
  /** BCP 47 tag: 'en', 'zh-Hans', 'ru'. */
  language: string;
  /** Articles with the same `story` are translations of one another (one per language). */
  story?: string;
  /** ISO 8601 UTC. */
  publishedAt: string;
  updatedAt?: string;
  featureImage?: { src: string; alt: string };
}

export interface DemoPage {
  slug: string;
  title: string;
  bodyMarkdown: string;
  language: string;
}
