// Site-wide settings with their defaults. Stored as JSON values by key; unknown or invalid
// stored values fall back to the default rather than breaking the site.
import { z } from 'zod';

/** The schema of every setting, with defaults. Later features add their own keys here. */
export const siteSettingsSchema = z.object({
  title: z.string().min(1).max(120).catch('Silkpress'),
  tagline: z.string().max(200).catch('News, self-hosted'),
  description: z.string().max(300).catch(''),
  language: z.string().min(2).max(35).catch('en'),
  timezone: z.string().min(1).catch('UTC'),
  postsPerPage: z.number().int().min(1).max(100).catch(10),
  footerText: z.string().max(500).catch(''),
  logo: z.string().nullable().catch(null),
});

/** Effective site settings. */
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** Settings from stored key/value pairs, defaults filling every gap. */
export function parseSettings(stored: Record<string, unknown>): SiteSettings {
  return siteSettingsSchema.parse(stored);
}
