import { describe, expect, it } from 'vitest';
import { formatClock, formatDay, parseInstant, parseMoment } from '../../../shared/schedule/moment';
import {
  isValidTimeZone,
  offsetMinutesAt,
  toZonedIso,
  wallTimeToInstant,
} from '../../../shared/schedule/timeZone';

const wall = (iso: string) => {
  const [d, t] = iso.split('T') as [string, string];
  const [year, month, day] = d.split('-').map(Number) as [number, number, number];
  const [hour, minute] = t.split(':').map(Number) as [number, number];
  return { year, month, day, hour, minute, second: 0 };
};

describe('time zones', () => {
  it('knows IANA zones and refuses made-up ones', () => {
    expect(isValidTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone(undefined)).toBe(false);
  });

  it('gives summer and winter offsets', () => {
    expect(offsetMinutesAt(Date.UTC(2021, 6, 1), 'Europe/Amsterdam')).toBe(120);
    expect(offsetMinutesAt(Date.UTC(2021, 11, 1), 'Europe/Amsterdam')).toBe(60);
    expect(offsetMinutesAt(Date.UTC(2021, 11, 1), 'America/New_York')).toBe(-300);
    expect(offsetMinutesAt(Date.UTC(2021, 11, 1), 'Asia/Kolkata')).toBe(330);
  });

  it('turns wall times into instants on both sides of a daylight-saving change', () => {
    // Amsterdam left summer time on 2021-10-31 at 03:00 (back to 02:00).
    expect(wallTimeToInstant(wall('2021-10-30T10:00'), 'Europe/Amsterdam')).toBe(
      Date.UTC(2021, 9, 30, 8),
    );
    expect(wallTimeToInstant(wall('2021-11-01T10:00'), 'Europe/Amsterdam')).toBe(
      Date.UTC(2021, 10, 1, 9),
    );
    // The repeated hour: the first 02:30 (still summer time).
    expect(wallTimeToInstant(wall('2021-10-31T02:30'), 'Europe/Amsterdam')).toBe(
      Date.UTC(2021, 9, 31, 0, 30),
    );
    // The skipped hour (2021-03-28 02:30 does not exist): moved forward, never NaN.
    const skipped = wallTimeToInstant(wall('2021-03-28T02:30'), 'Europe/Amsterdam');
    expect(toZonedIso(skipped, 'Europe/Amsterdam')).toBe('2021-03-28T03:30:00+02:00');
  });

  it('writes ISO with the zone offset', () => {
    const ms = Date.UTC(2021, 9, 28, 12, 30);
    expect(toZonedIso(ms, 'Europe/Amsterdam')).toBe('2021-10-28T14:30:00+02:00');
    expect(toZonedIso(ms, 'America/New_York')).toBe('2021-10-28T08:30:00-04:00');
    expect(toZonedIso(ms)).toBe('2021-10-28T12:30:00Z');
  });
});

describe('moments', () => {
  it('reads times with an offset as they say, and without one in the given zone', () => {
    expect(parseInstant('2021-10-28T14:30:00+02:00')).toBe(Date.UTC(2021, 9, 28, 12, 30));
    expect(parseInstant('2021-10-28T14:30Z')).toBe(Date.UTC(2021, 9, 28, 14, 30));
    expect(parseInstant('2021-10-28T14:30', 'Europe/Amsterdam')).toBe(
      Date.UTC(2021, 9, 28, 12, 30),
    );
    expect(parseInstant('2021-10-28T14:30', 'Asia/Tokyo')).toBe(Date.UTC(2021, 9, 28, 5, 30));
  });

  it('keeps bare dates apart and refuses nonsense', () => {
    expect(parseMoment('2021-10-28')).toEqual({ kind: 'date', date: '2021-10-28' });
    expect(parseInstant('2021-10-28')).toBeUndefined();
    expect(parseMoment('2021-02-30T10:00Z')).toBeUndefined();
    expect(parseMoment('2021-10-28T25:00Z')).toBeUndefined();
    expect(parseMoment('next tuesday')).toBeUndefined();
  });

  it('formats clocks and days in a zone', () => {
    const ms = Date.UTC(2021, 9, 28, 12, 30);
    expect(formatClock(ms, 'Europe/Amsterdam')).toBe('14:30');
    expect(formatClock(ms, 'America/Los_Angeles')).toBe('05:30');
    expect(formatDay(ms, 'Europe/Amsterdam')).toBe('Thu 28 Oct');
    expect(formatDay(Date.UTC(2021, 9, 28, 23, 30), 'Asia/Tokyo')).toBe('Fri 29 Oct');
  });
});
