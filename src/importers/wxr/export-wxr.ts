// The WordPress export: the whole site as WXR 1.2 text chunks that WordPress's importer
// accepts (posts, pages, authors, tags, comments with threading and status).
import { articlePath } from '../../content/index.ts';
import type { MarkdownRenderer } from '../../content/index.ts';
import type { CommentTextRenderer } from '../../comments/index.ts';
import { escapeHtml } from './convert/html-text.ts';
import {
  languageSlug,
  polylangGroupTerm,
  polylangLanguageTerm,
  SILKPRESS_LANGUAGE_META,
  SILKPRESS_TRANSLATION_GROUP_META,
  WPML_LANGUAGE_META,
  WPML_TRANSLATION_GROUP_META,
} from './convert/item-language.ts';
import { htmlHash, SILKPRESS_HTML_HASH_META, SILKPRESS_MARKDOWN_META } from './convert/silkpress-meta.ts';
import { writeWxr } from './export/write-wxr.ts';
import type { WxrExportItem } from './export/wxr-export-types.ts';
import type { ExportArticle, ExportComment, WxrExportRepo } from './wxr-export-repo.ts';
import { toWpGmt } from './parse/wxr-values.ts';
import type { Clock } from '../../kernel/clock.ts';

/** What the export reads and how it renders. */
export interface WxrExportDeps extends Clock {
  store: Pick<
    WxrExportRepo,
    'listAuthors' | 'listTags' | 'listLanguages' | 'listTranslationGroups' | 'articlesAfter' | 'commentsOf'
  >;
  markdown: MarkdownRenderer;
  commentText: CommentTextRenderer;
  site: { title: string; url: string; description: string; language: string };
}

const PAGE = 200;

/** Silkpress status → WordPress post status (a published post dated later is `future`). */
export function wordpressStatus(a: Pick<ExportArticle, 'status' | 'publishedAt'>, now: Date): string {
  switch (a.status) {
    case 'published':
      return a.publishedAt !== null && a.publishedAt > now.toISOString() ? 'future' : 'publish';
    case 'scheduled':
      return 'future';
    case 'review':
      return 'pending';
    case 'trash':
      return 'trash';
    default:
      return 'draft';
  }
}

/** Comment text (plain text with a small Markdown subset) as the HTML readers saw. */
function commentHtml(deps: WxrExportDeps, text: string): string {
  return deps.commentText.toHtml(text);
}

const COMMENT_APPROVAL: Record<string, 'approved' | 'pending' | 'spam' | 'trash'> = {
  approved: 'approved',
  pending: 'pending',
  spam: 'spam',
  trash: 'trash',
};

/** Polylang's post_translations term slug of each translation group of two or more articles. */
type GroupTerms = ReadonlyMap<string, string>;

