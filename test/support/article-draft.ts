// An article draft for repository tests: a published English post by `authorId`, titled
// "Untitled", with whatever the test overrides.
import type { ArticleDraft } from '../../src/content/publishing.ts';

export const articleDraft = (authorId: number, over: Partial<ArticleDraft> = {}): ArticleDraft => ({
  kind: 'post',
  title: 'Untitled',
  bodyMarkdown: 'Body.',
  status: 'published',
  authorId,
  language: 'en',
  ...over,
});
