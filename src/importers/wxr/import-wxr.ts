// The WordPress import: stream the file, convert items in a worker pool, write one
// transaction per batch, and report. Resumable: the import map makes a rerun skip what is in.
import { availableParallelism } from 'node:os';
import type { ArticleKind } from '../../content/index.ts';
import { builtinModel } from '../../spam/index.ts';
import type { SpamModel } from '../../spam/index.ts';
import { SPAM_MODEL_CHANGED } from '../../spam/index.ts';
import { attachmentInfo, type WxrAttachmentInfo } from './convert/convert-types.ts';
import { createConvertPool } from './convert-pool.ts';
import type { WxrSource } from './parse/decode-chunks.ts';
import { createHeapGuard } from './heap-guard.ts';
import { htmlToPlainText } from './convert/html-text.ts';
import { type BatchItem, type BatchOutcome, writeBatch } from './import-batch.ts';
import { dryRunStore } from './import-dry-run.ts';
import { sourceOf } from './convert/import-mapping.ts';
import { type AuthorTarget, AuthorResolver, type ResolveEvents, TermResolver } from './import-people.ts';
import { mediaRewriter } from './convert/import-prepare.ts';
import { ReportBuilder } from './import-report.ts';
import { ImportSpamTrainer, type SpamTrainingCounts } from './import-spam.ts';
import type { ImportReport, TransactionalImportStore } from './import-types.ts';
import { declareLanguageTerm, declareTranslationTerm, languageTag } from './convert/item-language.ts';
import { legacyPathKey } from '../../content/index.ts';
import { legacyTermPath } from './convert/legacy-paths.ts';
import { parseWxr } from './parse/parse-wxr.ts';
import { selectItems } from './parse/select-items.ts';
import { WxrParseError } from './parse/wxr-parse-error.ts';
import type { WxrItem, WxrSite, WxrTerm } from './parse/wxr-records.ts';
import type { Clock } from '../../kernel/clock.ts';

/** What the import needs from the outside world. */
export interface WxrImportDeps extends Clock {
  store: TransactionalImportStore;
  changes: { publish(keys: string[]): Promise<void> };
  /** Imports the file behind an attachment URL; its new URL, or null when the file is missing. */
  importMedia?: (url: string, alt: string) => Promise<string | null>;
  /** The built-in spam model the site model is a delta over (`trainSpam`); loaded when absent. */
  spamBase?: SpamModel;
}

/** How to run it. */
export interface WxrImportOptions {
  /** Opens the file (called twice: a cheap first pass collects attachments and reusable blocks). */
  open: () => WxrSource;
  dryRun?: boolean;
  /** WordPress login → Silkpress user (`--authors map.json`). */
  authors?: ReadonlyMap<string, AuthorTarget>;
  /** Items plus comments per transaction (a batch also ends at ~4 MB of text). */
  batchSize?: number;
  /** Conversion worker threads (0: convert on this thread; default: 1 on a multi-core machine). */
  workers?: number;
  /** Imported spam and approved comments teach the site spam model. */
  trainSpam?: boolean;
  /** Called after each committed batch. */
  onProgress?: (done: ImportProgress) => void;
}

/** Progress after a committed batch. */
export interface ImportProgress {
  items: number;
  comments: number;
  /** With `trainSpam`: spam and approved comments the model learned from so far. */
  spam?: { spam: number; ham: number };
}

/**
 * Default conversion threads: one beside the main thread, which parses and writes. A second one
 * rarely helps (the main thread is the bottleneck once conversion is off it) and costs ~50 MB.
 */
export function defaultWorkers(cores: number): number {
  return cores > 1 ? 1 : 0;
}

const IMPORTED_TYPES = new Set(['post', 'page']);
/** Text (post and comment HTML) per batch at most: a few huge posts make a batch of their own. */
const MAX_BATCH_CHARS = 2_000_000;

/**
 * First pass: attachments (for galleries, captions, feature images), reusable blocks, and the
 * archived site's address (the channel header's), which the spam features of its comments need.
 */
async function scanAttachments(open: () => WxrSource): Promise<{
  attachments: Map<number, WxrAttachmentInfo>;
  blocks: Map<number, string>;
  siteUrl: string | null;
}> {
  const attachments = new Map<number, WxrAttachmentInfo>();
  const blocks = new Map<number, string>();
  let siteUrl: string | null = null;
  try {
    // Only attachments and reusable blocks matter here: the other items are skipped unparsed.
    const wanted = (item: string): boolean => item.includes('attachment') || item.includes('wp_block');
    for await (const r of parseWxr(selectItems(open(), wanted))) {
      if (r.kind === 'site') siteUrl = r.baseBlogUrl || r.link || r.baseSiteUrl || null;
      if (r.kind !== 'item' || r.wpId === null) continue;
      const info = attachmentInfo(r);
      if (info) attachments.set(r.wpId, info);
      else if (r.postType === 'wp_block') blocks.set(r.wpId, r.contentHtml);
    }
  } catch (err) {
    // The second pass reports the error with its line and imports up to it.
    if (!(err instanceof WxrParseError)) throw err;
  }
  return { attachments, blocks, siteUrl };
}

