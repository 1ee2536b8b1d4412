import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../electron/core/schedule/readScheduleFile';
import { readFixture } from './fixtures';

describe('frab/Pentabarf schedule XML', () => {
  it('reads conference, events, persons, links and decodes XML escapes', async () => {
    const schedule = parseSchedule(await readFixture('camp-2019.frab.xml'), 'schedule.xml', 'UTC');
    expect(schedule.format).toBe('frab-xml');
    expect(schedule.conference).toMatchObject({
      title: 'Chaos Camp 2019',
      timeZone: 'Europe/Berlin',
      sourceKey: 'schedule:camp2019',
    });
    const qa = schedule.items.find((i) => i.scheduleId === '9b1c3c8e-7d2a-4c39-9d1f-3a6b1a2c0001');
    expect(qa).toMatchObject({
      title: 'Q&A with the orga – all your questions',
      speakers: [{ name: 'Alex Example' }, { name: 'Sam Sample' }],
      kind: 'talk',
      type: 'lecture',
      track: 'Community',
      room: 'Curie',
      starts: '2019-08-21T11:00:00+02:00',
      ends: '2019-08-21T12:00:00+02:00',
      abstract: 'Ask <anything> about the camp.',
      video: 'https://media.example/v/camp2019-10001',
      slides: 'https://fahrplan.example/camp2019/slides-10001.pdf',
    });
  });

  it('places a past-midnight start without a date on the next calendar day', async () => {
    const schedule = parseSchedule(await readFixture('camp-2019.frab.xml'), 'schedule.xml', 'UTC');
    const late = schedule.items.find((i) => i.title === 'Late night lightning talks');
    expect(late).toMatchObject({
      kind: 'lightning',
      starts: '2019-08-22T00:30:00+02:00',
      speakers: [],
    });
  });

  it('keeps time order across rooms and days, and skips a broken duration with its reason', async () => {
    const schedule = parseSchedule(await readFixture('camp-2019.frab.xml'), 'schedule.xml', 'UTC');
    const starts = schedule.items.map((i) => Date.parse(i.starts));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(schedule.items.map((i) => i.kind)).toContain('workshop');
    expect(schedule.skipped).toEqual([
      { item: 'A talk with a broken duration', reason: 'duration "forever" is not HH:MM' },
    ]);
  });

  it('decodes only XML’s own escapes and refuses files that declare entities', async () => {
    const schedule = parseSchedule(
      '<schedule><day date="2019-08-21"><room name="A"><event guid="g"><date>2019-08-21T10:00:00+02:00</date><title>&custom; &amp; more</title></event></room></day></schedule>',
      'plain.xml',
      'UTC',
    );
    expect(schedule.items[0]?.title).toBe('&custom; & more');
    await expect(
      readFixture('entities.xml').then((t) => parseSchedule(t, 'entities.xml', 'UTC')),
    ).rejects.toThrow(/entities\.xml: declares its own entities/);
  });
});
