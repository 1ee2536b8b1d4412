import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isValidTimeZone } from '../../../shared/schedule/timeZone';
import type { Schedule, SkippedEntry } from '../../../shared/schedule/types';
import { type FrabLikeEvent, frabEventToItem, isSkipped } from './frabEvent';
import { type TimedItem, finishSchedule } from './scheduleBuilder';
import { describeError, ScheduleFileError } from './scheduleFileError';

/**
 * The frab/Pentabarf schedule XML (exported by frab, pretalx and many
 * others): schedule → conference, day[] → room[] → event[]. Entity and
 * DOCTYPE processing stay off, so a hostile file cannot expand itself or
 * reach out; only XML's five named entities and numeric references are
 * decoded, by hand, after parsing.
 */
/** A frab schedule is six elements deep (schedule, day, room, event, persons, person); far below harm. */
const MAX_XML_DEPTH = 64;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  trimValues: true,
  maxNestedTags: MAX_XML_DEPTH,
});

type XmlNode = Record<string, unknown>;

export function parseFrabXml(text: string, fileName: string): Schedule {
  if (/<!DOCTYPE[^>]*\[|<!ENTITY/i.test(text)) {
    throw new ScheduleFileError(
      fileName,
      'declares its own entities (DOCTYPE with an internal subset); refused for safety.',
    );
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new ScheduleFileError(
      fileName,
      `not well-formed XML: ${valid.err.msg} (line ${valid.err.line}).`,
    );
  }
  const root = parseXml(text, fileName);
  const schedule = root.schedule;
  if (!isNode(schedule)) {
    throw new ScheduleFileError(
      fileName,
      'not a frab/Pentabarf schedule: there is no <schedule> element.',
    );
  }
  const conference = isNode(schedule.conference) ? schedule.conference : {};
  const days = list(schedule.day);
  if (days.length === 0)
    throw new ScheduleFileError(fileName, 'the schedule has no <day> elements.');
  const zoneName = text_(conference.time_zone_name);
  const zone = isValidTimeZone(zoneName) ? zoneName : undefined;

  const timed: TimedItem[] = [];
  const skipped: SkippedEntry[] = [];
  for (const day of days) {
    for (const room of list(day.room)) {
      for (const event of list(room.event)) {
        const result = frabEventToItem(toFrabLike(event, attr(room, 'name'), day), zone);
        if (isSkipped(result)) skipped.push(result);
        else timed.push(result);
      }
    }
  }
  const title = text_(conference.title);
  const key = text_(conference.acronym) ?? title;
  const url = text_(conference.url) ?? text_(conference.base_url);
  return finishSchedule({
    format: 'frab-xml',
    conference: {
      ...(title ? { title } : {}),
      ...(zone ? { timeZone: zone } : {}),
      ...(dateOf(conference.start) ? { starts: dateOf(conference.start) } : {}),
      ...(dateOf(conference.end) ? { ends: dateOf(conference.end) } : {}),
      ...(url ? { url } : {}),
      ...(key ? { sourceKey: `schedule:${key}` } : {}),
    },
    timed,
    skipped,
  });
}

/** The parser's own errors, in a sentence that names the file and the reason. */
function parseXml(text: string, fileName: string): XmlNode {
  try {
    return parser.parse(text) as XmlNode;
  } catch (error) {
    const message = describeError(error);
    if (/nested tags/i.test(message)) {
      throw new ScheduleFileError(
        fileName,
        `its elements are nested more than ${MAX_XML_DEPTH} deep, which no schedule needs; refused for safety.`,
      );
    }
    throw new ScheduleFileError(fileName, `not well-formed XML: ${message}.`);
  }
}

function toFrabLike(event: XmlNode, roomName: string | undefined, day: XmlNode): FrabLikeEvent {
  const field = (name: string) => text_(event[name]);
  return {
    scheduleId: attr(event, 'guid') ?? attr(event, 'id'),
    title: field('title'),
    date: field('date'),
    start: field('start'),
    duration: field('duration'),
    room: field('room') ?? roomName,
    track: field('track'),
    type: field('type'),
    abstract: field('abstract'),
    url: field('url'),
    persons: childList(event.persons, 'person')
      .map(text_)
      .filter((n): n is string => !!n),
    links: [...childList(event.links, 'link'), ...childList(event.attachments, 'attachment')]
      .filter(isNode)
      .map((l) => ({ href: attr(l, 'href') ?? '', title: text_(l) ?? '' }))
      .filter((l) => l.href),
    day: { date: attr(day, 'date'), start: attr(day, 'start') },
  };
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A repeated element: fast-xml-parser gives one object, or an array when there are several. */
function list(value: unknown): XmlNode[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(isNode);
}

function childList(parent: unknown, name: string): unknown[] {
  if (!isNode(parent)) return [];
  const value = parent[name];
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function attr(node: XmlNode, name: string): string | undefined {
  const value = node[`@_${name}`];
  return typeof value === 'string' && value.trim() ? decodeXml(value.trim()) : undefined;
}

/** An element's text, whether it came as a string or as `{#text, @_attr}`. */
function text_(value: unknown): string | undefined {
  const raw = typeof value === 'string' ? value : isNode(value) ? value['#text'] : undefined;
  return typeof raw === 'string' && raw.trim() ? decodeXml(raw.trim()) : undefined;
}

function dateOf(value: unknown): string | undefined {
  return /^\d{4}-\d{2}-\d{2}/.exec(text_(value) ?? '')?.[0];
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's predefined entities and character references; anything else stays as written. */
function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}
