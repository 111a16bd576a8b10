// Reads the spam training and evaluation sources from ../shared/data/spam for the scripts
// (spam-train.ts, spam-loso.ts). Returns null when the folder is absent.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuiltinSources } from '../src/spam/classifier/builtin.ts';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const dataDir = resolve(root, '../shared/data/spam');
/** Genuine news-site comments written for Silkpress (ham only; docs/spam.md, "news-site ham"). */
export const newsHamDir = resolve(root, 'src/spam/news-ham');

/** The news-site ham corpus files (en.txt, ru.txt, zh.txt), in sorted file-name order. */
export function readNewsHam(): { name: string; text: string }[] {
  return readdirSync(newsHamDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(newsHamDir, f), 'utf8') }));
}

/** The sources, less those named in `exclude` (video file names without .csv, "sms", "ru", "news-ham"). */
export function readSources(exclude: readonly string[] = []): BuiltinSources | null {
  if (!existsSync(dataDir)) return null;
  const youtubeDir = join(dataDir, 'youtube-spam-collection');
  const youtube = readdirSync(youtubeDir)
    .filter((f) => /^Youtube\d+-.*\.csv$/.test(f) && !exclude.includes(f.replace(/\.csv$/, '')))
    .sort()
    .map((f) => ({ name: f.replace(/\.csv$/, ''), csv: readFileSync(join(youtubeDir, f), 'utf8') }));
  const smsFile = join(dataDir, 'sms-spam-collection/SMSSpamCollection');
  const sms = existsSync(smsFile) && !exclude.includes('sms') ? readFileSync(smsFile, 'utf8') : null;
  const ruFile = join(dataDir, 'ru-telegram-spam-sample/spam.txt');
  const spamOnly =
    existsSync(ruFile) && !exclude.includes('ru')
      ? [{ name: 'ru-telegram', text: readFileSync(ruFile, 'utf8') }]
      : [];
  const newsHam = exclude.includes('news-ham') ? [] : readNewsHam();
  return { youtube, sms, spamOnly, newsHam };
}
