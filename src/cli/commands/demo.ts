// `silkpress demo`: load the demo newsroom into an empty site.
import type { Command } from 'commander';
import type { Config } from '../../config.ts';

/** Adds `demo` to the program. */
export function registerDemoCommand(program: Command, config: () => Promise<Config>): void {
  program
    .command('demo')
    .description('Load demo content (authors, tags, articles, About and Privacy pages) into an empty site.')
    .action(async () => {
      const settings = await config();
      const [{ openServices, publishingDeps }, { loadDemoContent }] = await Promise.all([
        import('../../compose/index.ts'),
        import('../../content/load-demo.ts'),
      ]);
      const services = await openServices(settings);
      try {
        const result = await loadDemoContent(publishingDeps(services.deps), (line) =>
          console.error(`  ${line}`),
        );
        console.log(
          result.loaded
            ? `Loaded ${result.articles} articles and ${result.pages} pages.`
            : 'The site already has published articles; nothing was loaded.',
        );
      } finally {
        await services.close();
      }
    });
}
