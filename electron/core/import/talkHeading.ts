import type { Speaker, TalkKind } from '../../../shared/schemas';
import { parseSpeakerList } from '../../../shared/speakers';

/**
 * Recognises the headings people write above their notes of one talk:
 * `Title — Speaker`, `Title — Speaker (Company)`, `Title — A and B`,
 * `Title — A (X) & B (Y)`, `Keynote: Title — Speaker`, `Title - Speaker`
 * (the "dash" style) and `Speaker: Title` (the "colon" style, weaker
 * evidence: "Step one: listen" looks the same, so callers only trust it
 * when a document uses it more than once).
 */
export interface TalkHeading {
  title: string;
  speakers: Speaker[];
  kind: TalkKind;
}

export type HeadingStyle = 'dash' | 'colon';

const MAX_HEADING_LENGTH = 250;

/** Spaced em or en dashes first: a hyphen is just as often part of a title ("Caching - a primer"). */
const STRONG_DASH = /\s+[—–]\s*|\s*[—–]\s+/g;
const HYPHEN = /\s+--?\s+/g;

const KIND_PREFIXES: Array<[RegExp, TalkKind]> = [
  [/^(?:opening |closing )?keynote\s*[:–—-]\s*/i, 'keynote'],
  [/^workshop\s*[:–—-]\s*/i, 'workshop'],
  [/^panel(?: discussion)?\s*[:–—-]\s*/i, 'panel'],
  [/^lightning(?: talk)?\s*[:–—-]\s*/i, 'lightning'],
  [/^open[ -]space\s*[:–—-]\s*/i, 'open-space'],
];

/** The heading's talk, or null when the line is not a talk heading in the given style. */
export function parseTalkHeading(text: string, style: HeadingStyle): TalkHeading | null {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length === 0 || line.length > MAX_HEADING_LENGTH) return null;
  return style === 'dash' ? parseDashStyle(line) : parseColonStyle(line);
}

function parseDashStyle(line: string): TalkHeading | null {
  for (const separator of [STRONG_DASH, HYPHEN]) {
    const last = lastMatch(line, separator);
    if (!last) continue;
    const title = line.slice(0, last.index);
    const speakers = parseSpeakerList(line.slice(last.index + last.length), { strict: true });
    // A title of its own is needed: "—Jane Doe" under a quote is an attribution.
    if (speakers.length > 0 && title.trim().length > 0) return withKind(title, speakers);
  }
  return null;
}

function parseColonStyle(line: string): TalkHeading | null {
  const colon = line.indexOf(': ');
  if (colon <= 0) return null;
  const speakers = parseSpeakerList(line.slice(0, colon), { strict: true });
  const title = line.slice(colon + 2).trim();
  // "Jane Doe: Not every test passes. But …" is a quote, not a talk.
  if (
    speakers.length === 0 ||
    title.length === 0 ||
    /[.:;]$/.test(title) ||
    /[.!?] \p{Lu}/u.test(title)
  ) {
    return null;
  }
  return withKind(title, speakers);
}

function withKind(rawTitle: string, speakers: Speaker[]): TalkHeading | null {
  let title = rawTitle.trim();
  let kind: TalkKind = 'talk';
  for (const [prefix, prefixKind] of KIND_PREFIXES) {
    const match = prefix.exec(title);
    if (match && match[0].length < title.length) {
      kind = prefixKind;
      title = title.slice(match[0].length).trim();
      break;
    }
  }
  if (title.length === 0 || title.endsWith(':')) return null;
  return { title, speakers, kind };
}

function lastMatch(line: string, pattern: RegExp): { index: number; length: number } | null {
  let found: { index: number; length: number } | null = null;
  for (const match of line.matchAll(pattern)) {
    found = { index: match.index, length: match[0].length };
  }
  return found;
}
