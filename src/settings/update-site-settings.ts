// Saving the site settings from the admin: validates what Intl must understand (language,
// timezone), stores, publishes the `settings` change key so cached pages refresh, and audits.
import { SETTINGS_CHANGED } from './change-keys.ts';
import type { ChangeBus } from '../db/change-bus.ts';
import type { AuditRepo } from '../users/index.ts';
import type { SettingsRepo } from './settings-repo.ts';
import type { SiteSettings } from './site-settings.ts';
import type { Clock } from '../kernel/clock.ts';
import type { SettingProblem } from './setting-problem.ts';

/** The settings the admin's settings page edits. */
export type EditableSettings = Pick<
  SiteSettings,
  | 'title'
  | 'tagline'
  | 'logo'
  | 'shareImage'
  | 'siteIcon'
  | 'language'
  | 'timezone'
  | 'postsPerPage'
  | 'dateFormat'
  | 'footerText'
>;

/** What saving needs. */
export interface UpdateSettingsDeps extends Clock {
  settings: SettingsRepo;
  changes: ChangeBus;
  audit: AuditRepo;
}

/** A field and what is wrong with it. */
export type SettingsProblems = Partial<Record<keyof EditableSettings, SettingProblem>>;

/** True when Intl knows this IANA timezone name. */
export function isValidTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The canonical form of a BCP 47 language tag, or null when it is not one. */
export function canonicalLanguage(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ?? null;
  } catch {
    return null;
  }
}

/** Checks the values Intl must accept; returns the cleaned settings or the problems. */
export function validateSettings(
  input: EditableSettings,
): { ok: true; value: EditableSettings } | { ok: false; problems: SettingsProblems } {
  const problems: SettingsProblems = {};
  const language = canonicalLanguage(input.language);
  if (!language) problems.language = { problem: 'language' };
  if (!isValidTimezone(input.timezone)) problems.timezone = { problem: 'timezone' };
  if (input.logo && !/^(https?:\/\/|\/)[^\s]*$/.test(input.logo)) problems.logo = { problem: 'address' };
  if (input.shareImage && !/^(https?:\/\/|\/)[^\s]*$/.test(input.shareImage))
    problems.shareImage = { problem: 'address' };
  if (input.siteIcon && !/^\/media\/[a-f0-9]{16}-\d{1,5}w\.(jpg|png|webp|gif|avif)$/.test(input.siteIcon))
    problems.siteIcon = { problem: 'siteIcon' };
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      ...input,
      language: language!,
      logo: input.logo || null,
      shareImage: input.shareImage || null,
      siteIcon: input.siteIcon || null,
    },
  };
}

/**
 * Stores settings, tells every instance to refresh pages showing them, and audits which keys
 * changed (returned). Callers validate first (the site settings below, the spam settings in the
 * admin, the comment settings in comment-moderation-settings.ts). A null actor id is the CLI.
 */
export async function saveSettings<T extends Record<string, unknown>>(
  deps: UpdateSettingsDeps,
  actor: { id: number | null; name: string; ip: string },
  before: Partial<T>,
  values: T,
): Promise<string[]> {
  const now = deps.now();
  await deps.settings.write(values, now);
  await deps.changes.publish([SETTINGS_CHANGED]);
  // By value: a word list read back is a new array even when nothing in it changed.
  const changed = Object.keys(values).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(values[k]));
  await deps.audit.record(
    {
      actorId: actor.id,
      actorName: actor.name,
      action: 'settings.updated',
      target: 'settings',
      details: { changed },
      ip: actor.ip,
    },
    now,
  );
  return changed;
}

/** Stores valid settings and tells every instance to refresh pages showing them. */
export async function updateSiteSettings(
  deps: UpdateSettingsDeps,
  actor: { id: number; name: string; ip: string },
  before: EditableSettings,
  input: EditableSettings,
): Promise<{ ok: true } | { ok: false; problems: SettingsProblems }> {
  const checked = validateSettings(input);
  if (!checked.ok) return checked;
  await saveSettings(deps, actor, before, checked.value);
  return { ok: true };
}
