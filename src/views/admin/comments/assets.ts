// The moderation console's keyboard script, read once when the module loads.
import { readFileSync } from 'node:fs';

/** The console script (served fingerprinted under /admin/assets/). */
export const moderationJs: string = readFileSync(new URL('./console.js', import.meta.url), 'utf8');
