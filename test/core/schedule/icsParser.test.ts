import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../electron/core/schedule/readScheduleFile';
import { readFixture } from './fixtures';

const byId = async () => {
  const schedule = parseSchedule(
    await readFixture('devopsdays-2021.ics'),
    'devopsdays-2021.ics',
    'America/New_York',
  );
  return { schedule, item: (uid: string) => schedule.items.find((i) => i.scheduleId === uid) };
};

describe('iCalendar schedules', () => {
  it('takes the conference name and zone from the calendar', async () => {
    const { schedule } = await byId();
    expect(schedule.format).toBe('ics');
    expect(schedule.conference).toMatchObject({
      title: 'DevOpsDays Amsterdam 2021',
      timeZone: 'Europe/Amsterdam',
      starts: '2021-10-28',
    });
  });

  it('reads a time zone defined by the file’s VTIMEZONE (a Windows zone name)', async () => {
    const { item } = await byId();
    expect(item('keynote-1@devopsdays.example')).toMatchObject({
      title: 'Keynote: Ten years of DevOps',
      speakers: [{ name: 'Patrick Debois' }],
      kind: 'keynote',
      room: 'Main Hall',
      starts: '2021-10-28T09:00:00+02:00',
      ends: '2021-10-28T09:45:00+02:00',
      url: 'https://devopsdays.example/2021-amsterdam/program/ten-years',
    });
  });

  it('reads IANA TZIDs without a VTIMEZONE, UTC times and floating times, all in the conference zone', async () => {
    const { item } = await byId();
    // TZID=Europe/Amsterdam, DURATION instead of DTEND.
    expect(item('talk-2@devopsdays.example')).toMatchObject({
      starts: '2021-10-28T10:00:00+02:00',
      ends: '2021-10-28T10:30:00+02:00',
    });
    // 08:00Z.
    expect(item('talk-3@devopsdays.example')?.starts).toBe('2021-10-28T10:00:00+02:00');
    // 06:00 in New York is noon in Amsterdam.
    expect(item('workshop-4@devopsdays.example')).toMatchObject({
      starts: '2021-10-28T12:00:00+02:00',
      ends: '2021-10-28T13:30:00+02:00',
      kind: 'workshop',
    });
    // Floating 14:00 is read in the calendar's X-WR-TIMEZONE, not the machine's (New York here).
    expect(item('panel-5@devopsdays.example')).toMatchObject({
      starts: '2021-10-28T14:00:00+02:00',
      kind: 'panel',
    });
  });

  it('finds speakers in attendees, organizers and "Title – Speaker" summaries', async () => {
    const { item } = await byId();
    expect(item('talk-2@devopsdays.example')?.speakers).toEqual([
      { name: 'Charity Majors' },
      { name: 'Liz Fong-Jones' },
    ]);
    expect(item('talk-2@devopsdays.example')?.track).toBe('Observability');
    expect(item('talk-3@devopsdays.example')).toMatchObject({
      title: 'Chaos engineering in practice',
      speakers: [{ name: 'Ana Medina' }, { name: 'Tammy Bütow' }],
    });
    expect(item('workshop-4@devopsdays.example')?.speakers).toEqual([{ name: 'Kelsey Example' }]);
    // The organizer named like the calendar is the conference, not a speaker.
    expect(item('panel-5@devopsdays.example')?.speakers).toEqual([]);
  });

  it('skips recurring and all-day events, and unknown zones, each with a reason', async () => {
    const { schedule } = await byId();
    expect(schedule.items).toHaveLength(5);
    expect(schedule.skipped).toEqual([
      {
        item: "Organisers' daily stand-up",
        reason: expect.stringMatching(/^recurring event/) as string,
      },
      { item: 'Open spaces all day', reason: expect.stringMatching(/^all-day event/) as string },
      {
        item: 'A talk in a zone nobody knows',
        reason: expect.stringContaining('Mars/Olympus_Mons') as string,
      },
    ]);
  });

  it('reads floating times in the attendee’s zone when the calendar names none', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:a@x',
      'DTSTART:20240601T100000',
      'SUMMARY:Local meetup talk',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const schedule = parseSchedule(text, 'meetup.ics', 'Asia/Tokyo');
    expect(schedule.conference.timeZone).toBe('Asia/Tokyo');
    expect(schedule.items[0]?.starts).toBe('2024-06-01T10:00:00+09:00');
  });

  it('refuses a calendar whose every event is skipped, saying why', () => {
    const text =
      'BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:r@x\nDTSTART;VALUE=DATE:20240601\nSUMMARY:Holiday\nEND:VEVENT\nEND:VCALENDAR\n';
    expect(() => parseSchedule(text, 'holidays.ics', 'UTC')).toThrow(
      /holidays\.ics: has no talks.*Holiday: all-day event/,
    );
  });
});
