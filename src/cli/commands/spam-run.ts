// What `silkpress spam eval` and `silkpress spam check` run (registered in spam.ts, loaded when
// one runs). File reading lives in the commands; src/spam stays pure.
import { basename } from 'node:path';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { builtinModel } from '../../spam/classifier/builtin-model.ts';
import { openServices } from '../../compose/index.ts';
import { MAX_ANALYZED_CHARS } from '../../spam/analyze.ts';
import { disposableDomainOf } from '../../spam/lists/disposable.ts';
import { describeListHit } from '../../spam/lists/explain.ts';
import type { ListHit } from '../../spam/lists/matcher.ts';
import { normalizeText } from '../../spam/text/normalize.ts';
import { splitByIndex, type DatasetRow } from '../../spam/evaluation/dataset.ts';
import { linearScore } from '../../spam/classifier/model.ts';
import { threeWay, type ThreeWayMetrics } from '../../spam/classifier/three-way.ts';
import { trainAnalyzed } from '../../spam/classifier/train.ts';
import {
  DEFAULT_SPAM_SETTINGS,
  analyzeExamples,
  computeMetrics,
  crossValidate,
  dedupeRows,
  deserializeModel,
  evaluateModel,
  parseDataset,
  scoreComment,
  type DatasetOptions,
  type Metrics,
  type SpamModel,
  type SpamSettings,
} from '../../spam/index.ts';

/** What the commands read and write (replaceable in tests). */
export interface SpamCliIo {
  readFile: (path: string) => string;
  readStdin: () => Promise<string>;
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when `err` goes to a terminal: progress redraws one line; otherwise one line each. */
  tty?: boolean;
}

/** The flags of `spam eval`. */
export interface EvalFlags {
  test: string;
  train?: string;
  base: 'builtin' | 'none';
  model?: string;
  contentColumn?: string;
  labelColumn?: string;
  format: 'csv' | 'tsv';
  columns?: string;
  split?: string;
  cv?: string;
  dedupe?: boolean;
  seed: string;
  spamThreshold?: string;
  holdThreshold?: string;
  json?: boolean;
}

