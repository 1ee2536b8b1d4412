import { toZonedDate, toZonedIso } from '../../../shared/schedule/timeZone';
import type {
  Schedule,
  ScheduleConference,
  ScheduleFormat,
  ScheduleItem,
  SkippedEntry,
} from '../../../shared/schedule/types';

/** A parsed item before its times are written in the conference's zone. */
export interface TimedItem {
  startMs: number;
  endMs?: number | undefined;
  item: Omit<ScheduleItem, 'starts' | 'ends'>;
}

/** The most talks one schedule may hold: big festivals have a few thousand. */
export const MAX_ITEMS = 20_000;

/**
 * The step every parser ends with: times as ISO in the conference's zone,
 * one item per schedule id, time order, and the conference's first and last
 * day when the file did not give them.
 */
export function finishSchedule(parsed: {
  format: ScheduleFormat;
  conference: ScheduleConference;
  timed: TimedItem[];
  skipped: SkippedEntry[];
}): Schedule {
  const { format, conference, skipped } = parsed;
  const zone = conference.timeZone;
  const seen = new Set<string>();
  const timed = [...parsed.timed].sort((a, b) => a.startMs - b.startMs);
  const items: ScheduleItem[] = [];
  for (const { startMs, endMs, item } of timed) {
    if (seen.has(item.scheduleId)) {
      skipped.push({
        item: item.title,
        reason: `a second entry with schedule id ${item.scheduleId}`,
      });
      continue;
    }
    seen.add(item.scheduleId);
    items.push({
      ...item,
      starts: toZonedIso(startMs, zone),
      ...(endMs !== undefined && endMs > startMs ? { ends: toZonedIso(endMs, zone) } : {}),
    });
  }
  const first = timed[0];
  const last = timed.at(-1);
  return {
    format,
    conference: {
      ...conference,
      starts: conference.starts ?? (first ? toZonedDate(first.startMs, zone) : undefined),
      ends: conference.ends ?? (last ? toZonedDate(last.endMs ?? last.startMs, zone) : undefined),
    },
    items,
    skipped,
  };
}
