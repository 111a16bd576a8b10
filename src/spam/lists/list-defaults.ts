// A default of the reputation lists' settings, in a module that imports nothing: the `silkpress
// spam lists add` help shows it without loading the settings' schema (list-settings.ts).

/** Default refresh interval: most public lists change a few times a day. */
export const DEFAULT_REFRESH_MINUTES = 360;
