import { z } from 'zod';
import { isValidTimeZone } from '../../../shared/schedule/timeZone';
import type { Schedule, SkippedEntry } from '../../../shared/schedule/types';
import { type FrabLikeEvent, frabEventToItem, isSkipped } from './frabEvent';
import { type TimedItem, finishSchedule } from './scheduleBuilder';
import { describeError, ScheduleFileError } from './scheduleFileError';

/**
 * pretalx's `schedule.json` (the c3voc/frab JSON schema that pretalx, frab
 * and others export): schedule → conference → days[] → rooms{name: events[]}.
 * Unknown keys are ignored; a missing structure is a clear error.
 */
const Text = z.string().nullish();
const LinkSchema = z.object({ url: z.string(), title: Text });
const EventSchema = z.object({
  guid: Text,
  code: Text,
  id: z.union([z.number(), z.string()]).nullish(),
  title: Text,
  date: Text,
  start: Text,
  duration: Text,
  room: Text,
  track: Text,
  type: Text,
  abstract: Text,
  url: Text,
  persons: z.array(z.object({ name: Text, public_name: Text })).nullish(),
  links: z.array(LinkSchema).nullish(),
  attachments: z.array(LinkSchema).nullish(),
});
const DaySchema = z.object({
  date: Text,
  day_start: Text,
  rooms: z.record(z.string(), z.array(EventSchema)),
});
const PretalxSchema = z.object({
  schedule: z.object({
    url: Text,
    conference: z.object({
      acronym: Text,
      title: Text,
      start: Text,
      end: Text,
      time_zone_name: Text,
      url: Text,
      days: z.array(DaySchema),
    }),
  }),
});

export function parsePretalxJson(text: string, fileName: string): Schedule {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScheduleFileError(fileName, `not valid JSON (${describeError(error)}).`);
  }
  const parsed = PretalxSchema.safeParse(json);
  if (!parsed.success) {
    throw new ScheduleFileError(
      fileName,
      `not a pretalx/frab schedule JSON: ${firstIssue(parsed.error)}.`,
    );
  }
  const { conference, url } = parsed.data.schedule;
  const zone = isValidTimeZone(conference.time_zone_name ?? undefined)
    ? conference.time_zone_name!
    : undefined;
  const timed: TimedItem[] = [];
  const skipped: SkippedEntry[] = [];
  for (const day of conference.days) {
    for (const [roomName, events] of Object.entries(day.rooms)) {
      for (const event of events) {
        const result = frabEventToItem(toFrabLike(event, roomName, day), zone);
        if (isSkipped(result)) skipped.push(result);
        else timed.push(result);
      }
    }
  }
  const key = conference.acronym || conference.title;
  return finishSchedule({
    format: 'pretalx-json',
    conference: {
      ...(conference.title ? { title: conference.title } : {}),
      ...(zone ? { timeZone: zone } : {}),
      ...(dateOnly(conference.start) ? { starts: dateOnly(conference.start) } : {}),
      ...(dateOnly(conference.end) ? { ends: dateOnly(conference.end) } : {}),
      ...((conference.url ?? url) ? { url: (conference.url ?? url)! } : {}),
      ...(key ? { sourceKey: `schedule:${key}` } : {}),
    },
    timed,
    skipped,
  });
}

type PretalxEvent = z.infer<typeof EventSchema>;

function toFrabLike(
  event: PretalxEvent,
  roomName: string,
  day: z.infer<typeof DaySchema>,
): FrabLikeEvent {
  const id = event.code || event.guid || (event.id != null ? String(event.id) : undefined);
  const value = (text: string | null | undefined) => text?.trim() || undefined;
  return {
    scheduleId: id,
    title: value(event.title),
    date: value(event.date),
    start: value(event.start),
    duration: value(event.duration),
    room: value(event.room) ?? roomName,
    track: value(event.track),
    type: value(event.type),
    abstract: value(event.abstract),
    url: value(event.url),
    persons: (event.persons ?? []).map((p) => p.public_name || p.name || '').filter(Boolean),
    links: [...(event.links ?? []), ...(event.attachments ?? [])].map((l) => ({
      href: l.url,
      title: l.title ?? '',
    })),
    day: { date: value(day.date), start: value(day.day_start) },
  };
}

/** `2024-03-14` from a date or a date-time. */
function dateOnly(text: string | null | undefined): string | undefined {
  const match = /^\d{4}-\d{2}-\d{2}/.exec(text ?? '');
  return match?.[0];
}

/** The first problem zod found, on one line: what is wrong and where (`schedule.conference`). */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  return `${issue?.message ?? 'unexpected shape'}${where}`.replace(/\s+/g, ' ');
}
