import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { tempDir } from '../../helpers/tempLibrary';
import { fixturePath, readFixture } from './fixtures';
import { scheduleLibrary, snapshot } from './library';

const opened: FileLibrary[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((l) => l.close()));
});

async function setup() {
  const env = await scheduleLibrary();
  opened.push(env.library);
  return env;
}

/** The ics fixture after the organisers moved a talk and dropped another. */
async function changedIcs(): Promise<string> {
  const text = (await readFixture('devopsdays-2021.ics'))
    .replace(
      /DTSTART;TZID=Europe\/Amsterdam:20211028T100000\nDURATION:PT30M\nSUMMARY:Observability for the rest of us\nLOCATION:Room B/,
      'DTSTART;TZID=Europe/Amsterdam:20211028T110000\nDURATION:PT45M\nSUMMARY:Observability for the rest of us\nLOCATION:Room D',
    )
    .replace(/BEGIN:VEVENT\nUID:talk-3@[^]*?END:VEVENT\n/, '');
  if (!text.includes('LOCATION:Room D') || text.includes('talk-3@'))
    throw new Error('fixture edit failed');
  const path = join(await tempDir(), 'devopsdays-2021.ics');
  await writeFile(path, text);
  return path;
}

describe('importing a schedule into the library', () => {
  it('creates the conference with its zone and one talk per item, front matter filled, no notes', async () => {
    const { root, library, schedule } = await setup();
    const report = await schedule.importFile(fixturePath('devopsdays-2021.ics'));
    expect(report).toMatchObject({
      file: 'devopsdays-2021.ics',
      format: 'ics',
      conference: {
        title: 'DevOpsDays Amsterdam 2021',
        created: true,
        timeZone: 'Europe/Amsterdam',
      },
      unchanged: 0,
      failed: [],
    });
    expect(report.created).toHaveLength(5);
    expect(report.skipped.map((s) => s.item)).toEqual([
      "Organisers' daily stand-up",
      'Open spaces all day',
      'A talk in a zone nobody knows',
    ]);

    const conference = await library.readConference(report.conference.id);
    expect(conference.meta).toMatchObject({ timezone: 'Europe/Amsterdam', starts: '2021-10-28' });
    const talkId = report.created.find((t) => t.scheduleId === 'keynote-1@devopsdays.example')!.id;
    const talk = await library.readTalk(talkId);
    expect(talk.body.trim()).toBe('');
    expect(talk.meta).toMatchObject({
      title: 'Keynote: Ten years of DevOps',
      kind: 'keynote',
      room: 'Main Hall',
      starts: '2021-10-28T09:00:00+02:00',
      ends: '2021-10-28T09:45:00+02:00',
      speakers: [{ name: 'Patrick Debois' }],
      links: { page: 'https://devopsdays.example/2021-amsterdam/program/ten-years' },
      scheduleId: 'keynote-1@devopsdays.example',
    });
    const onDisk = await readFile(join(root, talk.path), 'utf8');
    expect(onDisk).toContain('scheduleId: keynote-1@devopsdays.example');
    expect(onDisk).toContain('starts: 2021-10-28T09:00:00+02:00');
  });

  it('re-import after a change of room and time updates the talk and keeps its notes', async () => {
    const { library, schedule } = await setup();
    const first = await schedule.importFile(fixturePath('devopsdays-2021.ics'));
    const moved = first.created.find((t) => t.scheduleId === 'talk-2@devopsdays.example')!;
    const dropped = first.created.find((t) => t.scheduleId === 'talk-3@devopsdays.example')!;
    const notes = '# Observability\n\n- high-cardinality data is the point\n- ask new questions\n';
    for (const { id } of [moved, dropped]) {
      const doc = await library.readTalk(id);
      await library.updateTalk(id, { body: notes, meta: { tags: ['mine'] } }, doc.revision);
    }

    const second = await schedule.importFile(await changedIcs());
    expect(second.conference).toMatchObject({ id: first.conference.id, created: false });
    expect(second.created).toEqual([]);
    expect(second.updated).toEqual([
      {
        id: moved.id,
        title: moved.title,
        scheduleId: moved.scheduleId,
        changes: ['room', 'starts', 'ends'],
      },
    ]);
    expect(second.unchanged).toBe(3);
    expect(second.notInSchedule).toEqual([
      { id: dropped.id, title: dropped.title, scheduleId: dropped.scheduleId },
    ]);

    const after = await library.readTalk(moved.id);
    expect(after.body).toBe(notes);
    expect(after.meta).toMatchObject({
      room: 'Room D',
      starts: '2021-10-28T11:00:00+02:00',
      ends: '2021-10-28T11:45:00+02:00',
      tags: ['mine'],
    });
    // A talk the schedule dropped stays, with its notes.
    expect((await library.readTalk(dropped.id)).body).toBe(notes);
    expect((await library.list()).conferences).toHaveLength(1);
  });

  it('an unchanged re-import writes nothing', async () => {
    const { root, schedule } = await setup();
    await schedule.importFile(fixturePath('democon-2024.pretalx.json'));
    const before = await snapshot(root);
    const again = await schedule.importFile(fixturePath('democon-2024.pretalx.json'));
    expect(again).toMatchObject({
      created: [],
      updated: [],
      unchanged: 4,
      conference: { created: false },
    });
    expect(await snapshot(root)).toEqual(before);
  });

  it('imports into a conference the user names, giving it the schedule’s zone', async () => {
    const { library, schedule } = await setup();
    const mine = await library.createConference({ title: 'Chaos Camp', starts: '2019-08-21' });
    const report = await schedule.importFile(fixturePath('camp-2019.frab.xml'), mine.folder);
    expect(report.conference).toMatchObject({
      id: mine.id,
      created: false,
      timeZone: 'Europe/Berlin',
    });
    expect(report.created).toHaveLength(4);
    const updated = await library.readConference(mine.id);
    expect(updated.meta).toMatchObject({
      title: 'Chaos Camp',
      timezone: 'Europe/Berlin',
      ends: '2019-08-22',
    });
    const talks = (await library.list()).conferences.find((c) => c.id === mine.id)!.talks;
    expect(talks.find((t) => t.meta.title.startsWith('Q&A'))?.meta.links).toEqual({
      video: 'https://media.example/v/camp2019-10001',
      slides: 'https://fahrplan.example/camp2019/slides-10001.pdf',
      page: 'https://fahrplan.example/camp2019/events/10001.html',
    });
  });
});
