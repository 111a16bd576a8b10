// `--train-spam`: the imported comments' moderation history teaches the site spam model, with
// the same passive-aggressive step and per-source budget as a moderator's decision (learn.ts):
// spam comments as "spam", approved ones as "approve". Each batch learns inside its own
// transaction, from the stored model, and saves the model and the source counters with the
// batch, so a rolled-back batch teaches nothing and a re-run (which imports nothing twice)
// learns nothing twice. Memory: one model (~1 MiB) and one batch of examples.
import { type LearnableComment, learnInPlace, type ModeratorDecision } from '../../spam/index.ts';
import { applyModelDelta, diffModels } from '../../spam/index.ts';
import { cloneModel, type SpamModel } from '../../spam/index.ts';
import { sourceKeys } from '../../spam/index.ts';

/** The storage training needs, inside the batch's transaction. */
export interface SpamTrainingStore {
  /** The stored site model delta and its version (locking it until the transaction ends). */
  loadSpamModel(): Promise<{ version: number; delta: string } | null>;
  /** The stored model's version (locking it until the transaction ends), null when none. */
  spamModelVersion(): Promise<number | null>;
  /** Stores a new delta; returns the new version. */
  saveSpamModel(delta: string, now: Date): Promise<number>;
  /** Updates each learning source (`ip:…`, `net:…`) already contributed. */
  spamSourceUpdates(keys: string[]): Promise<Map<string, number>>;
  /** Adds `n` updates to each source. */
  addSpamSourceUpdates(added: Map<string, number>, now: Date): Promise<void>;
}

/** One imported comment to learn from. */
export interface SpamExample {
  comment: LearnableComment;
  decision: Extract<ModeratorDecision, 'spam' | 'approve'>;
  ip: string | null;
}

/** What training did, for the report. */
export interface SpamTrainingCounts {
  /** Spam and approved comments the model was shown. */
  spam: number;
  ham: number;
  /** Of those, how many changed it (the others it already judged right with a margin). */
  spamUpdates: number;
  hamUpdates: number;
  /** Examples the per-source budget stopped (one network had taught its share). */
  budgetSpent: number;
}

/** A batch's learning, applied to the trainer once its transaction committed. */
export interface PendingTraining {
  model: SpamModel;
  version: number | null;
  counts: SpamTrainingCounts;
  changed: boolean;
}

export const zeroTrainingCounts = (): SpamTrainingCounts => ({
  spam: 0,
  ham: 0,
  spamUpdates: 0,
  hamUpdates: 0,
  budgetSpent: 0,
});

/** Trains the site model batch by batch during an import. */
export class ImportSpamTrainer {
  /** The model as of the last committed batch, and the stored version it is. */
  private model: SpamModel | null = null;
  private version: number | null = null;
  readonly counts = zeroTrainingCounts();

  constructor(private readonly base: SpamModel) {}

  /** Feature bits the examples must be hashed with. */
  get bits(): number {
    return this.base.bits;
  }

  /** Learns from one batch's examples (in file order) inside the batch's transaction. */
  async learn(store: SpamTrainingStore, examples: SpamExample[], now: Date): Promise<PendingTraining | null> {
    if (examples.length === 0) return null;
    // The stored model, unless it is still the one this run saved last (then ours is current).
    const stored = await store.spamModelVersion();
    let model: SpamModel;
    if (this.model !== null && stored === this.version) model = cloneModel(this.model);
    else {
      const row = stored === null ? null : await store.loadSpamModel();
      model = this.base;
      try {
        if (row) model = applyModelDelta(this.base, row.delta);
      } catch {
        // A damaged delta: the service falls back to the built-in model too; learning replaces it.
      }
      model = cloneModel(model);
    }
    const keysOf = examples.map((e) => sourceKeys(e.ip));
    const updates = await store.spamSourceUpdates([...new Set(keysOf.flat())]);
    const added = new Map<string, number>();
    const counts = zeroTrainingCounts();
    examples.forEach((e, i) => {
      const keys = keysOf[i] as string[];
      const sourceUpdates = keys.reduce((max, k) => Math.max(max, updates.get(k) ?? 0), 0);
      const { step, budget } = learnInPlace(model, e.comment, e.decision, { sourceUpdates });
      if (e.decision === 'spam') counts.spam++;
      else counts.ham++;
      if (budget === 0) counts.budgetSpent++;
      if (step === 0) return;
      if (e.decision === 'spam') counts.spamUpdates++;
      else counts.hamUpdates++;
      // Like SpamService.learn: a source is counted only for updates it caused.
      for (const k of keys) {
        updates.set(k, (updates.get(k) ?? 0) + 1);
        added.set(k, (added.get(k) ?? 0) + 1);
      }
    });
    const changed = counts.spamUpdates + counts.hamUpdates > 0;
    let version = stored;
    if (changed) {
      version = await store.saveSpamModel(JSON.stringify(diffModels(this.base, model)), now);
      await store.addSpamSourceUpdates(added, now);
    }
    return { model, version, counts, changed };
  }

  /** Adopts a batch's learning after its transaction committed. */
  committed(p: PendingTraining): void {
    this.model = p.model;
    this.version = p.version;
    for (const k of Object.keys(this.counts) as Array<keyof SpamTrainingCounts>)
      this.counts[k] += p.counts[k];
  }
}
