import { toZonedDate, toZonedIso } from '../../../shared/schedule/timeZone';
import { isWebUrl, refusedUrlReason } from '../../../shared/webUrl';
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
  const { format, skipped } = parsed;
  const refused: SkippedEntry[] = [];
  const conference = withWebLinks(parsed.conference, conferenceLabel(parsed.conference), refused);
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
      ...withWebLinks(item, item.title || item.scheduleId, refused),
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
    ...(refused.length > 0 ? { refused } : {}),
  };
}

const LINK_FIELDS = { url: 'page', video: 'video', slides: 'slides' } as const;

/**
 * The item (or conference) without its link fields that are not web
 * addresses: a schedule is someone else's file, and `URL:javascript:…`
 * would otherwise become the talk's page link, then a link on a published
 * page. Each one left out is named in `refused`.
 */
function withWebLinks<T extends { url?: string; video?: string; slides?: string }>(
  entry: T,
  label: string,
  refused: SkippedEntry[],
): T {
  const kept = { ...entry };
  for (const [key, name] of Object.entries(LINK_FIELDS) as Array<
    [keyof typeof LINK_FIELDS, string]
  >) {
    const value = kept[key];
    if (value === undefined || isWebUrl(value)) continue;
    delete kept[key];
    refused.push({ item: label, reason: refusedUrlReason(name, value) });
  }
  return kept;
}

function conferenceLabel(conference: ScheduleConference): string {
  return conference.title ? `the conference ${conference.title}` : 'the conference';
}
