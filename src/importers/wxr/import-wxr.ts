// The WordPress import: stream the file, convert items in a worker pool, write one
// transaction per batch, and report. Resumable: the import map makes a rerun skip what is in.
import type { ArticleKind } from '../../content/article.ts';
import { attachmentInfo, type WxrAttachmentInfo } from './convert-types.ts';
import { createConvertPool } from './convert-pool.ts';
import type { WxrSource } from './decode-chunks.ts';
import { htmlToPlainText } from './html-text.ts';
import { type BatchItem, type BatchOutcome, writeBatch } from './import-batch.ts';
import { dryRunStore } from './import-dry-run.ts';
import { sourceOf } from './import-mapping.ts';
import { type AuthorTarget, AuthorResolver, type ResolveEvents, TermResolver } from './import-people.ts';
import { mediaRewriter } from './import-prepare.ts';
import { ReportBuilder } from './import-report.ts';
import type { ImportReport, TransactionalImportStore } from './import-types.ts';
import { legacyPathKey } from './legacy-path-key.ts';
import { legacyTermPath } from './legacy-paths.ts';
import { parseWxr } from './parse-wxr.ts';
import { WxrParseError } from './wxr-parse-error.ts';
import type { WxrItem, WxrSite, WxrTerm } from './wxr-records.ts';

/** What the import needs from the outside world. */
export interface WxrImportDeps {
  store: TransactionalImportStore;
  now(): Date;
  changes: { publish(keys: string[]): Promise<void> };
  /** Imports the file behind an attachment URL; its new URL, or null when the file is missing. */
  importMedia?: (url: string, alt: string) => Promise<string | null>;
}

/** How to run it. */
export interface WxrImportOptions {
  /** Opens the file (called twice: a cheap first pass collects attachments and reusable blocks). */
  open: () => WxrSource;
  dryRun?: boolean;
  /** WordPress login → Silkpress user (`--authors map.json`). */
  authors?: ReadonlyMap<string, AuthorTarget>;
  /** Items plus comments per transaction. */
  batchSize?: number;
  /** Conversion worker threads (0: convert on this thread). */
  workers?: number;
  trainSpam?: boolean;
  /** Called after each committed batch. */
  onProgress?: (done: { items: number; comments: number }) => void;
}

const IMPORTED_TYPES = new Set(['post', 'page']);

/** First pass: attachments (for galleries, captions, feature images) and reusable blocks. */
async function scanAttachments(open: () => WxrSource): Promise<{
  attachments: Map<number, WxrAttachmentInfo>;
  blocks: Map<number, string>;
}> {
  const attachments = new Map<number, WxrAttachmentInfo>();
  const blocks = new Map<number, string>();
  try {
    for await (const r of parseWxr(open())) {
      if (r.kind !== 'item' || r.wpId === null) continue;
      const info = attachmentInfo(r);
      if (info) attachments.set(r.wpId, info);
      else if (r.postType === 'wp_block') blocks.set(r.wpId, r.contentHtml);
    }
  } catch (err) {
    // The second pass reports the error with its line and imports up to it.
    if (!(err instanceof WxrParseError)) throw err;
  }
  return { attachments, blocks };
}

