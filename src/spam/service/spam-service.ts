// The spam defense with its storage: gathers context evidence, scores with the one scoring
// function, records the verdict, and learns from moderators and API clients. It talks to storage
// only through the small ports below; the site model stays in memory and is reloaded when any
// instance announces a change on the change bus (key `spam-model`).
import { createHash } from 'node:crypto';
import { type CommentInput, MAX_ANALYZED_CHARS } from '../analyze.ts';
import type { CheckRecord, StoredCheck } from './check-log-repo.ts';
import type { ContextCounts } from '../context/context-memory.ts';
import type { NewMemoryRecord, Remembered } from '../context/context-store.ts';
import { learnFromDecision, type ModeratorDecision } from '../classifier/learn.ts';
import { applyModelDelta, diffModels } from '../classifier/model-delta.ts';
import type { SpamModel } from '../classifier/model.ts';
import { networkKey } from '../context/network.ts';
import { normalizeText } from '../text/normalize.ts';
import { backgroundOf, rarityRate } from '../classifier/rarity.ts';
import { contextEvidence } from './spam-service-support.ts';
import { scoreComment } from '../score.ts';
import { LearningBackground } from '../classifier/learning-background.ts';
import { fingerprintToHex, type MinHash, minhashNormalized } from '../context/minhash.ts';
import { domainOf, registrableDomain } from '../text/url.ts';
import type { SpamSettings, SpamVerdict } from '../verdict.ts';
import type { StoredVerdict } from './verdict-repo.ts';
import type { UpstreamPort } from '../network/upstream-client.ts';
import { authorPattern, type NetworkEvidence, type NetworkQuery } from '../network/network-memory.ts';
import { reportFor, type UpstreamAnswer, upstreamForm } from '../network/upstream.ts';
import { disposableDomainOf } from '../lists/disposable.ts';
import type { ListHit, ListSet } from '../lists/matcher.ts';

/** Change-bus key announcing a new site model. */
export const SPAM_MODEL_CHANGED = 'spam-model';

/** The verdict storage the service uses. */
export interface VerdictPort {
  loadModel(): Promise<{ version: number; delta: string } | null>;
  saveModel(delta: string, now: Date): Promise<number>;
  sourceUpdates(keys: string[]): Promise<number>;
  countSourceUpdate(keys: string[], now: Date): Promise<void>;
  recentHamInputs(limit: number): Promise<string[]>;
  setCorrection(id: number, correction: 'spam' | 'ham', now: Date): Promise<void>;
  countDiscard(day: string): Promise<void>;
}

/** The context evidence the service uses (held in memory, see context-store.ts). */
export interface ContextPort {
  lookup(q: {
    ip: string | null;
    network: string | null;
    email: string | null;
    now: Date;
    burstMs: number;
    recentMs: number;
    print: MinHash | null;
  }): Promise<ContextCounts>;
  spamDomains(domains: readonly string[]): Set<string>;
  remember(r: NewMemoryRecord): Remembered;
  setFingerprintVerdict(id: number, verdict: 'ham' | 'spam'): Promise<void>;
  addSpamDomains(domains: string[], now: Date): Promise<void>;
}

/** A check to store, with the memory handle of its fingerprint. */
export interface PendingCheck extends CheckRecord {
  handle: Remembered | null;
}

/** Where checks are stored: resolves once the check is committed (group-commit.ts). */
export interface CheckWriter {
  write(check: PendingCheck): Promise<StoredCheck>;
}

