// `silkpress export wxr [--out FILE] [--site-url URL]`: the whole site as a WordPress export
// file, streamed. Links are absolute, so the site's public address must be known: --site-url,
// SITE_URL, or the address a running server stored in the settings; never a localhost guess.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { openServices, type Services } from '../../compose/index.ts';
import type { Config } from '../../config.ts';
import { normaliseSiteUrl, storedSiteUrl } from '../../settings/site-url.ts';
import { createWxrServices } from '../../compose/wxr.ts';

/** The address the export's links use, or an error saying how to give one. */
export async function exportSiteUrl(
  flag: string | undefined,
  config: Pick<Config, 'siteUrl' | 'siteUrlConfigured'>,
  services: Pick<Services, 'deps'>,
): Promise<string> {
  if (flag !== undefined) {
    const given = normaliseSiteUrl(flag);
    if (given === null) throw new Error(`--site-url must be an absolute http(s) URL, not "${flag}".`);
    return given;
  }
  if (config.siteUrlConfigured) return config.siteUrl;
  const stored = await storedSiteUrl(services.deps.settings);
  if (stored !== null) return stored;
  throw new Error(
    "The site's public address is not known, and the export's links need it: pass " +
      '--site-url https://your.site (or set SITE_URL). A server started with SITE_URL also remembers it.',
  );
}

/** Adds `export wxr` to the program. */
export function registerExportCommand(program: Command, config: () => Config): void {
  const group = program.command('export').description('Export content for another system.');
  group
    .command('wxr')
    .description('Write posts, pages, authors, tags and comments as a WordPress export file (WXR 1.2).')
    .option('--out <file>', 'write to this file instead of standard output')
    .option(
      '--site-url <url>',
      "the site's public address for the links (default: SITE_URL, or the one the server stored)",
    )
    .action(async (opts: { out?: string; siteUrl?: string }) => {
      const cfg = config();
      const services = await openServices(cfg);
      try {
        const siteUrl = await exportSiteUrl(opts.siteUrl, cfg, services);
        const wxr = createWxrServices({
          db: services.database.db,
          dialect: services.database.dialect,
          deps: { ...services.deps, siteUrl },
        });
        const chunks = Readable.from(wxr.exportChunks());
        if (!opts.out) {
          await pipeline(chunks, process.stdout, { end: false });
          return;
        }
        // Written beside the target and renamed, so a failed export never leaves half a file.
        const temp = `${opts.out}.${process.pid}.tmp`;
        try {
          await pipeline(chunks, createWriteStream(temp));
          await rename(temp, opts.out);
        } catch (err) {
          await rm(temp, { force: true });
          throw err;
        }
        console.error(`Exported to ${opts.out}.`);
      } finally {
        await services.close();
      }
    });
}