/** Imports a WXR file; never throws for a malformed file (the report's `fatal` says where). */
export async function importWxr(deps: WxrImportDeps, options: WxrImportOptions): Promise<ImportReport> {
  const started = process.hrtime.bigint();
  const report = new ReportBuilder(options.dryRun ?? false);
  const store = options.dryRun ? dryRunStore(deps.store) : deps.store;
  const { attachments, blocks, siteUrl } = await scanAttachments(options.open);
  const mediaUrls = new Map<string, string>();
  for (const a of attachments.values()) {
    const copy = deps.importMedia && !options.dryRun ? await deps.importMedia(a.url, a.alt) : null;
    if (copy) mediaUrls.set(a.url, copy);
    report.attachment(a.url, copy !== null);
  }
  report.mediaImported = deps.importMedia !== undefined;
  const rewrite = mediaRewriter(mediaUrls) ?? ((u: string) => u);
  const trainer =
    options.trainSpam && !options.dryRun ? new ImportSpamTrainer(deps.spamBase ?? builtinModel()) : null;
  if (options.trainSpam && options.dryRun)
    report.note('--train-spam: a dry run does not train the spam model.');
  const pool = createConvertPool(
    {
      attachments,
      reusableBlocks: blocks,
      mediaUrls,
      spamBits: trainer ? trainer.bits : null,
      spamSite: siteUrl,
    },
    options.workers ?? defaultWorkers(availableParallelism()),
  );
  const heap = createHeapGuard();
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
  const translationSlots = new Set<string>();
  const pendingTerms: WxrTerm[] = [];
  /** Polylang's language terms of the file: slug → BCP 47 tag. */
  const languageTerms = new Map<string, string>();
  /** Polylang's post_translations terms of the file: post id → term slug. */
  const translationTerms = new Map<number, string>();
  let batch: Array<{ item: WxrItem; title: string; prepared: Promise<BatchItem['prepared']> }> = [];
  let batchRecords = 0;
  let batchChars = 0;
  let inflight: Promise<void> = Promise.resolve();
  const done = { items: 0, comments: 0 };
  // Small batches keep the heap small (two are in memory: one converting, one writing); the
  // commit per batch costs little next to the rows it writes.
  const batchSize = options.batchSize ?? 500;

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
          language: languageTag(s.language, { locale: true }) ?? 'en',
          languageTerms,
          translationTerms,
          now: deps.now(),
          authors,
          terms: t,
          attachments,
          rewriteUrl: rewrite,
          usedSlugs,
          translationSlots,
          events,
          spam: trainer,
        },
        prepared,
      );
      result.imported.redirect += redirects.length;
      return result;
    });
    report.merge(outcome);
    if (trainer && outcome.spamTraining) {
      trainer.committed(outcome.spamTraining);
      // Every instance reloads the site model (as after a moderator's decision).
      if (outcome.spamTraining.changed) await deps.changes.publish([SPAM_MODEL_CHANGED]);
    }
    for (const b of items) {
      done.items++;
      done.comments += b.item.comments.length;
    }
    heap.check();
    options.onProgress?.({
      ...done,
      ...(trainer ? { spam: { spam: trainer.counts.spam, ham: trainer.counts.ham } } : {}),
    });
  };

  const flush = async (): Promise<void> => {
    const items = batch;
    const termsToWrite = pendingTerms.splice(0);
    batch = [];
    batchRecords = 0;
    batchChars = 0;
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
        declareLanguageTerm(languageTerms, r);
        declareTranslationTerm(translationTerms, r);
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
        batchChars += r.contentHtml.length;
        for (const c of r.comments) batchChars += c.content.length;
        if (batchRecords >= batchSize || batchChars >= MAX_BATCH_CHARS) await flush();
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
  if (pool.rescued() > 0)
    report.note(
      `${pool.rescued()} item(s) were too large for a conversion thread's memory and were converted on the main thread.`,
    );
  if (!options.dryRun && report.anythingImported()) await deps.changes.publish(['*']);
  if (trainer) {
    report.spamTraining = { ...trainer.counts };
    report.note(trainingNote(trainer.counts));
  }
  report.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return report.build(done.items);
}

/** The report's sentence about --train-spam. */
function trainingNote(c: SpamTrainingCounts): string {
  if (c.spam + c.ham === 0)
    return '--train-spam: no new spam or approved comments to learn from (comments imported by an earlier run are not learned again).';
  const budget =
    c.budgetSpent > 0
      ? ` ${c.budgetSpent} came from networks that had already taught their share (the per-source learning budget) and changed nothing.`
      : '';
  return (
    `--train-spam: the site spam model learned from ${c.spam} spam and ${c.ham} approved comment(s); ` +
    `${c.spamUpdates + c.hamUpdates} of them changed it (${c.spamUpdates} spam, ${c.hamUpdates} approved), ` +
    `the others it already judged right.${budget}`
  );
}