/** What the service is built from. */
export interface SpamServiceDeps {
  verdicts: VerdictPort;
  context: ContextPort;
  writer: CheckWriter;
  base: SpamModel;
  now: () => Date;
  settings: () => Promise<SpamSettings>;
  newGuid: () => string;
  changes: { publish(keys: string[]): Promise<void>; subscribe(l: (keys: string[]) => void): () => void };
  /** The upstream service asked during each check (NO_UPSTREAM when none is configured). */
  upstream: UpstreamPort;
  /** Where moderators' decisions wait to be reported to the upstream. */
  upstreamReports: {
    enqueue(
      r: { verdictId: number; kind: 'submit-spam' | 'submit-ham'; form: string },
      now: Date,
    ): Promise<void>;
  };
  /** This site's public URL (Akismet's `blog` in what goes upstream). */
  siteUrl: string;
  /** The operator's reputation lists, compiled (lists/list-store.ts). */
  lists: { current(): Promise<ListSet> | ListSet };
  /** The campaign memory of the Akismet API's clients (network-store.ts). */
  network: {
    evidence(keyId: number | null, features: Omit<NetworkQuery, 'keyId' | 'now'>): Promise<NetworkEvidence>;
  };
}

/** How a decision is learned from. */
export interface LearnOptions {
  /**
   * Whether the decision marks the comment's fingerprint and link domains for every check (the
   * default). An API client's report does only when its campaign counts for the other clients.
   */
  shareContext?: boolean;
  /** Whether the decision teaches the site model (the default; see shareContext). */
  teachModel?: boolean;
  /** One more learning-budget source (an untrusted API client's key and day). */
  source?: string | null;
}

/** Where a comment came from and what to link its verdict to. */
export interface CheckMeta {
  origin: 'form' | 'api';
  apiKeyId?: number | null;
  /** Never learn from or remember test requests (Akismet's is_test). */
  isTest?: boolean;
  /** The article id or permalink: for "same link on several articles". */
  articleKey?: string | null;
  /** False for a re-check of a comment already seen (not fingerprinted twice). */
  remember?: boolean;
  /** An outcome the caller forces (an administrator's comment, a documented test trigger). */
  forced?: 'spam' | 'ham' | null;
  /**
   * Called once the check is scored, when all it still waits for is its commit (the Akismet API
   * gives its admission slot back then, so the next checks are scored while this batch is written).
   */
  onScored?: () => void;
}

/** A scored comment and where its verdict was stored. */
export interface CheckResult {
  verdict: SpamVerdict;
  /** The reputation-list entries the comment matched (with its own values: show, never store). */
  listHits: ListHit[];
  guid: string;
  verdictId: number;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Near-duplicates and shared links are looked for in this window. */
export const RECENT_DAYS = 7;

/** SHA-256 of the normalised content: the Akismet join "by content". */
export function contentHash(content: string): string {
  return createHash('sha256').update(content.trim().replace(/\s+/g, ' ')).digest('hex');
}

/** The learning-budget sources of an IP: itself and its /24 or /64 network. */
export function sourceKeys(ip: string | null | undefined): string[] {
  if (!ip) return [];
  const net = networkKey(ip);
  return net ? [`ip:${ip}`, `net:${net}`] : [`ip:${ip}`];
}

/** What learning reads of a stored verdict. */
export type LearnableVerdict = Pick<StoredVerdict, 'id' | 'input' | 'isTest' | 'fingerprintId'> &
  Partial<Pick<StoredVerdict, 'upstream' | 'upstreamGuid'>>;

/** Scoring, recording and learning with the site model. */
export class SpamService {
  private current: SpamModel | null = null;
  private loading: Promise<SpamModel> | null = null;
  private learning: Promise<unknown> = Promise.resolve();
  private readonly background: LearningBackground;
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: SpamServiceDeps) {
    this.background = new LearningBackground(deps.verdicts, deps.now);
    this.unsubscribe = deps.changes.subscribe((keys) => {
      if (keys.includes(SPAM_MODEL_CHANGED) || keys.includes('*')) this.current = null;
    });
  }

  /** The site model (built-in plus the stored delta), loaded once and kept until it changes. */
  async model(): Promise<SpamModel> {
    if (this.current) return this.current;
    this.loading ??= this.deps.verdicts
      .loadModel()
      .then((stored) => {
        let model = this.deps.base;
        try {
          if (stored) model = applyModelDelta(this.deps.base, stored.delta);
        } catch {
          // A damaged delta must not stop comments: fall back to the built-in model.
        }
        this.current = model;
        return model;
      })
      .finally(() => (this.loading = null));
    return this.loading;
  }

