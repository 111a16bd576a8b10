// Evaluation of the spam defense on the team's shared data (../shared/data/spam). Each block
// prints its measured figures next to the target; assertions guard against regressions
// (the floors are the figures measured when the test was written, see docs/spam.md).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_TARGET_FPR,
  builtinHeldOut,
  builtinModel,
  builtinNested,
  trainBuiltin,
  trainBuiltinRecipe,
} from '../src/spam/classifier/builtin.ts';
import type { SourcedExample } from '../src/spam/classifier/calibrate.ts';
import { chooseShift, heldOutTable, type HeldOutSource } from '../src/spam/evaluation/loso.ts';
import { PUBLISHED_BEST_MCC, tubespamThreeWay } from '../src/spam/evaluation/tubespam.ts';
import { parseBlankLineSeparated, splitByIndex } from '../src/spam/evaluation/dataset.ts';
import { seededRandom } from '../src/spam/classifier/random.ts';
import { trainAnalyzed } from '../src/spam/classifier/train.ts';
import {
  analyzeExamples,
  computeMetrics,
  crossValidate,
  dedupeRows,
  evaluateModel,
  normalizeText,
  parseDataset,
  scoreComment,
  SIGNAL_CODES,
  type AnalyzedExample,
  type Metrics,
  type SpamModel,
  type TrainingExample,
} from '../src/spam/index.ts';
import { requirement, sharedDataDir } from './support/requirements.ts';

const shared = sharedDataDir();
const dataDir = shared === null ? null : join(shared, 'spam');
const available = requirement(dataDir !== null && existsSync(dataDir), '../shared/data (spam data sets)');
const read = (path: string): string => readFileSync(join(dataDir ?? '', path), 'utf8');
const VIDEOS = ['Youtube01-Psy', 'Youtube02-KatyPerry', 'Youtube03-LMFAO'];

function line(name: string, m: Metrics, target: string): string {
  const f = (x: number): string => x.toFixed(4);
  return `${name.padEnd(22)} acc ${f(m.accuracy)} P ${f(m.precision)} R ${f(m.recall)} F1 ${f(m.f1)} MCC ${f(m.mcc)} FPR ${f(m.fpr)} (TP ${m.tp} FP ${m.fp} TN ${m.tn} FN ${m.fn}) | target: ${target}`;
}

/**
 * The built-in recipe, each training set trained once in this file. The tests below train the
 * same sets again and again: the model without one video is the prior of the test that starts a
 * site from the built-in model, a leave-one-source-out model and the outer model of the nested
 * figures; the held-out models inside those priors are the nested figures' inner ones (the recipe
 * is deterministic, so a model trained again is the same model). Every set here is the same list
 * of examples filtered by source, so the sources in order, with their spam and ham counts, name it.
 */
const trained = new Map<string, SpamModel>();
function sharedRecipe(examples: readonly SourcedExample[]): SpamModel {
  const runs: string[] = [];
  let current = '';
  const counts = { spam: 0, ham: 0 };
  const close = () => current && runs.push(`${current}:${counts.spam}/${counts.ham}`);
  for (const e of examples) {
    if (e.source !== current) {
      close();
      current = e.source;
      counts.spam = counts.ham = 0;
    }
    counts[e.y === 1 ? 'spam' : 'ham']++;
  }
  close();
  const key = runs.join(',');
  let model = trained.get(key);
  if (!model) {
    model = trainBuiltinRecipe(examples);
    trained.set(key, model);
  }
  return model;
}

/**
 * Leave-one-source-out held-out scores of the built-in recipe on every source, with the Russian
 * spam sample scored as a test-only source: computed once (four trainings of the whole recipe)
 * for the two tests that read them.
 */
let heldOutMemo: HeldOutSource[] | null = null;
function heldOutWithSpamOnly(): HeldOutSource[] {
  heldOutMemo ??= builtinHeldOut(
    {
      youtube: VIDEOS.map((name) => ({ name, csv: read(`youtube-spam-collection/${name}.csv`) })),
      sms: read('sms-spam-collection/SMSSpamCollection'),
      spamOnly: [{ name: 'ru-telegram', text: read('ru-telegram-spam-sample/spam.txt') }],
    },
    undefined,
    sharedRecipe,
  );
  return heldOutMemo;
}

