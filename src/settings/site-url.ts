// The site's public address as the running server knows it, kept in the settings so commands run
// without SITE_URL (`export wxr`) write the links the site itself serves, not a localhost default.
import type { SettingsRepo } from './settings-repo.ts';

/** The settings key holding the public address. */
export const SITE_URL_SETTING = 'siteUrl';

/** An absolute http(s) URL without a trailing slash, or null when `value` is not one. */
export function normaliseSiteUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.toString().replace(/\/+$/, '');
  } catch {
    return null;
  }
}

/** The stored public address, or null when no server has stored one yet. */
export async function storedSiteUrl(settings: Pick<SettingsRepo, 'readAll'>): Promise<string | null> {
  return normaliseSiteUrl((await settings.readAll())[SITE_URL_SETTING]);
}

/**
 * Stores the address a starting server serves: always when SITE_URL was set (the operator's
 * current word), and otherwise only when none is stored (a default never replaces a real one).
 */
export async function rememberSiteUrl(
  settings: Pick<SettingsRepo, 'readAll' | 'write'>,
  url: string,
  options: { configured: boolean },
  now: Date,
): Promise<void> {
  const normalised = normaliseSiteUrl(url);
  if (normalised === null) return;
  const stored = await storedSiteUrl(settings);
  if (stored === normalised || (stored !== null && !options.configured)) return;
  await settings.write({ [SITE_URL_SETTING]: normalised }, now);
}
