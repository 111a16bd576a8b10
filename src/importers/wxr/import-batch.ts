// Writes one batch of items (with their comments) in one transaction: articles in bulk,
// comments in bulk, reply parents, import map entries and redirects.
import { articlePath } from '../../content/index.ts';
import type { ArticleKind } from '../../content/index.ts';
import type { CommentStatus } from '../../comments/index.ts';
import type { AuthorResolver, ResolveEvents, TermResolver } from './import-people.ts';
import { type PreparedItem, spamDecision } from './convert/import-prepare.ts';
import type { ImportSpamTrainer, PendingTraining, SpamExample } from './import-spam.ts';
import {
  commentKey,
  itemDate,
  itemKey,
  localAsUtc,
  mapCommentType,
  mapItemStatus,
  normalizeIso,
  wantedSlug,
} from './convert/import-mapping.ts';
import type { ImportedArticle, ImportedComment, ImportStore } from './import-types.ts';
import { itemLanguage } from './convert/item-language.ts';
import { legacyPathKey } from '../../content/index.ts';
import { legacyItemPaths } from './convert/legacy-paths.ts';
import { extractSeoMeta } from './convert/seo-meta.ts';
import type { WxrAttachmentInfo } from './convert/convert-types.ts';
import type { WxrItem, WxrSite } from './parse/wxr-records.ts';

/** An item waiting in a batch, with its conversion (or the reason it failed). */
export interface BatchItem {
  item: WxrItem;
  title: string;
  prepared: PreparedItem | Error;
}

/** What a batch needs from the run. */
export interface BatchContext {
  source: string;
  site: WxrSite;
  /** The file's language (its channel's), for items that say nothing of their own. */
  language: string;
  /** Polylang's language terms of the file: slug → BCP 47 tag (see item-language.ts). */
  languageTerms: ReadonlyMap<string, string>;
  /** Polylang's post_translations terms of the file: post id → term slug. */
  translationTerms: ReadonlyMap<number, string>;
  now: Date;
  authors: AuthorResolver;
  terms: TermResolver;
  attachments: ReadonlyMap<number, WxrAttachmentInfo>;
  rewriteUrl: (url: string) => string;
  /** Slugs given out during this run (a dry run writes nothing the database could tell us). */
  usedSlugs: Record<ArticleKind, Set<string>>;
  /** `group|language` places of translation groups given out during this run (likewise). */
  translationSlots: Set<string>;
  events: ResolveEvents;
  /** Set with `--train-spam`: the batch's fresh spam/approved comments teach the spam model. */
  spam: ImportSpamTrainer | null;
}

/** What a committed batch adds to the report. */
export interface BatchOutcome {
  imported: { post: number; page: number; comment: number; redirect: number };
  skipped: { post: number; page: number; comment: number };
  failures: Array<{ kind: string; line: number; title: string; reason: string }>;
  warnings: Array<{ line: number; message: string }>;
  unknownShortcodes: string[];
  /** What the batch taught the spam model (applied once the batch committed). */
  spamTraining: PendingTraining | null;
}

async function allocateSlug(
  store: ImportStore,
  ctx: BatchContext,
  kind: ArticleKind,
  base: string,
): Promise<string> {
  const used = ctx.usedSlugs[kind];
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (used.has(candidate)) continue;
    // Bases were looked up for the whole batch already; only suffixed candidates need a query.
    if (n > 1 && (await store.takenSlugs(kind, [candidate])).size > 0) {
      used.add(candidate);
      continue;
    }
    used.add(candidate);
    return candidate;
  }
}

