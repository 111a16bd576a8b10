// `silkpress spam lists add|list|remove|refresh|enable|disable`: the operator's reputation lists.
// `add` reads the list at once so a wrong URL, path or format shows straight away; running
// servers pick up every change through the change bus.
import { type Command, Option } from 'commander';
import { openServices } from '../../compose/index.ts';
import type { Config } from '../../config.ts';
import type { SpamFeature } from '../../compose/spam.ts';
import { DEFAULT_LIST_WEIGHT } from '../../spam/lists/explain.ts';
import { DuplicateListError, type ListStatus } from '../../spam/lists/list-repo.ts';
import { DEFAULT_REFRESH_MINUTES, locationOf, parseListSettings } from '../../spam/lists/list-settings.ts';
import { SPAM_LISTS_CHANGED, type RefreshOutcome } from '../../spam/lists/refresh-lists.ts';

async function withSpam<T>(
  config: () => Config,
  work: (
    spam: SpamFeature,
    deps: { changes: { publish(keys: string[]): Promise<void> }; clock: { now(): Date } },
  ) => Promise<T>,
): Promise<T> {
  const services = await openServices(config());
  try {
    return await work(services.deps.spam!, services.deps);
  } finally {
    await services.close();
  }
}

function outcomeLine(o: RefreshOutcome): string {
  switch (o.status) {
    case 'updated':
      return `${o.name}: loaded ${o.entries} entries${o.skipped ? ` (${o.skipped} malformed lines skipped)` : ''}`;
    case 'unchanged':
      return `${o.name}: unchanged`;
    case 'failed':
      return `${o.name}: FAILED: ${o.error} (the last good copy stays in use)`;
  }
}

/** One list's status, as `spam lists list` prints it. */
export function statusLines(l: ListStatus): string[] {
  const how = `${l.kind} list, ${l.format}${l.format === 'csv' ? ` column ${l.csvColumn}${l.csvHeader ? ' (header)' : ''}` : ''}`;
  const effect = `weight ${l.weight}${l.action === 'hold' ? ', holds for moderation' : ''}`;
  const lines = [
    `${l.name}${l.enabled ? '' : ' [disabled]'}: ${how}; ${effect}; every ${l.refreshMinutes} min`,
    `  from ${l.location}`,
    l.loadedAt
      ? `  ${l.entries} entries${l.skipped ? `, ${l.skipped} malformed lines skipped` : ''}; loaded ${l.loadedAt}; checked ${l.checkedAt ?? '-'}`
      : '  not loaded yet',
  ];
  for (const s of l.skippedLines.slice(0, 3)) lines.push(`  line ${s.line}: ${s.message}: ${s.text}`);
  if (l.lastError) lines.push(`  last refresh FAILED ${l.lastErrorAt}: ${l.lastError}`);
  return lines;
}

interface AddFlags {
  kind: string;
  format: string;
  column?: string;
  header?: boolean;
  weight: string;
  action: string;
  refresh: string;
  disabled?: boolean;
}

/** Adds `spam lists …` under the `spam` command. */
export function registerSpamListsCommand(spam: Command, config: () => Config): void {
  const lists = spam
    .command('lists')
    .description(
      'Reputation lists (IP/CIDR, domain, e-mail, user name) loaded from files or URLs on a schedule.',
    );
  lists
    .command('add')
    .description('Add a list and load it now.')
    .argument('<name>', 'a short name, shown in verdict reasons (e.g. forum-spam-ips)')
    .argument('<location>', 'an http(s) URL or a file path')
    .addOption(
      new Option('--kind <kind>', 'what the list holds')
        .choices(['ip', 'domain', 'email', 'username'])
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--format <format>', 'one entry per line, a hosts file, or CSV')
        .choices(['lines', 'hosts', 'csv'])
        .default('lines'),
    )
    .option('--column <column>', 'csv: the column, a 1-based number or a header name')
    .option('--header', 'csv: the first line is a header')
    .option(
      '--weight <logodds>',
      'what a hit adds to the spam score, in log-odds (-10..10)',
      String(DEFAULT_LIST_WEIGHT),
    )
    .addOption(
      new Option('--action <action>', 'hold: a hit also holds the comment for a moderator')
        .choices(['hold', 'score'])
        .default('hold'),
    )
    .option('--refresh <minutes>', 'refresh interval in minutes', String(DEFAULT_REFRESH_MINUTES))
    .option('--disabled', 'store it switched off')
    .action(async (name: string, location: string, flags: AddFlags) => {
      const parsed = parseListSettings({
        name,
        kind: flags.kind,
        format: flags.format,
        csvColumn: flags.column ?? null,
        csvHeader: flags.header === true,
        location: locationOf(location),
        weight: flags.weight,
        action: flags.action,
        refreshMinutes: flags.refresh,
        enabled: flags.disabled !== true,
      });
      if (!parsed.ok) throw new Error(parsed.errors.join('; '));
      await withSpam(config, async (feature, deps) => {
        try {
          await feature.lists.repo.add(parsed.settings, deps.clock.now());
        } catch (err) {
          if (err instanceof DuplicateListError) throw new Error(err.message);
          throw err;
        }
        console.log(`Added list '${name}'.`);
        if (!parsed.settings.enabled) return;
        for (const o of await feature.lists.refresh({ force: true, names: [name] }))
          console.log(outcomeLine(o));
      });
    });
  lists
    .command('list')
    .description('Show every list with its entries, last load and last error.')
    .action(async () =>
      withSpam(config, async (feature) => {
        const all = await feature.lists.repo.list();
        if (all.length === 0) console.log('No reputation lists. Add one with `silkpress spam lists add`.');
        for (const l of all) console.log(statusLines(l).join('\n'));
      }),
    );
  lists
    .command('remove')
    .description('Remove a list (its entries stop matching at once).')
    .argument('<name>')
    .action(async (name: string) =>
      withSpam(config, async (feature, { changes }) => {
        if (!(await feature.lists.repo.remove(name))) throw new Error(`no list named '${name}'`);
        await changes.publish([SPAM_LISTS_CHANGED]);
        console.log(`Removed list '${name}'.`);
      }),
    );
  for (const [command, enabled] of [
    ['enable', true],
    ['disable', false],
  ] as const)
    lists
      .command(command)
      .description(enabled ? 'Switch a list on.' : 'Switch a list off (kept, neither refreshed nor matched).')
      .argument('<name>')
      .action(async (name: string) =>
        withSpam(config, async (feature, { changes }) => {
          if (!(await feature.lists.repo.setEnabled(name, enabled)))
            throw new Error(`no list named '${name}'`);
          await changes.publish([SPAM_LISTS_CHANGED]);
          console.log(`List '${name}' ${enabled ? 'enabled' : 'disabled'}.`);
        }),
      );
  lists
    .command('refresh')
    .description('Read lists again now, whatever their interval (all enabled lists, or those named).')
    .argument('[names...]')
    .action(async (names: string[]) =>
      withSpam(config, async (feature) => {
        const known = new Set((await feature.lists.repo.list()).map((l) => l.name));
        const unknown = names.filter((n) => !known.has(n));
        if (unknown.length) throw new Error(`no list named ${unknown.map((n) => `'${n}'`).join(', ')}`);
        const outcomes = await feature.lists.refresh({ force: true, ...(names.length ? { names } : {}) });
        if (outcomes.length === 0) console.log('No enabled lists to refresh.');
        for (const o of outcomes) console.log(outcomeLine(o));
        if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
      }),
    );
}
