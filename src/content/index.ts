// Public entry of the content feature: what other features may use of articles, Markdown,
// excerpts, search text and legacy URLs. Repositories are built by the composition root.
export type { ArticleInput } from './article-storage.ts';
export type { Article, ArticleKind, ArticleStatus } from './article.ts';
export { articlePath } from './article.ts';
export { automaticExcerpt } from './excerpt.ts';
export { legacyPathKey } from './legacy-path-key.ts';
export type { MarkdownRenderer } from './markdown.ts';
export { createMarkdownRenderer } from './markdown.ts';
export { segmentForIndex } from './search-text.ts';