  /**
   * Looks up the evidence, scores, and stores the verdict (with its reasons) and the fingerprint
   * before answering: an answered check is as durable as the database. Concurrent checks share
   * one transaction (group commit), which keeps this cheap.
   */
  async check(input: CommentInput, meta: CheckMeta): Promise<CheckResult> {
    const { result, pending, discardDay } = await this.score(input, meta);
    const storing = this.deps.writer.write(pending);
    meta.onScored?.();
    const stored = await storing;
    if (discardDay !== null) await this.deps.verdicts.countDiscard(discardDay);
    return { ...result, verdictId: stored.verdictId };
  }

  private async score(
    input: CommentInput,
    meta: CheckMeta,
  ): Promise<{ result: Omit<CheckResult, 'verdictId'>; pending: PendingCheck; discardDay: string | null }> {
    const now = this.deps.now();
    const ip = input.ip?.trim() || null;
    const network = ip ? networkKey(ip) : null;
    const email = input.email?.trim().toLowerCase() || null;
    const normalized = normalizeText(input.content.slice(0, MAX_ANALYZED_CHARS));
    const links = [...new Set(normalized.domains.filter(Boolean).map(registrableDomain))];
    const authorDomain = input.url ? registrableDomain(domainOf(input.url)) : '';
    const print = minhashNormalized(normalized.text);
    // The upstream is asked at once and awaited last: its time overlaps ours, and it never waits
    // longer than its timeout (it answers `timeout`, and the local verdict stands).
    const upstreamCall: Promise<UpstreamAnswer> | null =
      this.deps.upstream.configured && !meta.forced
        ? this.deps.upstream.check(input, {
            blog: this.deps.siteUrl,
            permalink: /^https?:\/\//.test(meta.articleKey ?? '') ? meta.articleKey : null,
            isTest: meta.isTest ?? false,
          })
        : null;
    const [counts, model, settings, lists, campaign] = await Promise.all([
      this.deps.context.lookup({
        ip,
        network,
        email,
        now,
        burstMs: HOUR,
        recentMs: RECENT_DAYS * DAY,
        print,
      }),
      this.model(),
      this.deps.settings(),
      this.deps.lists.current(),
      this.deps.network.evidence(meta.apiKeyId ?? null, {
        print,
        links: authorDomain && !links.includes(authorDomain) ? [...links, authorDomain] : links,
        network,
        author: authorPattern(input.author),
      }),
    ]);
    const upstream = upstreamCall ? await upstreamCall : null;
    const listHits = lists.match({
      ip,
      email,
      author: input.author ?? null,
      linkHosts: normalized.domains,
      authorUrl: input.url ?? null,
    });
    const reputation = { listHits, disposableDomain: disposableDomainOf(email) };
    const spamDomains = this.deps.context.spamDomains(authorDomain ? [...links, authorDomain] : links);
    const context = {
      ...contextEvidence(counts, print, links, meta.articleKey ?? null, spamDomains),
      ...(upstream ? { upstream: upstream.outcome, upstreamNetwork: upstream.network ?? null } : {}),
      ...(campaign.value > 0 ? { networkCampaign: { value: campaign.value, sites: campaign.sites } } : {}),
    };
    // List hits are evidence for this verdict only: the stored signals keep none of them.
    const scored = scoreComment(
      { ...input, context: { ...context, ...reputation, ...input.context } },
      model,
      settings,
      normalized,
    );
    const verdict: SpamVerdict = meta.forced ? { ...scored, verdict: meta.forced, shadow: false } : scored;
    const guid = this.deps.newGuid();
    let fingerprint: PendingCheck['fingerprint'] = null;
    let handle: Remembered | null = null;
    if (!meta.isTest && meta.remember !== false) {
      const memo = {
        ip,
        network,
        email,
        articleKey: meta.articleKey ?? null,
        links,
        verdict: verdict.verdict === 'ham' || verdict.verdict === 'hold' ? 'pending' : 'spam-verdict',
      };
      handle = this.deps.context.remember({ ...memo, print, createdAt: now });
      fingerprint = { ...memo, simhash: fingerprintToHex(print), createdAt: now.toISOString() };
    }
    const { form: _form, context: _context, ...kept } = input;
    const pending: PendingCheck = {
      handle,
      fingerprint,
      verdict: {
        guid,
        commentId: null,
        apiKeyId: meta.apiKeyId ?? null,
        origin: meta.origin,
        score: verdict.score,
        verdict: verdict.verdict,
        shadow: verdict.shadow,
        isTest: meta.isTest ?? false,
        reasons: JSON.stringify(verdict.reasons),
        signals: JSON.stringify({ ...context, spamDomains: [...spamDomains] }),
        input: JSON.stringify(kept),
        contentHash: contentHash(input.content),
        createdAt: now.toISOString(),
        upstream: upstream?.outcome ?? null,
        upstreamGuid: upstream?.guid ?? null,
      },
    };
    const discarded = verdict.verdict === 'discard' && !verdict.shadow && meta.origin === 'form';
    return {
      result: { verdict, guid, listHits },
      pending,
      discardDay: discarded ? now.toISOString().slice(0, 10) : null,
    };
  }

