// The change key the settings feature publishes (content/change-keys.ts lists it with the others).

/** Site settings shown in every page's layout changed. */
export const SETTINGS_CHANGED = 'settings';
