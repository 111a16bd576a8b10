import { describe, expect, it } from 'vitest';
import { EditorialError } from './editorial-error.ts';
import { isValidTimeZone, localToUtc, monthBounds, utcToLocal } from './schedule-time.ts';

const fieldOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    if (err instanceof EditorialError && err.code === 'VALIDATION_FAILED') return err.field;
    throw err;
  }
  return 'no error';
};

describe('localToUtc', () => {
  it.each([
    ['2026-12-01', '09:30', 'UTC', '2026-12-01T09:30:00.000Z'],
    ['2026-12-01', '09:30', 'Asia/Almaty', '2026-12-01T04:30:00.000Z'],
    ['2026-12-01', '09:30', 'Asia/Shanghai', '2026-12-01T01:30:00.000Z'],
    ['2026-07-01', '09:30', 'Europe/London', '2026-07-01T08:30:00.000Z'],
    ['2026-01-15', '09:30', 'Europe/London', '2026-01-15T09:30:00.000Z'],
    ['2026-07-01', '00:15', 'America/New_York', '2026-07-01T04:15:00.000Z'],
    ['2026-12-31', '23:59', 'Pacific/Kiritimati', '2026-12-31T09:59:00.000Z'],
    ['2026-03-15', '12:00', 'Asia/Kolkata', '2026-03-15T06:30:00.000Z'],
    // Just around the spring-forward gap in London (01:00 → 02:00 on 29 March 2026).
    ['2026-03-29', '00:59', 'Europe/London', '2026-03-29T00:59:00.000Z'],
    ['2026-03-29', '02:00', 'Europe/London', '2026-03-29T01:00:00.000Z'],
    // Fall back (02:00 → 01:00 on 25 October 2026): 01:30 happens twice; the earlier is taken.
    ['2026-10-25', '01:30', 'Europe/London', '2026-10-25T00:30:00.000Z'],
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
  ])('%s %s in %s is %s', (date, time, tz, expected) => {
    expect(localToUtc({ date, time }, tz)).toBe(expected);
  });

  it('round-trips through utcToLocal', () => {
    for (const tz of ['Asia/Almaty', 'Europe/Moscow', 'America/Sao_Paulo', 'Australia/Lord_Howe']) {
      const iso = localToUtc({ date: '2026-06-10', time: '18:45' }, tz);
      expect(utcToLocal(iso, tz)).toEqual({ date: '2026-06-10', time: '18:45' });
    }
  });

  it.each([
    ['2026-02-30', '10:00', 'scheduleDate'],
    ['2026-13-01', '10:00', 'scheduleDate'],
    ['2025-02-29', '10:00', 'scheduleDate'],
    ['01/12/2026', '10:00', 'scheduleDate'],
    ['2026-12-01', '24:00', 'scheduleTime'],
    ['2026-12-01', '9.30', 'scheduleTime'],
    ['2026-12-01', '', 'scheduleTime'],
  ])('rejects %s %s with a message on %s', (date, time, field) => {
    expect(fieldOf(() => localToUtc({ date, time }, 'Europe/London'))).toBe(field);
  });

  it('rejects a time skipped by daylight saving, with a clear message', () => {
    expect(fieldOf(() => localToUtc({ date: '2026-03-29', time: '01:30' }, 'Europe/London'))).toBe(
      'scheduleTime',
    );
    expect(() => localToUtc({ date: '2026-03-08', time: '02:30' }, 'America/New_York')).toThrow(
      /does not exist in America\/New_York/,
    );
  });

  it('accepts 29 February in a leap year and knows timezones', () => {
    expect(localToUtc({ date: '2028-02-29', time: '00:00' }, 'UTC')).toBe('2028-02-29T00:00:00.000Z');
    expect(isValidTimeZone('Asia/Almaty')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('monthBounds', () => {
  it("gives a month's first instant and the next month's on the site's clock", () => {
    expect(monthBounds('2026-03', 'Asia/Almaty')).toEqual({
      start: '2026-02-28T19:00:00.000Z',
      end: '2026-03-31T19:00:00.000Z',
    });
    expect(monthBounds('2026-12', 'UTC')).toEqual({
      start: '2026-12-01T00:00:00.000Z',
      end: '2027-01-01T00:00:00.000Z',
    });
  });
});
