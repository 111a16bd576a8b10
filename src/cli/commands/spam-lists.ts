// `silkpress spam lists add|list|remove|refresh|enable|disable`: the operator's reputation lists.
// `add` reads the list at once so a wrong URL, path or format shows straight away; running
// servers pick up every change through the change bus.
import { type Command, Option } from 'commander';
import type { Config } from '../../config.ts';
import { DEFAULT_LIST_WEIGHT } from '../../spam/lists/explain.ts';
import { DEFAULT_REFRESH_MINUTES } from '../../spam/lists/list-defaults.ts';
import type { AddFlags } from './spam-lists-run.ts';

/** The module the commands run, loaded when one runs. */
const run = () => import('./spam-lists-run.ts');

/** Adds `spam lists …` under the `spam` command. */
export function registerSpamListsCommand(spam: Command, config: () => Promise<Config>): void {
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
    .action(async (name: string, location: string, flags: AddFlags) =>
      (await run()).addList(config, name, location, flags),
    );
  lists
    .command('list')
    .description('Show every list with its entries, last load and last error.')
    .action(async () => (await run()).listLists(config));
  lists
    .command('remove')
    .description('Remove a list (its entries stop matching at once).')
    .argument('<name>')
    .action(async (name: string) => (await run()).removeList(config, name));
  for (const [command, enabled] of [
    ['enable', true],
    ['disable', false],
  ] as const)
    lists
      .command(command)
      .description(enabled ? 'Switch a list on.' : 'Switch a list off (kept, neither refreshed nor matched).')
      .argument('<name>')
      .action(async (name: string) => (await run()).setListEnabled(config, name, enabled));
  lists
    .command('refresh')
    .description('Read lists again now, whatever their interval (all enabled lists, or those named).')
    .argument('[names...]')
    .action(async (names: string[]) => (await run()).refreshLists(config, names));
}