function toItem(
  a: ExportArticle,
  comments: ExportComment[],
  deps: WxrExportDeps,
  base: string,
  groupTerms: GroupTerms,
): WxrExportItem {
  const date = a.publishedAt ?? a.createdAt;
  const local = toWpGmt(date);
  const meta: Record<string, string> = {};
  if (a.seoTitle) meta['_yoast_wpseo_title'] = a.seoTitle;
  if (a.seoDescription) meta['_yoast_wpseo_metadesc'] = a.seoDescription;
  const contentHtml = deps.markdown.toHtml(a.bodyMarkdown);
  // WordPress shows the HTML; a later Silkpress import takes the Markdown back verbatim while
  // the HTML is unchanged (the hash), so a round trip loses nothing to HTML → Markdown.
  meta[SILKPRESS_MARKDOWN_META] = a.bodyMarkdown;
  // The language for Silkpress (exact), Polylang (a term, below) and WPML Export and Import.
  meta[SILKPRESS_LANGUAGE_META] = a.language;
  meta[WPML_LANGUAGE_META] = languageSlug(a.language);
  if (a.translationGroup) {
    meta[SILKPRESS_TRANSLATION_GROUP_META] = a.translationGroup;
    meta[WPML_TRANSLATION_GROUP_META] = a.translationGroup;
  }
  // An automatic excerpt is left empty, as WordPress keeps it (it computes its own).
  const excerptHtml = a.excerptAuto ? '' : escapeHtml(a.excerpt);
  meta[SILKPRESS_HTML_HASH_META] = htmlHash(contentHtml, excerptHtml);
  return {
    wpId: a.id,
    guid: `${base}/?p=${a.id}`,
    postType: a.kind,
    title: a.title,
    slug: a.slug,
    link: `${base}${articlePath({ kind: a.kind === 'page' ? 'page' : 'post', slug: a.slug })}`,
    creator: a.authorSlug,
    contentHtml,
    excerptHtml,
    status: wordpressStatus(a, deps.now()),
    postDate: local,
    postDateGmt: a.status === 'draft' || a.status === 'review' ? null : date,
    modifiedGmt: a.updatedAt,
    commentStatus: a.commentsOpen ? 'open' : 'closed',
    pingStatus: 'closed',
    sticky: false,
    password: null,
    parentWpId: null,
    menuOrder: 0,
    categories: [
      ...a.tags.map((t) => ({ domain: 'post_tag', nicename: t.slug, name: t.name })),
      { domain: 'language', nicename: languageSlug(a.language), name: polylangLanguageTerm(a.language).name },
      ...(a.translationGroup && groupTerms.has(a.translationGroup)
        ? [
            {
              domain: 'post_translations',
              nicename: groupTerms.get(a.translationGroup)!,
              name: groupTerms.get(a.translationGroup)!,
            },
          ]
        : []),
    ],
    meta,
    comments: comments.map((c) => ({
      wpId: c.id,
      parentWpId: c.parentId,
      authorName: c.authorName,
      authorEmail: c.authorEmail,
      authorUrl: c.authorUrl ?? '',
      authorIp: c.ip ?? '',
      date: toWpGmt(c.createdAt),
      dateGmt: c.createdAt,
      content: commentHtml(deps, c.content),
      meta: {
        [SILKPRESS_MARKDOWN_META]: c.content,
        [SILKPRESS_HTML_HASH_META]: htmlHash(commentHtml(deps, c.content)),
      },
      approved: COMMENT_APPROVAL[c.status] ?? 'pending',
      type: c.type,
      userId: c.authorUserId,
    })),
  };
}

async function* items(
  deps: WxrExportDeps,
  base: string,
  groupTerms: GroupTerms,
): AsyncGenerator<WxrExportItem> {
  for (let after = 0; ;) {
    const page = await deps.store.articlesAfter(after, PAGE);
    if (page.length === 0) return;
    const comments = await deps.store.commentsOf(page.map((a) => a.id));
    const byArticle = new Map<number, ExportComment[]>();
    for (const c of comments) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
    for (const a of page) yield toItem(a, byArticle.get(a.id) ?? [], deps, base, groupTerms);
    after = page[page.length - 1]?.id ?? after;
  }
}

/** Streams the site as a WXR file, chunk by chunk. */
export async function* exportWxr(deps: WxrExportDeps): AsyncGenerator<string> {
  const base = deps.site.url.replace(/\/+$/, '');
  const authors = await deps.store.listAuthors();
  const tags = await deps.store.listTags();
  const languages = await deps.store.listLanguages();
  // Polylang groups translations with a post_translations term per group (language → post id);
  // the posts' ids are the exported wp:post_id, so WordPress with Polylang links them again.
  const groups = [...(await deps.store.listTranslationGroups())].filter(([, m]) => m.length > 1);
  const groupTerms = groups.map(([group, members]) => ({ group, ...polylangGroupTerm(group, members) }));
  yield* writeWxr({
    site: {
      title: deps.site.title,
      link: base,
      description: deps.site.description,
      language: deps.site.language,
      baseSiteUrl: base,
      baseBlogUrl: base,
      pubDate: deps.now().toISOString(),
      generator: 'Silkpress',
    },
    authors: authors.map((u) => ({ wpId: u.id, login: u.slug, email: u.email, displayName: u.name })),
    terms: [
      ...tags.map((t) => ({
        wpId: t.id,
        taxonomy: 'post_tag',
        slug: t.slug,
        name: t.name,
        description: t.description,
      })),
      ...languages.map((tag) => ({ taxonomy: 'language', ...polylangLanguageTerm(tag) })),
      ...groupTerms.map(({ slug, name, description }) => ({
        taxonomy: 'post_translations',
        slug,
        name,
        description,
      })),
    ],
    items: items(deps, base, new Map(groupTerms.map((t) => [t.group, t.slug]))),
  });
}
