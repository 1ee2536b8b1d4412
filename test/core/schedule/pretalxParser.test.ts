import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../electron/core/schedule/readScheduleFile';
import { readFixture } from './fixtures';

describe('pretalx schedule JSON', () => {
  it('reads conference, talks, persons, tracks, types and links', async () => {
    const schedule = parseSchedule(
      await readFixture('democon-2024.pretalx.json'),
      'schedule.json',
      'UTC',
    );
    expect(schedule.format).toBe('pretalx-json');
    expect(schedule.conference).toMatchObject({
      title: 'DemoCon 2024',
      timeZone: 'Europe/Berlin',
      starts: '2024-03-14',
      ends: '2024-03-15',
      sourceKey: 'schedule:democon-2024',
    });
    expect(schedule.items.map((i) => i.scheduleId)).toEqual([
      'KEY7QX',
      'WS9KLM',
      'LT3ZZP',
      'PNL4RS',
    ]);
    expect(schedule.items[0]).toMatchObject({
      title: 'Opening keynote: securing the boring parts',
      kind: 'keynote',
      track: 'Security',
      room: 'Saal 1',
      starts: '2024-03-14T09:30:00+01:00',
      ends: '2024-03-14T10:15:00+01:00',
      speakers: [{ name: 'Jane Doe' }],
      url: 'https://pretalx.example/democon-2024/talk/KEY7QX/',
      video: 'https://media.example/v/democon-2024-101',
      slides: 'https://pretalx.example/media/democon-2024/slides-101.pdf',
    });
    const lightning = schedule.items.find((i) => i.scheduleId === 'LT3ZZP');
    expect(lightning).toMatchObject({ kind: 'lightning', ends: '2024-03-14T10:40:00+01:00' });
    expect(lightning?.track).toBeUndefined();
    expect(lightning?.speakers.map((s) => s.name)).toEqual(['Ravi Kumar', 'Mia Wong']);
    expect(schedule.items.find((i) => i.scheduleId === 'WS9KLM')?.kind).toBe('workshop');
    expect(schedule.items.find((i) => i.scheduleId === 'PNL4RS')?.kind).toBe('panel');
  });

  it('skips an entry without a title, with the reason', async () => {
    const schedule = parseSchedule(
      await readFixture('democon-2024.pretalx.json'),
      'schedule.json',
      'UTC',
    );
    expect(schedule.skipped).toEqual([{ item: 'NOTITL', reason: 'no title' }]);
  });

  it('falls back to day date and start time when an entry has no full date', () => {
    const json = {
      schedule: {
        conference: {
          title: 'Night Con',
          acronym: 'night',
          time_zone_name: 'America/Chicago',
          days: [
            {
              date: '2024-11-02',
              day_start: '2024-11-02T06:00:00-05:00',
              rooms: {
                Hall: [{ guid: 'g1', title: 'After midnight', start: '01:15', duration: '00:30' }],
              },
            },
          ],
        },
      },
    };
    const schedule = parseSchedule(JSON.stringify(json), 'night.json', 'UTC');
    expect(schedule.items[0]).toMatchObject({
      scheduleId: 'g1',
      room: 'Hall',
      starts: '2024-11-03T01:15:00-05:00',
      ends: '2024-11-03T01:45:00-05:00',
    });
  });
});
