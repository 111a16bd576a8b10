// The theme's stylesheet and script, read once when the module loads.
import { readFileSync } from 'node:fs';

/** The theme stylesheet (served fingerprinted by the HTTP layer). */
export const themeCss: string = readFileSync(new URL('./assets/theme.css', import.meta.url), 'utf8');

/** The site script (progressive enhancement only; the site works without it). */
export const siteJs: string = readFileSync(new URL('./assets/site.js', import.meta.url), 'utf8');
