// `silkpress settings comments show|set key=value…`: the 14 comment moderation settings from the
// command line, with the admin page's names, checks and audit (settings/comment-moderation-settings.ts).
import type { Command } from 'commander';
import type { Config } from '../../config.ts';

/** The module the commands run, loaded when one runs. */
const run = () => import('./settings-run.ts');

/** Adds `settings comments show` and `settings comments set` to the program. */
export function registerSettingsCommand(program: Command, config: () => Promise<Config>): void {
  const settings = program.command('settings').description('Show or change site settings.');
  const comments = settings
    .command('comments')
    .description('The comment moderation settings (the admin page /admin/settings/comments).');

  comments
    .command('show')
    .description('Print every comment setting as name=value.')
    .action(async () => (await run()).showCommentSettings(config));

  comments
    .command('set')
    .description(
      'Change comment settings, e.g. `set holdAll=true linkLimit=3 "holdWords=casino,free money"`. ' +
        'Booleans: true/false; word lists: comma-separated. Unnamed settings keep their values.',
    )
    .argument('<assignments...>', 'name=value pairs')
    .action(async (assignments: string[]) => (await run()).setCommentSettings(config, assignments));
}
