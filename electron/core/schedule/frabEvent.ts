import { kindFromType } from '../../../shared/schedule/kind';
import { parseInstant } from '../../../shared/schedule/moment';
import { parseSpeaker } from '../../../shared/speakers';
import type { Speaker } from '../../../shared/schemas';
import type { SkippedEntry } from '../../../shared/schedule/types';
import type { TimedItem } from './scheduleBuilder';

/**
 * pretalx's schedule JSON is the frab XML schedule written as JSON (the
 * c3voc schema), so both parsers read their file into this one shape and
 * share the rules for times, people and links.
 */
export interface FrabLikeEvent {
  scheduleId?: string;
  title?: string;
  /** ISO date-time, usually with an offset (newer exports). */
  date?: string;
  /** `HH:MM` on the day (older exports have only this). */
  start?: string;
  /** `HH:MM` or `HH:MM:SS`. */
  duration?: string;
  room?: string;
  track?: string;
  type?: string;
  abstract?: string;
  url?: string;
  persons: string[];
  links: Array<{ href: string; title: string }>;
  /** The day it is listed under: `date` is `YYYY-MM-DD`, `start` when that day begins (ISO). */
  day?: { date?: string; start?: string };
}

/** Turns one event into an item, or says why it is left out. */
export function frabEventToItem(
  event: FrabLikeEvent,
  zone: string | undefined,
): TimedItem | SkippedEntry {
  const name = event.title || event.scheduleId || 'an event without a title';
  if (!event.title) return { item: name, reason: 'no title' };
  if (!event.scheduleId)
    return { item: name, reason: 'no guid or id, so a later import could not find it again' };
  const startMs = startOf(event, zone);
  if (startMs === undefined) return { item: name, reason: 'no start time it could read' };
  const length = event.duration ? durationMs(event.duration) : undefined;
  if (event.duration && length === undefined) {
    return { item: name, reason: `duration "${event.duration}" is not HH:MM` };
  }
  const speakers = event.persons
    .map((person) => parseSpeaker(person))
    .filter((s): s is Speaker => s !== undefined);
  const video = event.links.find((l) =>
    /video|recording|youtube|vimeo|media\.ccc|stream/i.test(`${l.title} ${l.href}`),
  );
  const slides = event.links.find((l) =>
    /slide|deck|speakerdeck|slideshare|\.pdf$/i.test(`${l.title} ${l.href}`),
  );
  return {
    startMs,
    endMs: length ? startMs + length : undefined,
    item: {
      scheduleId: event.scheduleId,
      title: event.title,
      speakers,
      kind: kindFromType(event.type),
      ...(event.type ? { type: event.type } : {}),
      ...(event.track ? { track: event.track } : {}),
      ...(event.room ? { room: event.room } : {}),
      ...(event.abstract ? { abstract: event.abstract } : {}),
      ...(event.url ? { url: event.url } : {}),
      ...(video ? { video: video.href } : {}),
      ...(slides && slides !== video ? { slides: slides.href } : {}),
    },
  };
}

export function isSkipped(result: TimedItem | SkippedEntry): result is SkippedEntry {
  return 'reason' in result;
}

function startOf(event: FrabLikeEvent, zone: string | undefined): number | undefined {
  const dated = parseInstant(event.date, zone);
  if (dated !== undefined) return dated;
  const clock = /^(\d{1,2}):(\d{2})$/.exec(event.start ?? '');
  if (!clock || !event.day?.date) return undefined;
  const onDay = parseInstant(`${event.day.date}T${clock[1].padStart(2, '0')}:${clock[2]}:00`, zone);
  if (onDay === undefined) return undefined;
  // A conference day runs past midnight: 01:00 on "day 1" is the next calendar date.
  const dayStart = parseInstant(event.day.start, zone);
  return dayStart !== undefined && onDay < dayStart ? onDay + 24 * 3_600_000 : onDay;
}

function durationMs(text: string): number | undefined {
  const match = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const [, h, m, s] = match;
  return ((Number(h) * 60 + Number(m)) * 60 + Number(s ?? 0)) * 1000;
}
