// Numbers, shares, days and lists on the spam pages, written the admin language's way through
// Intl (English keeps day-month-year, like the admin's other dates). Days are the statistics'
// UTC days, written as digits ("05/12/2026", "05.12.2026", "2026/12/5").
import type { AdminT } from '../types.ts';

/** The spam pages' formatters for one admin language. */
export interface SpamFormats {
  /** A count or a measure ("1,021", "1 021"). */
  number(n: number): string;
  /** A share from 0 to 1 as a whole percentage ("45%", "45 %"). */
  percent(share: number): string;
  /** A `YYYY-MM-DD` day as digits in the language's order. */
  day(isoDay: string): string;
  /** Items joined as the language lists them ("a, b, c", "a、b、c"). */
  list(items: readonly string[]): string;
}

const cache = new Map<string, SpamFormats>();

function make(language: string): SpamFormats {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
  });
  const list = new Intl.ListFormat(language, { type: 'conjunction', style: 'narrow' });
  return {
    number: (n) => number.format(n),
    percent: (share) => percent.format(share),
    day: (iso) => {
      const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? iso : day.format(d);
    },
    list: (items) => list.format(items),
  };
}

/** The formatters for `ui`'s language (made once per language). */
export function spamFormats(ui: AdminT): SpamFormats {
  const language = ui.locale === 'en' ? 'en-GB' : ui.lang;
  let f = cache.get(language);
  if (!f) {
    f = make(language);
    cache.set(language, f);
  }
  return f;
}