/**
 * The de-duplicated SMS collection, analysed once for the two tests that read it (the
 * cross-validation and the homoglyph model's English half; analysis is per example, so the rows
 * analysed here are the ones analysing them again would give).
 */
let smsMemo: { rows: TrainingExample[]; analyzed: AnalyzedExample[] } | null = null;
function smsRows(): { rows: TrainingExample[]; analyzed: AnalyzedExample[] } {
  if (!smsMemo) {
    const rows = dedupeRows(
      parseDataset(read('sms-spam-collection/SMSSpamCollection'), {
        format: 'tsv',
        columns: ['label', 'content'],
      }),
    );
    smsMemo = { rows, analyzed: analyzeExamples(rows) };
  }
  return smsMemo;
}

describe.runIf(available)('spam evaluation on ../shared/data/spam', () => {
  it('YouTube per-video 70/30 split, --base none', () => {
    const splitCsv = read('youtube-spam-collection/tubespam-split-2015.csv');
    const results = VIDEOS.map((video) => {
      const rows = parseDataset(read(`youtube-spam-collection/${video}.csv`));
      const { train, test } = splitByIndex(rows, splitCsv, video);
      const model = trainAnalyzed(analyzeExamples(train));
      const m = computeMetrics(evaluateModel(model, analyzeExamples(test)));
      console.log(line(video, m, 'MCC ≥ 0.95, FPR ≤ 0.01'));
      return m;
    });
    for (const m of results) {
      expect(m.mcc).toBeGreaterThanOrEqual(0.9);
      expect(m.fpr).toBeLessThanOrEqual(0.035);
    }
  });

  it('YouTube per-video 70/30, three-way (approve / hold / spam), thresholds by CV on training rows', () => {
    const splitCsv = read('youtube-spam-collection/tubespam-split-2015.csv');
    const results = VIDEOS.map((video) => {
      const m = tubespamThreeWay(read(`youtube-spam-collection/${video}.csv`), splitCsv, video);
      console.log(
        `${video.padEnd(22)} three-way: FPR (ham → spam) ${m.fpr.toFixed(4)}, hold rate ${m.holdRate.toFixed(4)}, MCC binary ${m.binary.mcc.toFixed(4)}, after moderation ${m.moderated.mcc.toFixed(4)} | target: FPR ≤ 0.01, MCC ≥ ${PUBLISHED_BEST_MCC[video]}`,
      );
      return m;
    });
    // Floors measured when written (docs/spam.md): LMFAO keeps one confident false positive.
    for (const m of results) {
      expect(m.fpr).toBeLessThanOrEqual(0.02);
      expect(m.moderated.mcc).toBeGreaterThanOrEqual(0.93);
      expect(m.holdRate).toBeLessThanOrEqual(0.2);
    }
  }, 60_000);

  it('YouTube per-video three-way, a site starting from the built-in model that never saw the video', () => {
    const splitCsv = read('youtube-spam-collection/tubespam-split-2015.csv');
    const sms = read('sms-spam-collection/SMSSpamCollection');
    const results = VIDEOS.map((video) => {
      const youtube = VIDEOS.filter((v) => v !== video).map((name) => ({
        name,
        csv: read(`youtube-spam-collection/${name}.csv`),
      }));
      const sources = { youtube, sms };
      const prior = trainBuiltin(
        sources,
        undefined,
        builtinHeldOut(sources, undefined, sharedRecipe),
        sharedRecipe,
      ).model;
      const m = tubespamThreeWay(read(`youtube-spam-collection/${video}.csv`), splitCsv, video, prior);
      console.log(
        `${video.padEnd(22)} with the built-in prior: FPR (ham → spam) ${m.fpr.toFixed(4)}, hold rate ${m.holdRate.toFixed(4)}, MCC after moderation ${m.moderated.mcc.toFixed(4)} | target: FPR ≤ 0.01, MCC ≥ ${PUBLISHED_BEST_MCC[video]}`,
      );
      return { video, m };
    });
    // Measured 2026-12-05 evening (docs/spam.md): no genuine test comment sent to spam on any video,
    // MCC after moderation at or above the published best on each.
    for (const { video, m } of results) {
      expect(m.fpr).toBeLessThanOrEqual(0.01);
      expect(m.moderated.mcc).toBeGreaterThanOrEqual(PUBLISHED_BEST_MCC[video] ?? 1);
      expect(m.holdRate).toBeLessThanOrEqual(0.2);
    }
  }, 600_000);

  // Five trainings on 5,160 texts: about 5 s on a quiet machine, but it ran past the default 30 s
  // at load 20+; the time it takes is not what it tests.
  it('SMS Spam Collection, de-duplicated, 5-fold cross-validation', { timeout: 240_000 }, () => {
    const { rows, analyzed } = smsRows();
    const m = crossValidate(analyzed, 5, { seed: 1 });
    console.log(line(`SMS (${rows.length} unique)`, m, 'accuracy ≥ 0.985, F1 ≥ 0.95, FPR ≤ 0.005'));
    expect(m.accuracy).toBeGreaterThanOrEqual(0.985);
    expect(m.f1).toBeGreaterThanOrEqual(0.95);
    expect(m.fpr).toBeLessThanOrEqual(0.005);
  });

  it('built-in recipe, leave one source out: every source scored by a model that never saw it', () => {
    const heldOut = heldOutWithSpamOnly();
    const shift = chooseShift(heldOut, BUILTIN_TARGET_FPR);
    const rows = heldOutTable(heldOut, shift);
    for (const r of rows)
      console.log(
        `held out ${r.source.padEnd(20)} recall ${r.recall.toFixed(4)} (${r.caught}/${r.spam}) FPR ${r.fpr.toFixed(4)} (${r.falsePositives}/${r.ham}) | bias shift ${shift.toFixed(2)}; target: FPR ≤ 0.01 on average`,
      );
    // The shipped model was trained by the same recipe: its bias carries this shift.
    const videos = rows.filter((r) => r.source.startsWith('Youtube'));
    const meanFpr = rows.filter((r) => r.ham > 0).reduce((sum, r) => sum + r.fpr, 0) / 4;
    expect(meanFpr).toBeLessThanOrEqual(0.01);
    // Floors from docs/spam.md (2026-12-05: 79.4%, 72.8%, 71.5%, mean 74.6%).
    expect(videos.reduce((sum, r) => sum + r.recall, 0) / videos.length).toBeGreaterThanOrEqual(0.74);
    for (const r of videos) {
      expect(r.fpr).toBeLessThanOrEqual(0.015);
      expect(r.recall).toBeGreaterThanOrEqual(0.68);
    }
  }, 120_000);

  it('built-in recipe, nested: each source judged at a shift chosen without it', () => {
    const sms = read('sms-spam-collection/SMSSpamCollection');
    const youtube = VIDEOS.map((name) => ({ name, csv: read(`youtube-spam-collection/${name}.csv`) }));
    // The held-out scores of the test above: the same four models (the test-only Russian
    // sample is scored by a fifth, trained on every source, and nested skips test-only sources).
    const heldOut = heldOutWithSpamOnly();
    expect(heldOut.filter((h) => !h.testOnly).map((h) => h.source)).toEqual([...VIDEOS, 'sms']);
    const rows = builtinNested({ youtube, sms }, heldOut, undefined, sharedRecipe);
    for (const r of rows)
      console.log(
        `nested ${r.source.padEnd(20)} recall ${r.recall.toFixed(4)} (${r.caught}/${r.spam}) FPR ${r.fpr.toFixed(4)} (${r.falsePositives}/${r.ham}) | shift ${r.shift.toFixed(2)} chosen without it`,
      );
    expect(rows.map((r) => r.source)).toEqual([...VIDEOS, 'sms']);
    // Floors from docs/spam.md (2026-12-05 night: 74.9%, 57.2%, 73.6% at FPR 0.6%, 0.0%, 1.5%).
    const videos = rows.filter((r) => r.source.startsWith('Youtube'));
    expect(videos.reduce((sum, r) => sum + r.recall, 0) / videos.length).toBeGreaterThanOrEqual(0.68);
    for (const r of videos) {
      expect(r.fpr).toBeLessThanOrEqual(0.02);
      expect(r.recall).toBeGreaterThanOrEqual(0.55);
    }
  }, 240_000);

  it('homoglyphs: recall on obfuscated Russian spam equals recall on clean text', () => {
    const messages = [...new Set(parseBlankLineSeparated(read('ru-telegram-spam-sample/spam.txt')))];
    const clean = messages.filter((m) => normalizeText(m).mixedScriptWords === 0);
    const obfuscated = clean.map((m, i) => obfuscate(m, i + 1));
    const natural = messages.filter((m) => normalizeText(m).mixedScriptWords > 0);
    const sameText = clean.filter(
      (m, i) => normalizeText(m).text === normalizeText(obfuscated[i] ?? '').text,
    ).length;
    console.log(
      `homoglyphs: ${clean.length} clean messages, ${natural.length} already mixing scripts; normalised text identical after obfuscation for ${sameText}/${clean.length}`,
    );
    const recall = (model: SpamModel, texts: readonly string[]): number =>
      texts.filter((content) => scoreComment({ content }, model).verdict !== 'ham').length /
      Math.max(1, texts.length);

    // The mixed-script signal is itself evidence of obfuscation, so it raises the obfuscated
    // score on purpose; "without signal" zeroes its weight to measure normalisation alone.
    const withoutSignal = (m: SpamModel): SpamModel => {
      const signalWeights = m.signalWeights.slice();
      signalWeights[SIGNAL_CODES.indexOf('mixed-script')] = 0;
      return { ...m, signalWeights };
    };
    const report = (
      name: string,
      model: SpamModel,
      testClean: string[],
      testObf: string[],
    ): [number, number, number, number] => {
      const r = [
        recall(model, testClean),
        recall(model, testObf),
        recall(withoutSignal(model), testClean),
        recall(withoutSignal(model), testObf),
      ] as const;
      console.log(
        `homoglyphs, ${name} (${testClean.length} messages): recall clean ${r[0].toFixed(4)}, obfuscated ${r[1].toFixed(4)}; ` +
          `without the mixed-script signal: clean ${r[2].toFixed(4)}, obfuscated ${r[3].toFixed(4)} | target: |Δ| ≤ 0.01`,
      );
      return [...r];
    };

    // 1. The built-in model as shipped (it never saw Russian).
    const b = report('built-in model', builtinModel(), clean, obfuscated);

    // 2. A model that learned Russian spam: even-indexed clean messages + the SMS ham and spam.
    const trainRu = clean
      .filter((_, i) => i % 2 === 0)
      .map((content) => ({ input: { content }, spam: true }));
    const model = trainAnalyzed([...smsRows().analyzed, ...analyzeExamples(trainRu)]);
    const t = report(
      'trained on the other half',
      model,
      clean.filter((_, i) => i % 2 === 1),
      obfuscated.filter((_, i) => i % 2 === 1),
    );

    expect(sameText / clean.length).toBeGreaterThanOrEqual(0.99);
    for (const [cleanRecall, obfRecall, cleanText, obfText] of [b, t]) {
      expect(obfRecall).toBeGreaterThanOrEqual(cleanRecall - 0.01);
      expect(Math.abs(cleanText - obfText)).toBeLessThanOrEqual(0.01);
    }
    // It trains a model and scores 825 messages five times: 30-40 s on a quiet 2-core machine,
    // 128 s at a load of 17 (2026-12-07), when 60 s stopped it with every figure within its bound.
  }, 240_000);
});

