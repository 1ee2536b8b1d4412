import { parseSpeakerList } from '../../shared/speakers';
import type { Speaker, TalkKind } from '../../shared/schemas';

export interface TitleLine {
  title: string;
  speakers: Speaker[];
  kind?: TalkKind;
}

/**
 * Reads what a person types in the title field at the start of a talk:
 * `Gamification of Chaos Testing — Bram Vogelaar` (em dash, en dash or ` - `)
 * gives title and speaker, `Speaker (Company)` the affiliation, `A and B` two
 * speakers, and a leading `Keynote:` the kind. The last separator wins, so a
 * title may contain a dash itself (`Zero-downtime - a primer - Ann Poe`).
 */
export function parseTitleLine(text: string): TitleLine {
  let rest = text.replace(/\s+/g, ' ').trim();
  let kind: TalkKind | undefined;
  const prefix = /^(keynote|workshop|panel|lightning talk|lightning)\s*:\s*/i.exec(rest);
  if (prefix) {
    const word = prefix[1].toLowerCase();
    kind = word.startsWith('lightning') ? 'lightning' : (word as TalkKind);
    rest = rest.slice(prefix[0].length);
  }
  const separator = /\s+[—–]\s+|\s+-\s+/g;
  let last: RegExpExecArray | undefined;
  for (let match = separator.exec(rest); match; match = separator.exec(rest)) last = match;
  const withKind = (line: TitleLine): TitleLine => (kind ? { ...line, kind } : line);
  if (!last) return withKind({ title: rest, speakers: [] });
  const title = rest.slice(0, last.index).trim();
  const speakers = parseSpeakerList(rest.slice(last.index + last[0].length));
  if (!title || speakers.length === 0) return withKind({ title: rest, speakers: [] });
  return withKind({ title, speakers });
}

/** Speakers as one editable line: `Ann Poe (Acme), Bo Li`. */
export function formatSpeakers(speakers: readonly Speaker[]): string {
  return speakers.map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name)).join(', ');
}

/** The inverse of formatSpeakers; also accepts `&`, `;` and ` and `. */
export function parseSpeakers(text: string): Speaker[] {
  return parseSpeakerList(text);
}