/** Writes a batch through `store` (already inside a transaction). */
export async function writeBatch(
  store: ImportStore,
  ctx: BatchContext,
  batch: BatchItem[],
): Promise<BatchOutcome> {
  const out: BatchOutcome = {
    imported: { post: 0, page: 0, comment: 0, redirect: 0 },
    skipped: { post: 0, page: 0, comment: 0 },
    failures: [],
    warnings: [],
    unknownShortcodes: [],
    spamTraining: null,
  };
  const keys = batch.map((b) => itemKey(ctx.source, b.item));
  const existing = await store.mappedIds('item', keys);
  const rows: ImportedArticle[] = [];
  const fresh: Array<{ b: BatchItem; key: string; prepared: PreparedItem; kind: ArticleKind }> = [];
  const articleIdOf = new Map<string, number>();

  // Slugs: one query for the common case (no clash), one per clash.
  const wanted = batch.map((b) => wantedSlug(b.item, b.title));
  for (const kind of ['post', 'page'] as const) {
    const bases = wanted.filter((_s, i) => batch[i]?.item.postType === kind);
    for (const s of await store.takenSlugs(kind, bases)) ctx.usedSlugs[kind].add(s);
  }

  for (const [i, b] of batch.entries()) {
    const key = keys[i] as string;
    const kind = b.item.postType as ArticleKind;
    const known = existing.get(key);
    if (known !== undefined) {
      out.skipped[kind]++;
      articleIdOf.set(key, known);
      continue;
    }
    if (b.prepared instanceof Error) {
      out.failures.push({ kind, line: b.item.line, title: b.title, reason: b.prepared.message });
      continue;
    }
    const p = b.prepared;
    const { status, publishedAt, warning } = mapItemStatus(b.item);
    const label = `"${b.title || '(untitled)'}"`;
    if (warning) out.warnings.push({ line: b.item.line, message: `${label}: ${warning}` });
    if (b.item.sticky) {
      out.warnings.push({
        line: b.item.line,
        message: `${label}: sticky in WordPress; Silkpress has no sticky posts`,
      });
    }
    for (const w of p.warnings) out.warnings.push({ line: b.item.line, message: `${label}: ${w}` });
    out.unknownShortcodes.push(...p.unknownShortcodes);
    const base = wanted[i] as string;
    const slug = await allocateSlug(store, ctx, kind, base);
    if (slug !== base && b.item.slug) {
      out.warnings.push({
        line: b.item.line,
        message: `${label}: slug "${base}" already used, imported as "${slug}"`,
      });
    }
    const seo = extractSeoMeta(b.item.meta, { postTitle: b.title, siteTitle: ctx.site.title });
    const thumbId = Number(b.item.meta['_thumbnail_id']);
    const thumb = Number.isInteger(thumbId) ? ctx.attachments.get(thumbId) : undefined;
    const created = itemDate(b.item) ?? ctx.now.toISOString();
    const lang = itemLanguage(b.item, ctx.languageTerms, ctx.source, ctx.translationTerms);
    rows.push({
      kind,
      title: b.title,
      slug,
      excerpt: p.excerpt,
      excerptAuto: p.excerptAuto,
      bodyMarkdown: p.bodyMarkdown,
      bodyHtml: p.bodyHtml,
      bodyText: p.bodyText,
      indexTitle: p.indexTitle,
      indexBody: p.indexBody,
      status,
      authorId: await ctx.authors.resolve(store, b.item.creator, ctx.events),
      language: lang.language ?? ctx.language,
      translationGroup: lang.translationGroup,
      featureImage: thumb ? { src: ctx.rewriteUrl(thumb.url), alt: thumb.alt } : null,
      seoTitle: seo.title,
      seoDescription: seo.description,
      commentsOpen: b.item.commentStatus === 'open',
      publishedAt,
      createdAt: created,
      updatedAt: normalizeIso(b.item.modifiedGmt) ?? created,
      tagIds: await ctx.terms.forItem(store, b.item.categories, ctx.events),
    });
    fresh.push({ b, key, prepared: p, kind });
  }

  await keepOneArticlePerLanguage(store, ctx, rows, fresh, out);
  const ids = await store.insertArticles(rows);
  const redirects: Array<{ from: string; to: string }> = [];
  fresh.forEach((f, i) => {
    const id = ids[i] as number;
    articleIdOf.set(f.key, id);
    out.imported[f.kind]++;
    const to = articlePath({ kind: f.kind, slug: rows[i]?.slug ?? '' });
    for (const path of legacyItemPaths(f.b.item, ctx.site)) {
      const from = legacyPathKey(path);
      if (from !== to && from !== '/') redirects.push({ from, to });
    }
  });
  await store.addMappings(
    'item',
    fresh.map((f, i) => ({ key: f.key, id: ids[i] as number })),
    ctx.now,
  );
  await store.addRedirects(redirects, ctx.now);
  out.imported.redirect += redirects.length;
  await writeComments(store, ctx, batch, keys, articleIdOf, out);
  return out;
}

/**
 * A translation group holds one article per language: an item whose language already has an
 * article in its group (in the site, or earlier in the file) is imported without the link.
 */
