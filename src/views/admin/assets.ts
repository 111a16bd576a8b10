// The admin stylesheet (served fingerprinted by the admin plugin), read once when the module loads.
import { readFileSync } from 'node:fs';

/** Admin-only styles layered on the site theme's variables and components. */
export const adminCss: string = readFileSync(new URL('./admin.css', import.meta.url), 'utf8');