function datasetOptions(flags: EvalFlags): DatasetOptions {
  return {
    contentColumn: flags.contentColumn,
    labelColumn: flags.labelColumn,
    format: flags.format,
    columns: flags.columns?.split(',').map((c) => c.trim()),
  };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(2)}%`;
}

/** Human-readable report of a confusion matrix and its metrics. */
export function formatMetrics(title: string, m: Metrics): string {
  return [
    title,
    '                 predicted spam   predicted ham',
    `  actual spam    ${String(m.tp).padStart(14)}   ${String(m.fn).padStart(13)}`,
    `  actual ham     ${String(m.fp).padStart(14)}   ${String(m.tn).padStart(13)}`,
    `  accuracy ${pct(m.accuracy)}  precision ${pct(m.precision)}  recall ${pct(m.recall)}  F1 ${m.f1.toFixed(4)}`,
    `  MCC ${m.mcc.toFixed(4)}  false positive rate ${pct(m.fpr)} (${m.fp} of ${m.fp + m.tn} ham marked spam or discard)`,
    '',
  ].join('\n');
}

/** The three-way report: the binary matrix, the held comments and the outcome after moderation. */
export function formatThreeWay(title: string, m: ThreeWayMetrics): string {
  return [
    formatMetrics(`${title}, spam at ≥ ${m.spamThreshold}, held at ≥ ${m.holdThreshold}`, m.binary).trimEnd(),
    `  held for a moderator: ${m.spamHeld} spam, ${m.hamHeld} ham (hold rate ${pct(m.holdRate)})`,
    `  after moderation: MCC ${m.moderated.mcc.toFixed(4)}, recall ${pct(m.moderated.recall)}; genuine comments sent to spam ${pct(m.fpr)}`,
    '',
  ].join('\n');
}

function progress(io: SpamCliIo, what: string): (epoch: number, epochs: number) => void {
  return (epoch, epochs) =>
    io.err(
      io.tty
        ? `\r${what}: epoch ${epoch}/${epochs}${epoch === epochs ? '\n' : ''}`
        : `${what}: epoch ${epoch}/${epochs}\n`,
    );
}

/** `spam eval`: trains, scores and reports (see the command's help). */
export async function runEval(flags: EvalFlags, io: SpamCliIo): Promise<void> {
  const options = datasetOptions(flags);
  const seed = Number(flags.seed);
  const settings: SpamSettings = {
    ...DEFAULT_SPAM_SETTINGS,
    spamThreshold:
      flags.spamThreshold === undefined ? DEFAULT_SPAM_SETTINGS.spamThreshold : Number(flags.spamThreshold),
  };
  const read = (path: string): DatasetRow[] => {
    const rows = parseDataset(io.readFile(path), options);
    return flags.dedupe ? dedupeRows(rows) : rows;
  };
  let testRows = read(flags.test);
  let trainRows = flags.train ? read(flags.train) : [];
  if (flags.split) {
    const parts = splitByIndex(
      testRows,
      io.readFile(flags.split),
      basename(flags.test).replace(/\.[^.]*$/, ''),
    );
    testRows = parts.test;
    trainRows = [...trainRows, ...parts.train];
  }
  const base: SpamModel | null = flags.model
    ? deserializeModel(io.readFile(flags.model))
    : flags.base === 'builtin'
      ? builtinModel()
      : null;
  const bits = base?.bits;
  io.err(
    `spam eval: ${testRows.length} test rows, ${trainRows.length} training rows, base ${flags.model ?? flags.base}\n`,
  );
  let metrics: Metrics;
  let title: string;
  if (flags.cv) {
    const folds = Number(flags.cv);
    if (!Number.isInteger(folds) || folds < 2) throw new Error('--cv needs a whole number ≥ 2');
    io.err(`spam eval: ${folds}-fold cross-validation…\n`);
    metrics = crossValidate(analyzeExamples(testRows, bits), folds, { base, seed, settings });
    title = `${folds}-fold cross-validation on ${flags.test} (${testRows.length} rows)`;
  } else {
    let model = base;
    if (trainRows.length > 0) {
      model = trainAnalyzed(analyzeExamples(trainRows, bits), {
        base,
        seed,
        onEpoch: progress(io, 'spam eval: training'),
      });
    }
    if (!model) throw new Error('nothing to score with: give --train FILE, --split FILE or --base builtin');
    const analyzed = analyzeExamples(testRows, model.bits);
    metrics = computeMetrics(evaluateModel(model, analyzed, settings));
    title = `Test ${flags.test} (${testRows.length} rows)`;
    if (flags.holdThreshold !== undefined) {
      const scored = analyzed.map((e) => ({
        spam: e.y === 1,
        probability: linearScore(model, e.comment).probability,
      }));
      const m = threeWay(
        scored,
        settings.spamThreshold,
        Math.min(settings.spamThreshold, Number(flags.holdThreshold)),
      );
      io.out(flags.json ? `${JSON.stringify(m, null, 2)}\n` : formatThreeWay(title, m));
      return;
    }
  }
  io.out(flags.json ? `${JSON.stringify(metrics, null, 2)}\n` : formatMetrics(title, metrics));
}

const CheckInput = z.object({
  content: z.string(),
  author: z.string().nullish(),
  email: z.string().nullish(),
  url: z.string().nullish(),
  ip: z.string().nullish(),
  userAgent: z.string().nullish(),
  honeypot: z.string().nullish(),
  article: z.object({ text: z.string().nullish(), ageDays: z.number().nullish() }).nullish(),
  form: z
    .object({
      honeypot: z.string().nullish(),
      formAgeSeconds: z.number().nullable(),
      tokenValid: z.boolean(),
    })
    .nullish(),
  context: z
    .object({
      spamDomains: z.array(z.string()).optional(),
      approvedByEmail: z.number().optional(),
      spamByEmail: z.number().optional(),
      approvedByIp: z.number().optional(),
      spamByIp: z.number().optional(),
      recentFromIp: z.number().optional(),
      recentFromNetwork: z.number().optional(),
      similarRecent: z.number().optional(),
      sameLinkArticles: z.number().optional(),
    })
    .nullish(),
});

/** `spam check`: scores one comment given as JSON on stdin. */
export async function runCheck(
  flags: { model?: string; json?: boolean; lists?: boolean },
  io: SpamCliIo,
  config: (() => Promise<Config>) | null,
): Promise<void> {
  let raw: unknown;
  try {
    raw = JSON.parse(await io.readStdin());
  } catch {
    throw new Error('spam check: stdin is not JSON; expected e.g. {"content": "…"}');
  }
  const parsed = CheckInput.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `spam check: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const { context, ...rest } = parsed.data;
  const listHits = flags.lists && config ? await siteListHits(config, rest) : [];
  const input = {
    ...rest,
    context: {
      ...context,
      spamDomains: new Set(context?.spamDomains ?? []),
      listHits,
      disposableDomain: disposableDomainOf(rest.email),
    },
  };
  const model = flags.model ? deserializeModel(io.readFile(flags.model)) : builtinModel();
  const verdict = scoreComment(input, model);
  if (flags.json) {
    io.out(`${JSON.stringify({ ...verdict, listHits }, null, 2)}\n`);
    return;
  }
  const lines = [
    `${verdict.verdict} (spam probability ${verdict.score})${verdict.shadow ? ' [shadow mode]' : ''}`,
  ];
  for (const r of verdict.reasons)
    lines.push(`  ${r.weight >= 0 ? '+' : ''}${r.weight.toFixed(2)}  ${r.code}: ${r.message}`);
  if (listHits.length > 0) lines.push('List hits:');
  for (const h of listHits) lines.push(`  ${describeListHit(h, { withValue: true })}`);
  io.out(`${lines.join('\n')}\n`);
}

/** The site's reputation lists (as stored in DATABASE_URL) matched against one comment. */
async function siteListHits(
  config: () => Promise<Config>,
  c: {
    content: string;
    ip?: string | null;
    email?: string | null;
    author?: string | null;
    url?: string | null;
  },
): Promise<ListHit[]> {
  const services = await openServices(await config());
  try {
    const lists = await services.deps.spam!.lists.store.current();
    return lists.match({
      ip: c.ip,
      email: c.email,
      author: c.author,
      authorUrl: c.url,
      linkHosts: normalizeText(c.content.slice(0, MAX_ANALYZED_CHARS)).domains,
    });
  } finally {
    await services.close();
  }
}
