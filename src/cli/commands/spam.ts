// `silkpress spam eval` and `silkpress spam check`: measure the spam model on labelled CSV files
// and score one comment from stdin. File reading lives here; src/spam stays pure.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command, Option } from 'commander';
import type { Config } from '../../config.ts';
import { DEFAULT_SPAM_SETTINGS } from '../../spam/default-settings.ts';
import type { EvalFlags, SpamCliIo } from './spam-run.ts';
import { registerSpamListsCommand } from './spam-lists.ts';

/** The module the commands run, loaded when one runs. */
const run = () => import('./spam-run.ts');

const defaultIo: SpamCliIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  tty: process.stderr.isTTY === true,
};

/** Adds `spam eval`, `spam check` and (given the configuration) `spam lists` to the program. */
export function registerSpamCommands(
  program: Command,
  io: SpamCliIo = defaultIo,
  config: (() => Promise<Config>) | null = null,
): void {
  const spam = program.command('spam').description('Measure and try the spam defense.');
  if (config) registerSpamListsCommand(spam, config);
  spam
    .command('eval')
    .description('Train from --base plus --train, score --test, print the confusion matrix and metrics.')
    .requiredOption('--test <file>', 'labelled CSV to score (labels spam/ham/1/0)')
    .option('--train <file>', 'labelled CSV to train on (added to --base)')
    .addOption(new Option('--base <model>', 'starting model').choices(['builtin', 'none']).default('builtin'))
    .option('--model <file>', 'start from this model JSON instead of --base')
    .option('--content-column <name>', 'column with the comment text')
    .option('--label-column <name>', 'column with the label')
    .addOption(
      new Option('--format <format>', 'csv (RFC 4180) or tsv (tab-separated, no quoting)')
        .choices(['csv', 'tsv'])
        .default('csv'),
    )
    .option('--columns <names>', 'column names for a file without header, e.g. label,content')
    .option(
      '--split <file>',
      'split index (DATASET,ROW_INDEX,…,SPLIT): train on the rows of --test marked train',
    )
    .option('--cv <k>', 'k-fold cross-validation on --test instead of a train/test split')
    .option('--dedupe', 'drop rows whose text appeared before')
    .option('--seed <n>', 'seed for shuffles', '1')
    .option('--spam-threshold <p>', 'spam probability threshold', String(DEFAULT_SPAM_SETTINGS.spamThreshold))
    .option(
      '--hold-threshold <p>',
      'three-way report: comments from this probability up to the spam threshold are held for a moderator',
    )
    .option('--json', 'print the metrics as JSON')
    .action(async (flags: EvalFlags) => (await run()).runEval(flags, io));
  spam
    .command('check')
    .description(
      'Score one comment given as JSON on stdin ({"content": …, "url"?, "ip"?, "form"?, "context"?}).',
    )
    .option('--model <file>', 'model JSON to use instead of the built-in one')
    .option('--json', 'print the verdict as JSON')
    .option('--lists', "match the site's reputation lists too (reads DATABASE_URL)")
    .action(async (flags: { model?: string; json?: boolean; lists?: boolean }) =>
      (await run()).runCheck(flags, io, config),
    );
}

// Until the main program wires these in, `node --import tsx src/cli/commands/spam.ts eval …` works.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const program = new Command('silkpress');
  registerSpamCommands(program);
  await program.parseAsync(['node', 'silkpress', 'spam', ...process.argv.slice(2)]).catch((err: unknown) => {
    process.stderr.write(`silkpress: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
