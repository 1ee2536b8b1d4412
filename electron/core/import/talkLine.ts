import { isPersonName } from '../../../shared/personName';
import { kindFromType } from '../../../shared/schedule/kind';
import type { Speaker, TalkKind } from '../../../shared/schemas';
import { parseSpeaker, parseSpeakerList, splitSpeakerList } from '../../../shared/speakers';

/**
 * Reads one line that may name a talk, in the many ways people write it:
 * a time or a number first (`10:30`, `3.`, `B.`), a kind (`Keynote -`,
 * `Vortrag:`), then the title and its speakers joined by a dash, `by`/`par`/
 * `von`/`por`, a comma or parentheses, or the speakers first (`Jane Doe -
 * Title`, `Jane Doe: Title`). Speakers must read as people's names (strict
 * parsing), so a title that merely contains a dash keeps it.
 */
export interface TalkLine {
  title: string;
  speakers: Speaker[];
  kind: TalkKind;
  /** `10:30`, when the line starts with a time. */
  time?: string;
  /** The line starts with `3.`, `B)`, `IV.`. */
  numbered: boolean;
  /** The line starts with a kind (`Keynote -`). */
  kinded: boolean;
  order: 'title-first' | 'speaker-first' | 'none';
  /** The word the speakers were read after ("by", "par"), lower-case. */
  after?: string;
  /**
   * The whole line as a title, when the speakers were read from a colon
   * ("Polyglot Builds: Why and How" looks like "Jane Doe: Title", "Rust++:
   * Going Beyond Safety" like "Title: Jane Doe"): a name given on the line
   * below wins over that guess.
   */
  whole?: string;
}

export interface TalkLineOptions {
  /** Read `A.`/`B.` as an enumerator (only where the document letters its headings). */
  letters?: boolean;
  /**
   * The document's own order (`Rust in Anger - Jane Doe` reads both ways): tried first with
   * every separator before the other order is tried at all.
   */
  prefer?: 'title-first' | 'speaker-first';
  /** Only this order (a linked title never starts with its speakers). */
  only?: 'title-first';
  /**
   * The word this document writes between its titles and speakers ("by",
   * "par"), once a line of it has shown a person after it: on its other lines
   * a short name after that word is a speaker even when it does not read as
   * a Western name ("by 玉", "by たけてぃ", "by jdoe").
   */
  namesAfter?: string;
}

const MAX_LINE = 300;
/** Longer than any list of names: a side this long is a sentence, not speakers. */
const MAX_SPEAKERS = 160;
/** `3.`, `IV)`, or an enumerator in brackets: `[03]`, `(3)`, `[03 ★] -`. */
const NUMBER =
  /^(?:(?:\d{1,3}|[IVX]{1,5})[.)]\s*(?=\S)|[[(]\s*(?:\d{1,3}|[IVX]{1,5})\b[^\]()]{0,6}[\])]\s*(?:[-–—:.]\s+)?)/;
const LETTER = /^\p{Lu}[.)](?:\s+|$)/u;
const TIME = /^\d{1,2}[:h.]\d{2}(?:\s*[-–—]\s*\d{1,2}[:h.]\d{2})?(?:\s*[-–—:|]\s*|\s+)/;
const KINDS = [
  '(?:opening|closing|ending)?\\s*key\\s*note',
  'lightning(?:\\s+talks?)?',
  'hands[-\\s]on',
  'workshop',
  'panel(?:\\s+discussion)?',
  'talk',
  'vortrag',
  'conférence',
  'charla',
  'ponencia',
  'plenary',
  'tutorial',
  'atelier',
  'taller',
  'session',
].join('|');
const KIND_PREFIX = new RegExp(`^(${KINDS})\\s*(?:[-–—:|]\\s*|\\s+-\\s+)`, 'iu');
const KIND_CLAUSE = new RegExp(`,\\s+[^,]*\\b(?:${KINDS}|presentation)[^,]*$`, 'iu');

