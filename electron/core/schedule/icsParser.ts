import ICAL from 'ical.js';
import { isKindWord, kindFromType } from '../../../shared/schedule/kind';
import { splitTitleAndSpeakers } from '../../../shared/speakers';
import { isValidTimeZone } from '../../../shared/schedule/timeZone';
import type { Schedule, SkippedEntry } from '../../../shared/schedule/types';
import { instantOf, speakersOf, textOf, titlePrefixType, tzidOf } from './icsFields';
import { describeError, ScheduleFileError } from './scheduleFileError';
import { type TimedItem, finishSchedule } from './scheduleBuilder';

/**
 * iCalendar (`.ics`) through ical.js: one talk per VEVENT. Time zones come
 * from the file's VTIMEZONE blocks when it has them, else from the TZID
 * name (IANA) through Intl; floating times are read in the calendar's
 * X-WR-TIMEZONE, else in `localZone` (a floating time means "local time").
 */
export function parseIcs(text: string, fileName: string, localZone: string): Schedule {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    throw new ScheduleFileError(fileName, `not a valid iCalendar file (${describeError(error)}).`);
  }
  if (calendar.name !== 'vcalendar') {
    throw new ScheduleFileError(
      fileName,
      'not an iCalendar file: it does not start with BEGIN:VCALENDAR.',
    );
  }
  const declaredZone = textOf(calendar.getFirstPropertyValue('x-wr-timezone'));
  const calendarZone = isValidTimeZone(declaredZone) ? declaredZone : undefined;
  const calendarName = textOf(calendar.getFirstPropertyValue('x-wr-calname'));
  const vevents = calendar.getAllSubcomponents('vevent');
  if (vevents.length === 0)
    throw new ScheduleFileError(fileName, 'the calendar has no events (VEVENT).');

  const timed: TimedItem[] = [];
  const skipped: SkippedEntry[] = [];
  const context = { floatingZone: calendarZone ?? localZone, calendarName };
  vevents.forEach((vevent, index) => {
    const result = readEvent(vevent, index, context);
    if ('reason' in result) skipped.push(result);
    else timed.push(result);
  });
  const zonesSeen = vevents
    .map((v) => tzidOf(v.getFirstProperty('dtstart')))
    .filter(isValidTimeZone);

  const timeZone = calendarZone ?? zonesSeen[0] ?? localZone;
  return finishSchedule({
    format: 'ics',
    conference: {
      ...(calendarName ? { title: calendarName } : {}),
      timeZone,
      ...(calendarName ? { sourceKey: `ics:${calendarName}` } : {}),
    },
    timed,
    skipped,
  });
}

/** One VEVENT as an item, or the reason it is left out. */
function readEvent(
  vevent: ICAL.Component,
  index: number,
  context: { floatingZone: string; calendarName: string },
): TimedItem | SkippedEntry {
  const summary = textOf(vevent.getFirstPropertyValue('summary'));
  const uid = textOf(vevent.getFirstPropertyValue('uid'));
  const skip = (reason: string): SkippedEntry => ({
    item: summary || uid || `event ${index + 1}`,
    reason,
  });
  if (
    vevent.hasProperty('rrule') ||
    vevent.hasProperty('rdate') ||
    vevent.hasProperty('recurrence-id')
  ) {
    return skip('recurring event: a schedule talk happens once, so series are not imported');
  }
  if (textOf(vevent.getFirstPropertyValue('status')).toUpperCase() === 'CANCELLED')
    return skip('cancelled');
  const dtstart = vevent.getFirstProperty('dtstart');
  const start = dtstart?.getFirstValue();
  if (!dtstart || !(start instanceof ICAL.Time)) return skip('no start time (DTSTART)');
  if (start.isDate) return skip('all-day event: it has no time slot');
  if (!uid) return skip('no UID, so a later import could not find it again');
  if (!summary) return skip('no title (SUMMARY)');
  let startMs: number;
  let endMs: number | undefined;
  try {
    startMs = instantOf(start, tzidOf(dtstart), context.floatingZone);
    const end = new ICAL.Event(vevent).endDate as ICAL.Time | null;
    const dtend = vevent.getFirstProperty('dtend') ?? dtstart;
    if (end && !end.isDate) endMs = instantOf(end, tzidOf(dtend), context.floatingZone);
  } catch (error) {
    return skip(describeError(error));
  }
  const categories = vevent
    .getAllProperties('categories')
    .flatMap((p) => p.getValues() as unknown[])
    .map(textOf)
    .filter(Boolean);
  const fromSummary = splitTitleAndSpeakers(summary);
  const type = categories.find(isKindWord) ?? titlePrefixType(fromSummary.title);
  const track = categories.find((c) => !isKindWord(c));
  const url = textOf(vevent.getFirstPropertyValue('url'));
  const location = textOf(vevent.getFirstPropertyValue('location'));
  const description = textOf(vevent.getFirstPropertyValue('description'));
  return {
    startMs,
    endMs,
    item: {
      scheduleId: uid,
      title: fromSummary.title,
      speakers: speakersOf(vevent, fromSummary.speakers, context.calendarName),
      kind: kindFromType(type),
      ...(type ? { type } : {}),
      ...(track ? { track } : {}),
      ...(location ? { room: location } : {}),
      ...(description ? { abstract: description } : {}),
      ...(url ? { url } : {}),
    },
  };
}