/** Imports a WXR file; never throws for a malformed file (the report's `fatal` says where). */
export async function importWxr(deps: WxrImportDeps, options: WxrImportOptions): Promise<ImportReport> {
  const started = process.hrtime.bigint();
  const report = new ReportBuilder(options.dryRun ?? false);
  const store = options.dryRun ? dryRunStore(deps.store) : deps.store;
  const { attachments, blocks } = await scanAttachments(options.open);
  const mediaUrls = new Map<string, string>();
  for (const a of attachments.values()) {
    const copy = deps.importMedia && !options.dryRun ? await deps.importMedia(a.url, a.alt) : null;
    if (copy) mediaUrls.set(a.url, copy);
    report.attachment(a.url, copy !== null);
  }
  report.mediaImported = deps.importMedia !== undefined;
  const rewrite = mediaRewriter(mediaUrls) ?? ((u: string) => u);
  const pool = createConvertPool({ attachments, reusableBlocks: blocks, mediaUrls }, options.workers ?? 0);
  const events: ResolveEvents = {
    created: (kind) => report.count(kind, 'imported'),
    matched: (kind) => report.count(kind, 'skipped'),
    warn: (message) => report.warn(0, message),
  };
  // Set by the first record: the site header (or a default for files without one).
  const run: { site: WxrSite | null; authors: AuthorResolver | null; terms: TermResolver | null } = {
    site: null,
    authors: null,
    terms: null,
  };
  const usedSlugs: Record<ArticleKind, Set<string>> = { post: new Set(), page: new Set() };
  const pendingTerms: WxrTerm[] = [];
  let batch: Array<{ item: WxrItem; title: string; prepared: Promise<BatchItem['prepared']> }> = [];
  let batchRecords = 0;
  let inflight: Promise<void> = Promise.resolve();
  const done = { items: 0, comments: 0 };
  const batchSize = options.batchSize ?? 1000;

  const ensureSite = (s: WxrSite | null): { site: WxrSite; authors: AuthorResolver; terms: TermResolver } => {
    const site = (run.site ??= s ?? {
      kind: 'site',
      line: 1,
      title: '',
      link: '',
      description: '',
      language: 'en',
      wxrVersion: null,
      baseSiteUrl: '',
      baseBlogUrl: '',
    });
    const source = sourceOf(site);
    const authors = (run.authors ??= new AuthorResolver(source, options.authors ?? new Map(), deps.now));
    const terms = (run.terms ??= new TermResolver(source, deps.now));
    return { site, authors, terms };
  };

  const commit = async (items: typeof batch, termsToWrite: WxrTerm[]): Promise<void> => {
    const prepared: BatchItem[] = [];
    for (const b of items) prepared.push({ item: b.item, title: b.title, prepared: await b.prepared });
    const { site: s, authors, terms: t } = ensureSite(null);
    const outcome = await store.transaction(async (tx) => {
      const redirects: Array<{ from: string; to: string }> = [];
      for (const term of termsToWrite) {
        if (!TermResolver.isTagLike(term.taxonomy, term.slug)) continue;
        const id = await t.resolve(tx, term, events);
        const legacy = legacyTermPath(term, (slug) => t.category(slug));
        const slug = id > 0 || options.dryRun ? t.tagSlugOf(term) : null;
        if (legacy && slug) redirects.push({ from: legacyPathKey(legacy), to: `/tag/${slug}` });
        if (legacy && slug && term.wpId !== null && term.taxonomy === 'category')
          redirects.push({ from: `/?cat=${term.wpId}`, to: `/tag/${slug}` });
        if (term.taxonomy === 'post_tag' && slug)
          redirects.push({ from: `/?tag=${term.slug}`, to: `/tag/${slug}` });
      }
      await tx.addRedirects(redirects, deps.now());
      const result: BatchOutcome = await writeBatch(
        tx,
        {
          source: sourceOf(s),
          site: s,
          language: languageOf(s),
          now: deps.now(),
          authors,
          terms: t,
          attachments,
          rewriteUrl: rewrite,
          usedSlugs,
          events,
        },
        prepared,
      );
      result.imported.redirect += redirects.length;
      return result;
    });
    report.merge(outcome);
    for (const b of items) {
      done.items++;
      done.comments += b.item.comments.length;
    }
    options.onProgress?.({ ...done });
  };

  const flush = async (): Promise<void> => {
    const items = batch;
    const termsToWrite = pendingTerms.splice(0);
    batch = [];
    batchRecords = 0;
    await inflight; // at most one batch writes while the next one converts
    inflight = commit(items, termsToWrite);
    inflight.catch(() => {}); // awaited by the next flush; this only silences the early warning
  };

  try {
    for await (const r of parseWxr(options.open())) {
      if (r.kind === 'site') ensureSite(r);
      else if (r.kind === 'warning') report.warn(r.line, r.message);
      else if (r.kind === 'author') {
        ensureSite(null).authors.declare(r);
      } else if (r.kind === 'term') {
        ensureSite(null).terms.declare(r);
        pendingTerms.push(r);
      } else if (r.kind === 'item') {
        ensureSite(null);
        if (!IMPORTED_TYPES.has(r.postType)) {
          if (r.postType !== 'attachment') report.otherType(r.postType); // listed as attachments
          continue;
        }
        const title = htmlToPlainText(r.title).trim();
        const prepared = pool
          .prepare(r, title)
          .catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
        batch.push({ item: r, title, prepared });
        batchRecords += 1 + r.comments.length;
        if (batchRecords >= batchSize) await flush();
      }
    }
    await flush();
    await inflight;
  } catch (err) {
    await inflight.catch(() => {});
    if (!(err instanceof WxrParseError)) {
      await pool.close();
      throw err;
    }
    report.fatal = { message: err.message, line: err.line, column: err.column };
  } finally {
    await pool.close();
  }
  if (!options.dryRun && report.anythingImported()) await deps.changes.publish(['*']);
  if (options.trainSpam) report.note(TRAIN_SPAM_NOTE);
  report.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return report.build(done.items);
}

/** Why --train-spam does nothing yet (the site model has no storage to learn into). */
const TRAIN_SPAM_NOTE =
  '--train-spam: the spam model has no saved site model to learn into yet, so imported spam/ham was not used for training.';

function languageOf(site: WxrSite): string {
  const lang = site.language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(lang) ? lang : 'en';
}