/** Separators between title and speakers, strongest first. */
const SEPARATORS: Array<{ pattern: RegExp; speakerFirst: boolean }> = [
  { pattern: /\s+[—–]\s*|\s*[—–]\s+/g, speakerFirst: true },
  { pattern: /\s+--?\s+/g, speakerFirst: true },
  { pattern: /,?\s+(?:by|par|von|por|door|av|di)\s+/giu, speakerFirst: false },
  { pattern: /\s*,\s+/g, speakerFirst: false },
  { pattern: /:\s+/g, speakerFirst: true },
];

export function parseTalkLine(text: string, options: TalkLineOptions = {}): TalkLine {
  let rest = text.replace(/\s+/g, ' ').trim().slice(0, MAX_LINE);
  let numbered = false;
  let time: string | undefined;
  for (let again = true; again;) {
    again = false;
    const number = NUMBER.exec(rest) ?? (options.letters ? LETTER.exec(rest) : null);
    if (number) {
      numbered = true;
      rest = rest.slice(number[0].length).trim();
      again = true;
    }
    const clock = TIME.exec(rest);
    if (clock && !time) {
      time = clock[0]
        .trim()
        .replace(/[-–—:|]$/, '')
        .trim();
      rest = rest.slice(clock[0].length).trim();
      again = true;
    }
  }
  let kind: TalkKind = 'talk';
  let kinded = false;
  const prefix = KIND_PREFIX.exec(rest);
  if (prefix && prefix[0].length < rest.length) {
    kind = kindFromType(prefix[1]);
    kinded = true;
    rest = rest.slice(prefix[0].length).trim();
  }
  // "Jane Doe - Acme", "Jane Doe - @jdoe": a person and where they work or how to reach them.
  const person = parseSpeaker(rest, { strict: true });
  if (person && (person.affiliation || rest.replace(/\s+/g, ' ') !== person.name)) {
    return { title: '', speakers: [person], kind, numbered, kinded, order: 'none' };
  }
  const split = splitSpeakers(rest, options);
  const title = cleanTitle(split?.title ?? rest);
  return {
    title,
    speakers: split?.speakers ?? [],
    kind: kinded ? kind : kindFromTitle(title),
    ...(time ? { time } : {}),
    numbered,
    kinded,
    order: split?.order ?? 'none',
    ...(split?.colon ? { whole: cleanTitle(rest) } : {}),
    ...(split?.after ? { after: split.after } : {}),
  };
}

/** A bare "Keynote" is a keynote's title and its kind. */
function kindFromTitle(title: string): TalkKind {
  return /^(?:opening |closing )?key ?note$/i.test(title) ? 'keynote' : 'talk';
}

interface Split {
  title: string;
  speakers: Speaker[];
  order: 'title-first' | 'speaker-first';
  /** Read from "Speaker: Title", the weakest shape. */
  colon?: boolean;
  /** Read after a word ("by", "par"), lower-case. */
  after?: string;
}

function splitSpeakers(line: string, options: TalkLineOptions): Split | null {
  const parenthesised = /^(.*\S)\s*\(([^()]+)\)$/.exec(line);
  const { prefer, only } = options;
  if (prefer && !only) {
    // The document's order with any separator first, then the other: "Caching - The Hard
    // Parts by Jane Doe" in a document of "Title by Speaker" lines.
    const preferred = trySeparators(line, prefer === 'title-first' ? 'title' : 'speaker', true);
    if (preferred) return preferred;
  }
  const found = trySeparators(line, only ? 'title' : 'both', false);
  if (found) return found;
  if (parenthesised) {
    const speakers = parseSpeakerList(parenthesised[2], { strict: true });
    if (speakers.length > 0) return { title: parenthesised[1], speakers, order: 'title-first' };
  }
  return options.namesAfter ? namesAfterWord(line, options.namesAfter) : null;
}