async function keepOneArticlePerLanguage(
  store: ImportStore,
  ctx: BatchContext,
  rows: ImportedArticle[],
  fresh: Array<{ b: BatchItem }>,
  out: BatchOutcome,
): Promise<void> {
  const groups = rows.flatMap((r) => (r.translationGroup ? [r.translationGroup] : []));
  if (groups.length === 0) return;
  const taken = await store.takenTranslationSlots(groups);
  rows.forEach((r, i) => {
    if (!r.translationGroup) return;
    const slot = `${r.translationGroup}|${r.language.toLowerCase()}`;
    if (!taken.has(slot) && !ctx.translationSlots.has(slot)) {
      ctx.translationSlots.add(slot);
      return;
    }
    const b = fresh[i]!.b;
    out.warnings.push({
      line: b.item.line,
      message: `"${b.title || '(untitled)'}": its translations already have an article in ${r.language}; imported without the link to them`,
    });
    r.translationGroup = null;
  });
}

async function writeComments(
  store: ImportStore,
  ctx: BatchContext,
  batch: BatchItem[],
  keys: string[],
  articleIdOf: Map<string, number>,
  out: BatchOutcome,
): Promise<void> {
  const all = batch.flatMap((b, i) =>
    b.item.comments.map((c, j) => ({
      b,
      c,
      j,
      key: commentKey(ctx.source, keys[i] as string, c, j),
      itemK: keys[i] as string,
    })),
  );
  if (all.length === 0) return;
  const parentKeys = all
    .filter((x) => x.c.parentWpId !== null)
    .map((x) => `${ctx.source}|c:${x.c.parentWpId}`);
  const known = await store.mappedIds('comment', [...all.map((x) => x.key), ...parentKeys]);
  const rows: ImportedComment[] = [];
  const fresh: typeof all = [];
  for (const x of all) {
    const articleId = articleIdOf.get(x.itemK);
    if (known.has(x.key)) {
      out.skipped.comment++;
      continue;
    }
    if (articleId === undefined || x.b.prepared instanceof Error) {
      out.failures.push({
        kind: 'comment',
        line: x.c.line,
        title: x.c.authorName,
        reason: 'its post could not be imported',
      });
      continue;
    }
    const text = x.b.prepared.commentTexts[x.j] ?? '';
    rows.push({
      articleId,
      type: mapCommentType(x.c.type),
      status: x.c.approved as CommentStatus,
      authorName: x.c.authorName.trim() || 'Anonymous',
      authorEmail: x.c.authorEmail.trim().toLowerCase(),
      authorUrl: x.c.authorUrl.trim() || null,
      authorUserId: ctx.authors.userIdOfWpUser(x.c.userId),
      ip: x.c.authorIp.trim() || null,
      content: text,
      createdAt:
        normalizeIso(x.c.dateGmt) ?? localAsUtc(x.c.date) ?? itemDate(x.b.item) ?? ctx.now.toISOString(),
    });
    fresh.push(x);
  }
  const ids = await store.insertComments(rows);
  const idByKey = new Map(known);
  fresh.forEach((x, i) => idByKey.set(x.key, ids[i] as number));
  const parents: Array<{ id: number; parentId: number }> = [];
  fresh.forEach((x, i) => {
    if (x.c.parentWpId === null) return;
    const parentId = idByKey.get(`${ctx.source}|c:${x.c.parentWpId}`);
    if (parentId === undefined) {
      out.warnings.push({
        line: x.c.line,
        message: `comment ${x.c.wpId ?? ''} replies to comment ${x.c.parentWpId}, which is not in the file: shown as a top-level comment`,
      });
    } else parents.push({ id: ids[i] as number, parentId });
  });
  await store.setCommentParents(parents);
  await store.addMappings(
    'comment',
    fresh.map((x, i) => ({ key: x.key, id: ids[i] as number })),
    ctx.now,
  );
  out.imported.comment += fresh.length;
  if (ctx.spam) {
    // Only comments imported now: a re-run, which skips what is in, learns nothing twice.
    const examples: SpamExample[] = [];
    for (const x of fresh) {
      const comment = x.b.prepared instanceof Error ? null : x.b.prepared.spamExamples[x.j];
      const decision = spamDecision(x.c);
      if (comment && decision) examples.push({ comment, decision, ip: x.c.authorIp.trim() || null });
    }
    out.spamTraining = await ctx.spam.learn(store, examples, ctx.now);
  }
}