// Cyrillic letters and the Latin look-alikes spammers put in their place.
const LOOKALIKE: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  к: 'k',
  и: 'u',
  п: 'n',
  м: 'm',
  т: 'T',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
};

/** Replaces about half the replaceable Cyrillic letters with Latin look-alikes (seeded). */
function obfuscate(text: string, seed: number): string {
  const random = seededRandom(seed);
  let out = '';
  for (const ch of text) out += LOOKALIKE[ch] !== undefined && random() < 0.5 ? LOOKALIKE[ch] : ch;
  return out;
}

describe('silkpress spam CLI (local runner until src/cli/program.ts wires it in)', () => {
  const files: Record<string, string> = {
    'train.csv': [
      'text,is_spam',
      ...[
        'win a free casino bonus now',
        'free bonus spins casino today',
        'casino bonus click now',
        'cheap pills free bonus',
      ].map((t) => `${t},spam`),
      ...[
        'the council vote was close',
        'thanks for the report on schools',
        'the mayor spoke about transport',
        'good article on the flood',
      ].map((t) => `${t},ham`),
    ].join('\n'),
    'test.csv': 'text,is_spam\n"free casino bonus, click",1\n"a close council vote",0\n',
  };
  async function run(args: string[], stdin = ''): Promise<{ out: string; err: string }> {
    const { Command } = await import('commander');
    const { registerSpamCommands } = await import('../src/cli/commands/spam.ts');
    let out = '';
    let err = '';
    const program = new Command('silkpress').exitOverride();
    registerSpamCommands(program, {
      readFile: (path) => {
        const text = files[path];
        if (text === undefined) throw new Error(`no such file ${path}`);
        return text;
      },
      readStdin: () => Promise.resolve(stdin),
      out: (t) => (out += t),
      err: (t) => (err += t),
    });
    await program.parseAsync(['node', 'silkpress', 'spam', ...args]);
    return { out, err };
  }

  it('spam eval trains from --train, scores --test with named columns and prints JSON metrics', async () => {
    const { out, err } = await run([
      'eval',
      '--train',
      'train.csv',
      '--test',
      'test.csv',
      '--base',
      'none',
      '--content-column',
      'text',
      '--label-column',
      'is_spam',
      '--json',
    ]);
    expect(err).toContain('epoch');
    expect(JSON.parse(out)).toMatchObject({ tp: 1, tn: 1, fp: 0, fn: 0, mcc: 1, fpr: 0 });
  });

  it('spam eval --hold-threshold reports the three-way outcome', async () => {
    const { out } = await run([
      'eval',
      '--train',
      'train.csv',
      '--test',
      'test.csv',
      '--base',
      'none',
      '--content-column',
      'text',
      '--label-column',
      'is_spam',
      '--hold-threshold',
      '0.01',
      '--json',
    ]);
    const m = JSON.parse(out) as { holdThreshold: number; binary: { tp: number }; moderated: { tp: number } };
    expect(m.holdThreshold).toBe(0.01);
    expect(m.moderated.tp).toBeGreaterThanOrEqual(m.binary.tp);
    const text = await run([
      'eval',
      '--train',
      'train.csv',
      '--test',
      'test.csv',
      '--base',
      'none',
      '--content-column',
      'text',
      '--label-column',
      'is_spam',
      '--hold-threshold',
      '0.2',
    ]);
    expect(text.out).toMatch(/held for a moderator: \d+ spam, \d+ ham \(hold rate/);
    expect(text.out).toContain('after moderation: MCC');
  });

  it('spam eval prints a readable confusion matrix with the built-in model', async () => {
    files['plain.csv'] =
      'content,label\n"Check out my channel and subscribe http://bit.ly/x",spam\n"Thanks for the clear article",ham\n';
    const { out } = await run(['eval', '--test', 'plain.csv']);
    expect(out).toContain('actual spam');
    expect(out).toMatch(/false positive rate 0\.00%/);
  });

  it('spam check scores one comment from stdin with reasons', async () => {
    const { out } = await run(
      ['check'],
      JSON.stringify({
        content: 'Check out my channel http://bit.ly/x',
        form: { formAgeSeconds: 1, tokenValid: true },
      }),
    );
    expect(out).toMatch(/^(spam|discard) \(spam probability/);
    expect(out).toContain('form-too-fast: form sent 1 s after it was shown');
    const json = await run(['check', '--json'], JSON.stringify({ content: 'Thanks for the clear article' }));
    expect(JSON.parse(json.out)).toMatchObject({ verdict: 'ham', shadow: false });
  });

  it('spam check rejects input that is not a comment', async () => {
    await expect(run(['check'], 'not json')).rejects.toThrow(/not JSON/);
    await expect(run(['check'], '{"content": 5}')).rejects.toThrow(/content/);
  });
});
