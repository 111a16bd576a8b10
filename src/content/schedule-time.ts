// Scheduling in the site's timezone: an editor types a local date and time; we store UTC. Built on
// Intl alone (the runtime ships the IANA database), so no date library is needed.
import { EditorialError } from './editorial-error.ts';

/** A wall-clock date and time as the form shows it: `YYYY-MM-DD` and `HH:MM`. */
export interface LocalDateTime {
  date: string;
  time: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime knows this IANA timezone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock fields of `instant` in `timeZone`, as milliseconds of a UTC date with those fields. */
function wallClockMs(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** The local date and time of an ISO instant in `timeZone` (to fill the schedule form). */
export function utcToLocal(iso: string, timeZone: string): LocalDateTime {
  const wall = new Date(wallClockMs(Date.parse(iso), timeZone)).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

const invalid = (field: string, message: string, code: string, values?: Record<string, string>) =>
  new EditorialError('VALIDATION_FAILED', message, field, { code, values });

/**
 * The UTC instant (ISO string) of a local date and time in `timeZone`. Throws a VALIDATION_FAILED
 * EditorialError naming the field for malformed input, dates that do not exist (2026-02-30) and
 * times skipped by a daylight-saving change. A time that happens twice takes the earlier one.
 */
export function localToUtc(local: LocalDateTime, timeZone: string): string {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(local.date.trim());
  if (!d)
    throw invalid('scheduleDate', 'Enter the date as YYYY-MM-DD, for example 2026-12-01.', 'date-format');
  const t = /^(\d{1,2}):(\d{2})$/.exec(local.time.trim());
  if (!t)
    throw invalid('scheduleTime', 'Enter the time as HH:MM (24-hour), for example 09:30.', 'time-format');
  const [y, mo, da] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [h, mi] = [Number(t[1]), Number(t[2])];
  if (h > 23 || mi > 59)
    throw invalid('scheduleTime', `${local.time.trim()} is not a time of day.`, 'not-a-time', {
      time: local.time.trim(),
    });
  const wall = Date.UTC(y, mo - 1, da, h, mi);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== da) {
    throw invalid('scheduleDate', `${local.date.trim()} is not a date in the calendar.`, 'not-a-date', {
      date: local.date.trim(),
    });
  }
  if (!isValidTimeZone(timeZone))
    throw invalid('scheduleDate', `The site timezone "${timeZone}" is unknown.`, 'timezone-unknown', {
      timezone: timeZone,
    });

  // Offsets in force a day either side cover any DST change near the wanted time.
  const offsets = new Set(
    [-86_400_000, 0, 86_400_000].map((s) => wallClockMs(wall + s, timeZone) - (wall + s)),
  );
  const matches = [...offsets]
    .map((offset) => wall - offset)
    .filter((instant) => wallClockMs(instant, timeZone) === wall)
    .sort((a, b) => a - b);
  if (matches.length === 0) {
    throw invalid(
      'scheduleTime',
      `${local.date.trim()} ${local.time.trim()} does not exist in ${timeZone} (the clocks skip it for daylight saving). Choose another time.`,
      'time-skipped',
      { date: local.date.trim(), time: local.time.trim(), timezone: timeZone },
    );
  }
  return new Date(matches[0]!).toISOString();
}

/**
 * The first instant of a `YYYY-MM` month and of the month after it (ISO), as the site's clock in
 * `timeZone` turns them: March in Almaty starts at 2026-02-28T19:00Z.
 */
export function monthBounds(month: string, timeZone = 'UTC'): { start: string; end: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 };
  return { start: monthStart(y, m, timeZone), end: monthStart(next.y, next.m, timeZone) };
}

/** The instant the month begins in `timeZone` (its first midnight, or the first hour that exists). */
function monthStart(y: number, m: number, timeZone: string): string {
  const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
  if (!isValidTimeZone(timeZone)) return `${date}T00:00:00.000Z`;
  for (const time of ['00:00', '01:00']) {
    try {
      return localToUtc({ date, time }, timeZone);
    } catch {
      // midnight skipped by a daylight-saving change: the month begins at 01:00
    }
  }
  return `${date}T00:00:00.000Z`;
}
