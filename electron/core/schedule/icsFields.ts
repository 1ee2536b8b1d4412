import ICAL from 'ical.js';
import type { Speaker } from '../../../shared/schemas';
import { isKindWord } from '../../../shared/schedule/kind';
import { parseSpeaker, uniqueSpeakers } from '../../../shared/speakers';
import { isValidTimeZone, wallTimeToInstant } from '../../../shared/schedule/timeZone';

/** Reading single iCalendar properties: text, time zones, speakers, session types. */

export function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

export function tzidOf(property: ICAL.Property | null): string | undefined {
  const tzid = property?.getParameter('tzid');
  return typeof tzid === 'string' && tzid ? tzid : undefined;
}

/**
 * The instant of an ical.js time. ical.js resolves UTC and zones defined by
 * the file's VTIMEZONE; a TZID it does not know leaves the time "floating",
 * and then the IANA name is read through Intl.
 */
export function instantOf(time: ICAL.Time, tzid: string | undefined, floatingZone: string): number {
  const floating = time.zone === ICAL.Timezone.localTimezone || time.zone?.tzid === 'floating';
  if (!floating) return time.toUnixTime() * 1000;
  let zone = floatingZone;
  if (tzid) {
    // Some exporters write "/Europe/Berlin" or quote the name.
    const name = tzid.replace(/^\/+|"/g, '');
    if (!isValidTimeZone(name))
      throw new Error(`unknown time zone "${tzid}" and no VTIMEZONE for it`);
    zone = name;
  }
  const { year, month, day, hour, minute, second } = time;
  return wallTimeToInstant({ year, month, day, hour, minute, second }, zone);
}

/** Speakers: "Title — Speaker" first, else the attendees' names, else the organizer's. */
export function speakersOf(
  vevent: ICAL.Component,
  fromSummary: Speaker[],
  calendarName: string,
): Speaker[] {
  if (fromSummary.length > 0) return fromSummary;
  const named = (p: ICAL.Property) => textOf(p.getParameter('cn'));
  const attendees = vevent.getAllProperties('attendee').map(named).filter(Boolean);
  const organizers = vevent.getAllProperties('organizer').map(named).filter(Boolean);
  // An organizer named like the calendar is the conference itself, not a speaker.
  const names = attendees.length > 0 ? attendees : organizers.filter((n) => n !== calendarName);
  return uniqueSpeakers(
    names.map((name) => parseSpeaker(name)).filter((s): s is Speaker => s !== undefined),
  );
}

/** "Keynote: The Future" names its type; a plain title says nothing. */
export function titlePrefixType(title: string): string | undefined {
  const prefix = /^([^:]{2,30}):\s/.exec(title)?.[1];
  if (prefix && isKindWord(prefix)) return prefix;
  if (
    /^(coffee |lunch |morning |afternoon )?(break|lunch|breakfast|dinner|registration)\b/i.test(
      title,
    )
  ) {
    return 'break';
  }
  return undefined;
}