/** "Title by 玉": the last place the document's word stands, with a short name after it. */
function namesAfterWord(line: string, word: string): Split | null {
  const matches = [...line.matchAll(new RegExp(`,?\\s+${word}\\s+`, 'giu'))];
  const match = matches[matches.length - 1];
  if (!match) return null;
  const title = line.slice(0, match.index).trim();
  const side = line.slice(match.index + match[0].length).trim();
  const names = splitSpeakerList(side).map((n) => n.trim());
  const short = (name: string) =>
    name.length > 0 &&
    name.length <= 40 &&
    name.split(/\s+/).length <= 4 &&
    !/^\p{Ll}/u.test(name) &&
    !/[.!?:;"“”()[\]]/.test(name);
  if (!title || names.length === 0 || !names.every(short)) return null;
  return { title, speakers: names.map((name) => ({ name })), order: 'title-first', after: word };
}

function trySeparators(
  line: string,
  orders: 'title' | 'speaker' | 'both',
  documentOrder: boolean,
): Split | null {
  for (const { pattern, speakerFirst } of SEPARATORS) {
    const matches = [...line.matchAll(pattern)];
    if (matches.length === 0) continue;
    const dash = speakerFirst && !pattern.source.startsWith(':');
    const titleFirst =
      orders !== 'speaker'
        ? ((dash ? speakerThenCompany(line, matches) : null) ??
          titleFirstSplit(line, matches, pattern.source.includes(',')))
        : null;
    const speakersFirst =
      orders !== 'title' && speakerFirst ? speakerFirstSplit(line, matches, documentOrder) : null;
    const found = titleFirst ?? speakersFirst;
    if (found) return pattern.source.startsWith(':') ? { ...found, colon: true } : found;
  }
  return null;
}

/** Commas separate speakers too, so the first comma that leaves a list of names wins; other separators, the last. */
function titleFirstSplit(line: string, matches: RegExpExecArray[], comma: boolean): Split | null {
  const ordered = comma ? matches : [...matches].reverse();
  for (const match of ordered) {
    const title = line.slice(0, match.index).trim();
    const side = line.slice(match.index + match[0].length);
    if (side.length > MAX_SPEAKERS) continue;
    const speakers = parseSpeakerList(side, { strict: true });
    if (title && speakers.length > 0 && !/[,:]$/.test(title)) {
      const word = /\p{L}+/u.exec(match[0])?.[0].toLowerCase();
      return { title, speakers, order: 'title-first', ...(word ? { after: word } : {}) };
    }
  }
  return null;
}

/**
 * "Title - Jane Doe - Acme": the last two dashes set off a person and where
 * they work (nobody writes two speakers apart with a dash), unless the last
 * part reads as a person itself ("Title -- Subtitle - Jane Doe").
 */
function speakerThenCompany(line: string, matches: RegExpExecArray[]): Split | null {
  if (matches.length < 2) return null;
  const [before, last] = matches.slice(-2);
  const title = line.slice(0, before.index).trim();
  const name = line.slice(before.index + before[0].length, last.index).trim();
  const company = line.slice(last.index + last[0].length).trim();
  const short = company.split(/\s+/).length <= 4 && !/[.!?:;]/.test(company);
  if (!title || !short || !isPersonName(name) || isPersonName(company) || /[,:]$/.test(title))
    return null;
  return { title, speakers: [{ name, affiliation: company }], order: 'title-first' };
}

/**
 * "Jane Doe - Title". A title that reads as sentences ("Jane Doe: Not every test passes. But…")
 * is a quote, unless the document writes its speakers first anyway.
 */
function speakerFirstSplit(
  line: string,
  matches: RegExpExecArray[],
  documentOrder: boolean,
): Split | null {
  for (const match of matches) {
    if (match.index > MAX_SPEAKERS) break;
    const speakers = parseSpeakerList(line.slice(0, match.index), { strict: true });
    const title = line.slice(match.index + match[0].length).trim();
    const sentences = /[.;]$/.test(title) || /[.!?] \p{Lu}/u.test(title);
    if (speakers.length > 0 && title && (!sentences || documentOrder)) {
      return { title, speakers, order: 'speaker-first' };
    }
  }
  return null;
}

/** Quotes around a title, a trailing colon, ", a workshop run by" after it: not the title. */
function cleanTitle(title: string): string {
  return title
    .replace(KIND_CLAUSE, '')
    .replace(/[\s:–—-]+$/u, '')
    .replace(/^["“„«‘'](.*)["”“»’']$/u, '$1')
    .trim();
}
