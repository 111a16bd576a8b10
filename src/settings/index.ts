// Public entry of the settings feature: the site settings, their repository type and the change
// key they publish.
export { SETTINGS_CHANGED } from './change-keys.ts';
export type { SettingsRepo } from './settings-repo.ts';
export type { SiteSettings } from './site-settings.ts';
export { parseSettings } from './site-settings.ts';
