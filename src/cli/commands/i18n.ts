// `silkpress i18n check`: the catalogs of the reader's interface against English (missing and
// extra keys, messages that do not parse, placeholder mismatches). Exits 1 on any problem, so CI
// and a translator's own run fail the same way.
import type { Command } from 'commander';

/** Adds `i18n check` to the program. */
export function registerI18nCommand(program: Command): void {
  const i18n = program.command('i18n').description('Interface translations (docs/translating.md).');
  i18n
    .command('check')
    .description('Check every catalog against English: missing/extra keys, placeholders, syntax.')
    .option('--dir <folder>', 'a folder of catalogs to check instead of the shipped ones (en.json included)')
    .action(async (flags: { dir?: string }) => {
      const { checkCatalogs, formatProblems, readCatalogDir, shippedAdminCatalogs, shippedCatalogs } =
        await import('../../i18n/index.ts');
      const sets: [string, ReadonlyMap<string, Record<string, string>>][] = flags.dir
        ? [['catalogs', readCatalogDir(flags.dir)]]
        : [
            ['reader', shippedCatalogs()],
            ['admin', shippedAdminCatalogs()],
          ];
      for (const [name, catalogs] of sets) {
        const problems = checkCatalogs(catalogs);
        for (const line of formatProblems(problems)) console.log(`${name} ${line}`);
        const keys = Object.keys(catalogs.get('en') ?? {}).length;
        const said =
          problems.length === 0
            ? 'no problems'
            : `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
        console.log(
          `${name}: ${catalogs.size} catalogs (${[...catalogs.keys()].join(', ')}), ${keys} keys: ${said}`,
        );
        if (problems.length) process.exitCode = 1;
      }
    });
}
