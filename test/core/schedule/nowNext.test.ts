import { afterEach, describe, expect, it } from 'vitest';
import type { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { selectNowNext } from '../../../shared/schedule/nowNext';
import { TalkMetaSchema, type TalkMeta } from '../../../shared/schemas';
import { fixturePath } from './fixtures';
import { scheduleLibrary } from './library';

const opened: FileLibrary[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((l) => l.close()));
});

const talk = (id: string, fields: Partial<TalkMeta>) => ({
  id,
  meta: TalkMetaSchema.parse({ id, title: id, ...fields }),
});

/** Two rooms in Amsterdam; times without an offset are the conference's local time. */
const talks = [
  talk('a1', { room: 'A', track: 'Ops', starts: '2021-10-28T10:00', ends: '2021-10-28T10:45' }),
  talk('b1', {
    room: 'B',
    track: 'Dev',
    starts: '2021-10-28T10:00:00+02:00',
    ends: '2021-10-28T11:00:00+02:00',
  }),
  talk('a2', { room: 'A', track: 'Ops', starts: '2021-10-28T11:00:00+02:00' }),
  talk('b2', { room: 'B', track: 'Dev', starts: '2021-10-28T11:30:00+02:00' }),
  talk('undated', {}),
];

const at = (local: string, prefer = {}) =>
  selectNowNext({
    conferenceId: 'c',
    conferenceTitle: 'Conf',
    talks,
    at: Date.parse(`${local}+02:00`),
    timeZone: 'Europe/Amsterdam',
    attendeeTimeZone: 'Europe/Amsterdam',
    prefer,
  });

describe('now and next', () => {
  it('lists parallel talks and asks which one, unless a room or track is preferred', () => {
    const plain = at('2021-10-28T10:15');
    expect(plain.now.map((t) => t.id)).toEqual(['a1', 'b1']);
    expect(plain).toMatchObject({ open: null, choice: ['a1', 'b1'], status: 'during' });
    const inB = at('2021-10-28T10:15', { room: 'b' });
    expect(inB.now.map((t) => [t.id, t.preferred])).toEqual([
      ['b1', true],
      ['a1', false],
    ]);
    expect(inB).toMatchObject({ open: 'b1', choice: [] });
    expect(at('2021-10-28T10:15', { track: 'Ops' }).open).toBe('a1');
  });

  it('gives the next slot, plus the next talk in the preferred room', () => {
    expect(at('2021-10-28T10:50').next.map((t) => t.id)).toEqual(['a2']);
    const inB = at('2021-10-28T10:50', { room: 'B' });
    expect(inB.now.map((t) => t.id)).toEqual(['b1']);
    expect(inB.next.map((t) => t.id)).toEqual(['b2', 'a2']);
  });

  it('assumes an end for talks without one: the next talk in the room, at most 45 minutes', () => {
    const a2 = at('2021-10-28T11:40').now.find((t) => t.id === 'a2');
    expect(a2).toMatchObject({ endsAssumed: true, ends: '2021-10-28T11:45:00+02:00' });
    expect(at('2021-10-28T11:50').now.map((t) => t.id)).toEqual(['b2']);
  });

  it('in a break, opens the talk about to start; before and after the conference says so', () => {
    expect(at('2021-10-28T09:50')).toMatchObject({
      status: 'before',
      now: [],
      open: null,
      choice: ['a1', 'b1'],
    });
    expect(at('2021-10-28T09:50', { room: 'A' }).open).toBe('a1');
    expect(at('2021-10-28T08:00')).toMatchObject({ status: 'before', open: null, choice: [] });
    expect(at('2021-10-28T13:00')).toMatchObject({ status: 'after', now: [], next: [] });
    const untimed = selectNowNext({
      conferenceId: 'c',
      conferenceTitle: 'Conf',
      talks: [talk('undated', {})],
      at: 0,
      timeZone: 'UTC',
      attendeeTimeZone: 'UTC',
    });
    expect(untimed).toMatchObject({ status: 'no-times', now: [], next: [], open: null });
  });
});

describe('now and next from an imported schedule', () => {
  it('answers in the conference’s zone with the attendee’s as a hint', async () => {
    const { library, schedule } = await scheduleLibrary();
    opened.push(library);
    const { conference } = await schedule.importFile(fixturePath('democon-2024.pretalx.json'));
    // 10:05 in Berlin: the keynote (Saal 1) and the workshop run in parallel.
    const result = await schedule.nowNext({
      conference: conference.folder,
      at: '2024-03-14T10:05',
    });
    expect(result).toMatchObject({
      conferenceTitle: 'DemoCon 2024',
      timeZone: 'Europe/Berlin',
      attendeeTimeZone: 'America/New_York',
      at: {
        iso: '2024-03-14T10:05:00+01:00',
        local: 'Thu 14 Mar 10:05',
        attendee: 'Thu 14 Mar 05:05',
      },
      open: null,
    });
    expect(result.now.map((t) => t.title)).toEqual([
      'Opening keynote: securing the boring parts',
      'Hands-on Kubernetes network policies',
    ]);
    expect(result.now[0]).toMatchObject({
      room: 'Saal 1',
      speakers: ['Jane Doe'],
      kind: 'keynote',
      local: { zone: 'Europe/Berlin', day: 'Thu 14 Mar', starts: '09:30', ends: '10:15' },
      attendee: { zone: 'America/New_York', starts: '04:30', ends: '05:15' },
    });
    expect(result.next.map((t) => t.title)).toEqual(['Lightning: one weird trick for TLS']);

    const inWorkshop = await schedule.nowNext({
      conference: conference.id,
      at: '2024-03-14T09:05:00Z',
      room: 'Workshop Room',
      attendeeTimeZone: 'Europe/Berlin',
    });
    expect(inWorkshop.open).toBe(inWorkshop.now[0]?.id);
    expect(inWorkshop.now[0]?.title).toBe('Hands-on Kubernetes network policies');
    expect(inWorkshop.now[0]?.attendee).toBeUndefined();
  });

  it('uses the clock when no time is given, and rejects a time it cannot read', async () => {
    const { library, schedule } = await scheduleLibrary();
    opened.push(library);
    const { conference } = await schedule.importFile(fixturePath('devopsdays-2021.ics'));
    // The service's clock says 08:10Z = 10:10 in Amsterdam.
    const result = await schedule.nowNext({ conference: conference.id });
    expect(result.now.map((t) => t.room)).toEqual(['Room B', 'Room C']);
    await expect(
      schedule.nowNext({ conference: conference.id, at: 'half past ten' }),
    ).rejects.toThrow(/"half past ten" is not an ISO time/);
    expect(await schedule.roomsAndTracks(conference.folder)).toEqual({
      conferenceId: conference.id,
      timeZone: 'Europe/Amsterdam',
      rooms: ['Main Hall', 'Room B', 'Room C'],
      tracks: ['Observability'],
    });
  });
});
