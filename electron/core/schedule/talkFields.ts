import type { TalkInput, TalkMeta, TalkPatch } from '../../../shared/schemas';
import type { ScheduleItem } from '../../../shared/schedule/types';

/**
 * The front-matter fields a schedule owns. Everything else in a talk — its
 * notes, tags, links the user added — is the attendee's and stays as it is.
 */
export type ScheduleFields = Pick<
  TalkPatch,
  'title' | 'speakers' | 'kind' | 'track' | 'room' | 'starts' | 'ends' | 'links' | 'scheduleId'
>;

/** A new talk's fields from a schedule item. */
export function fieldsFromItem(item: ScheduleItem): TalkInput & ScheduleFields {
  const links = {
    ...(item.video ? { video: item.video } : {}),
    ...(item.slides ? { slides: item.slides } : {}),
    ...(item.url ? { page: item.url } : {}),
  };
  return {
    title: item.title,
    speakers: item.speakers,
    kind: item.kind,
    scheduleId: item.scheduleId,
    ...(item.track ? { track: item.track } : {}),
    ...(item.room ? { room: item.room } : {}),
    starts: item.starts,
    ...(item.ends ? { ends: item.ends } : {}),
    ...(Object.keys(links).length > 0 ? { links } : {}),
  };
}

/**
 * The patch that brings an existing talk in line with the schedule, and the
 * names of the fields it changes. A room or end the schedule dropped is
 * cleared (`''`); links are merged so the user's own stay.
 */
export function patchForItem(
  current: TalkMeta,
  item: ScheduleItem,
): { patch: ScheduleFields; changes: string[] } {
  const wanted = fieldsFromItem(item);
  const patch: ScheduleFields = {};
  const changes: string[] = [];
  const set = <K extends keyof ScheduleFields>(key: K, value: ScheduleFields[K]) => {
    const before = JSON.stringify(current[key as keyof TalkMeta] ?? '');
    if (before === JSON.stringify(value ?? '')) return;
    patch[key] = value;
    changes.push(key);
  };
  set('title', wanted.title);
  set('speakers', wanted.speakers);
  set('kind', wanted.kind);
  if (wanted.track) set('track', wanted.track);
  set('room', wanted.room ?? '');
  set('starts', wanted.starts);
  set('ends', wanted.ends ?? '');
  if (wanted.links) set('links', { ...current.links, ...wanted.links });
  return { patch, changes };
}