  /**
   * Learns from a decision about a recorded verdict (moderator or submit-spam/ham) and persists
   * the new delta; the next comment on every instance is scored with it.
   */
  async learn(
    stored: LearnableVerdict,
    decision: ModeratorDecision,
    options: LearnOptions = {},
  ): Promise<{ step: number }> {
    const run = this.learning.then(() => this.learnNow(stored, decision, options));
    this.learning = run.catch(() => {});
    return run;
  }

  private async learnNow(
    stored: LearnableVerdict,
    decision: ModeratorDecision,
    options: LearnOptions,
  ): Promise<{ step: number }> {
    const now = this.deps.now();
    const label = decision === 'spam' ? 'spam' : 'ham';
    await this.deps.verdicts.setCorrection(stored.id, label, now);
    if (stored.isTest) return { step: 0 };
    const input = JSON.parse(stored.input) as CommentInput;
    await this.reportUpstream(stored, input, decision, now);
    const share = options.shareContext !== false;
    if (share && stored.fingerprintId !== null)
      await this.deps.context.setFingerprintVerdict(stored.fingerprintId, label);
    if (share && label === 'spam') {
      const domains = normalizeText(input.content.slice(0, MAX_ANALYZED_CHARS))
        .domains.filter(Boolean)
        .map(registrableDomain);
      await this.deps.context.addSpamDomains(domains, now);
    }
    if (options.teachModel === false) return { step: 0 };
    const sources = [...sourceKeys(input.ip), ...(options.source ? [options.source] : [])];
    const sourceUpdates = await this.deps.verdicts.sourceUpdates(sources);
    const model = await this.model();
    const background = backgroundOf(await this.background.texts(input), model.bits);
    const result = learnFromDecision(model, input, decision, {
      sourceUpdates,
      rate: (bucket) => rarityRate(background, bucket),
    });
    if (result.step === 0) return { step: 0 };
    await this.deps.verdicts.saveModel(JSON.stringify(diffModels(this.deps.base, result.model)), now);
    await this.deps.verdicts.countSourceUpdate(sources, now);
    await this.deps.changes.publish([SPAM_MODEL_CHANGED]);
    // Our own publish cleared the cache; the new model is already at hand.
    this.current = result.model;
    return { step: result.step };
  }

  /** Queues the report a decision owes the upstream (missed spam, a false positive), if any. */
  private async reportUpstream(
    stored: LearnableVerdict,
    input: CommentInput,
    decision: ModeratorDecision,
    now: Date,
  ): Promise<void> {
    if (!this.deps.upstream.configured) return;
    const kind = reportFor(decision, stored.upstream ?? null);
    if (!kind) return;
    const form = upstreamForm(input, { blog: this.deps.siteUrl }, stored.upstreamGuid ?? null);
    await this.deps.upstreamReports.enqueue({ verdictId: stored.id, kind, form: form.toString() }, now);
  }

  /** Stops listening to the change bus. */
  close(): void {
    this.unsubscribe();
  }
}
