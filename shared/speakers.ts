import { isPersonName } from './personName';
import type { Speaker } from './schemas';

/**
 * The one speaker parser. Speakers arrive as names in many shapes: "Jane
 * Doe", "Jane Doe (Acme)", "Jane Doe, John Roe & Ann Poe", "Ann P from
 * Acme", or inside a title as "Title — Speaker".
 *
 * Lenient (the default) takes what a person typed into a speakers field as
 * names. Strict is for text that may not be names at all (the end of a
 * heading, a line under it): it answers nothing unless every part reads as
 * a person's name (see personName.ts), so "the container only has one
 * responsibility" after a dash never becomes a speaker.
 */
export interface SpeakerOptions {
  strict?: boolean;
}

/** "Jane Doe (Acme)", or in strict mode "Jane Doe from Acme", → name and affiliation; undefined when there is none. */
export function parseSpeaker(text: string, options: SpeakerOptions = {}): Speaker | undefined {
  const trimmed = withoutContacts(text).replace(/\s+/g, ' ').trim();
  if (!trimmed) return undefined;
  const bracketed = /^(.*\S)\s*\(([^()]+)\)$/.exec(trimmed);
  if (!options.strict) {
    return bracketed ? { name: bracketed[1], affiliation: bracketed[2].trim() } : { name: trimmed };
  }
  if (bracketed && isPersonName(bracketed[1])) {
    return { name: bracketed[1], affiliation: bracketed[2].trim() };
  }
  if (isPersonName(trimmed)) return { name: trimmed };
  // "Ann P from Acme", "Jane Doe - from Acme", "Jane Doe @ Acme" ("Jane Doe - Acme" could be a title).
  const from = /^(.*?\S)\s+(?:(?:[-–—,]\s*)?(?:from|at|of|chez|bei)|@)\s+(\p{Lu}.*)$/u.exec(
    trimmed,
  );
  if (from && isPersonName(from[1]) && from[2].split(/\s+/).length <= 4) {
    return { name: from[1], affiliation: from[2].trim() };
  }
  return undefined;
}

/** "Jane Doe @jdoe", "Jane Doe (@jdoe)", "Jane Doe - https://…": how to reach a person is not their name. */
function withoutContacts(text: string): string {
  return text
    .replace(/\(\s*@[\w.-]+\s*\)|(?:^|\s)@[\w.-]+(?=\s|$)/g, ' ')
    .replace(/\s+[-–—]?\s*(?:https?:\/\/|www\.)\S+\s*$/, ' ')
    .replace(/[\s,;:–—-]+$/u, '');
}

/**
 * Splits a speaker list into its parts at `,` `;` `&` `/` `、` and ` and `
 * (und/et/y/e/en), never inside parentheses: "(Red Hat & Co)" is one affiliation.
 */
export function splitSpeakerList(text: string): string[] {
  const parts: string[] = [];
  // Sticky: tried at each position without copying the rest of the text (linear, not quadratic).
  const separators = /\s*[&,;、・]\s*|\s+\/\s+|\s+(?:and|und|et|y|e|en|og|och|i)\s+/y;
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length;) {
    const char = text[i];
    separators.lastIndex = i;
    const separator = depth === 0 ? separators.exec(text) : null;
    if (separator) {
      parts.push(current);
      current = '';
      i += separator[0].length;
      continue;
    }
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    current += char;
    i++;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

/**
 * "A (X), B & C" → speakers. Lenient: every part is a name (people typed it
 * as one). Strict: none unless every part is a person's name; a company
 * after the names ("A, B, Acme") is their affiliation, not a speaker.
 */
export function parseSpeakerList(text: string, options: SpeakerOptions = {}): Speaker[] {
  const parts = splitSpeakerList(text);
  if (!options.strict) {
    return parts.map((p) => parseSpeaker(p)).filter((s): s is Speaker => s !== undefined);
  }
  const speakers: Speaker[] = [];
  for (const [index, part] of parts.entries()) {
    const speaker = parseSpeaker(part, options);
    if (speaker) speakers.push(speaker);
    else if (index === parts.length - 1 && index > 0 && isOrganisation(part)) {
      const last = speakers[speakers.length - 1];
      speakers[speakers.length - 1] = { ...last, affiliation: last.affiliation ?? part.trim() };
    } else return [];
  }
  return speakers;
}

/** One or two capitalised words with no sentence in them: "Acme", "Blue Owl". */
function isOrganisation(text: string): boolean {
  return /^\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s\p{Lu}[\p{L}\p{N}.&'’-]*)?$/u.test(text.trim());
}

/**
 * A calendar summary written as "Title — Speaker" (em or en dash with
 * spaces). A plain hyphen is not a separator: titles use it too often
 * ("Zero-downtime deploys - a primer").
 */
export function splitTitleAndSpeakers(summary: string): { title: string; speakers: Speaker[] } {
  const match = /^(.*\S)\s+[—–]\s+(.+)$/.exec(summary.trim());
  if (!match) return { title: summary.trim(), speakers: [] };
  return { title: match[1], speakers: parseSpeakerList(match[2]) };
}

/** Drops repeated names, keeping the first (ATTENDEE and ORGANIZER often list one person twice). */
export function uniqueSpeakers(speakers: Speaker[]): Speaker[] {
  const seen = new Set<string>();
  return speakers.filter((speaker) => {
    const key = speaker.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
