// The `silkpress` command. Each subcommand parses its flags, builds what it needs through the
// composition root, calls one domain function and reports. Building the tree loads commander and
// the commands' registrations only: each command imports what it runs (and the configuration
// schema) when it runs, so `--help` or a small command does not load the whole program
// (docs/testing.md, 2026-12-07, second session).
import { Command, CommanderError } from 'commander';
import type { Config } from '../config.ts';
import { registerCommentsCommand } from './commands/comments.ts';
import { registerApiKeyCommand } from './commands/apikey.ts';
import { registerBackupCommands } from './commands/backup.ts';
import { registerDemoCommand } from './commands/demo.ts';
import { registerExportCommand } from './commands/export.ts';
import { registerI18nCommand } from './commands/i18n.ts';
import { registerImportCommand } from './commands/import.ts';
import { registerMigrateCommand } from './commands/migrate.ts';
import { registerSettingsCommand } from './commands/settings.ts';
import { registerSpamCommands } from './commands/spam.ts';
import { registerStartCommand } from './commands/start.ts';
import { registerUserCommand } from './commands/user.ts';
import type { ServerEntry } from './server-entry.ts';

/** Builds the command tree (exported for tests); `server` loads what `start` runs (src/server.ts). */
export function buildProgram(
  env: Record<string, string | undefined>,
  server: () => Promise<ServerEntry>,
): Command {
  const program = new Command('silkpress')
    .description('Silkpress: a self-hosted news publishing engine.')
    .version('0.1.0')
    .showHelpAfterError()
    .addHelpText(
      'after',
      '\nConfiguration comes from environment variables (DATABASE_URL, HOST, PORT, SITE_URL, LOG_LEVEL…); see README.md.',
    );
  const config = async (): Promise<Config> => (await import('../config.ts')).loadConfig(env);
  registerStartCommand(program, config, server);
  registerMigrateCommand(program, config);
  registerDemoCommand(program, config);
  registerUserCommand(program, config);
  registerSpamCommands(program, undefined, config);
  registerApiKeyCommand(program, config);
  registerImportCommand(program, config);
  registerExportCommand(program, config);
  registerCommentsCommand(program, config);
  registerSettingsCommand(program, config);
  registerBackupCommands(program, config);
  registerI18nCommand(program);
  return program;
}

/** Runs the CLI with `argv` (process.argv shape); exits non-zero on errors. src/main.ts calls it. */
export async function runProgram(argv: string[], server: () => Promise<ServerEntry>): Promise<void> {
  const program = buildProgram(process.env, server);
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.exitCode = await reportProgramError(err);
  }
}

/**
 * What the command prints for an error a command threw, and the exit code it ends with: commander's
 * own (it printed the error already), 2 for a bad configuration, 1 for anything else. Exported for
 * the tests that run commands in-process (test/support/cli-in-process.ts).
 */
export async function reportProgramError(err: unknown): Promise<number> {
  if (err instanceof CommanderError) return err.exitCode;
  // A ConfigError comes from reading the configuration, which loaded the module already.
  const { ConfigError } = await import('../config.ts');
  if (err instanceof ConfigError) {
    console.error(err.message);
    return 2;
  }
  const { cliErrorText } = await import('./error-text.ts');
  console.error(`silkpress: ${cliErrorText(err)}`);
  return 1;
}
