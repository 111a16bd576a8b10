// What `silkpress export wxr` runs (registered in export.ts, loaded when it runs).
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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

/** `export wxr`: the whole site as a WordPress export file, streamed to --out or stdout. */
export async function exportWxr(
  config: () => Promise<Config>,
  opts: { out?: string; siteUrl?: string },
): Promise<void> {
  const cfg = await config();
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
}
