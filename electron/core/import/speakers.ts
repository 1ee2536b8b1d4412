import type { Speaker } from '../../../shared/schemas';
import { splitSpeakerList } from '../../../shared/speakers';

/**
 * Reading speaker names out of a talk heading. Headings are written by people
 * for people, so the rules are about what a name looks like: a few words that
 * start with a capital (or a particle such as "de" or "van"), no digits, no
 * sentence. Anything else means the line is not a talk heading at all.
 */

/** Lower-case words that belong inside names: "Jan de Vries", "Ludwig van Beethoven". */
const PARTICLES = new Set([
  'al',
  'bin',
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'el',
  'la',
  'le',
  'san',
  'st',
  'ten',
  'ter',
  'van',
  'von',
  'y',
  'zu',
]);

/** A capitalised word (O’Dell, Fong-Jones, J.), or a quoted nickname (“VikingOps”). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|["“'‘][\p{L}\p{M}\p{N} ._-]+["”'’])$/u;

const MAX_NAME_LENGTH = 60;

/** True when `text` reads as a person's name (at least two words, see the module note). */
export function isPersonName(text: string): boolean {
  const name = text.trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || /\d/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  let capitalised = 0;
  for (const word of words) {
    if (NAME_WORD.test(word)) capitalised += 1;
    else if (!PARTICLES.has(word.toLowerCase()) || word !== word.toLowerCase()) return false;
  }
  // "Jane Doe." ends a sentence; "John F." ends with an initial.
  const last = words[words.length - 1];
  return capitalised >= 2 && !(last.endsWith('.') && last.length > 2);
}

/** `Jane Doe (Acme Corp)` → name and affiliation; null when the name is not a name. */
export function parseSpeaker(text: string): Speaker | null {
  const match = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(text.trim());
  const name = (match ? match[1] : text).trim();
  const affiliation = match ? match[2].trim() : undefined;
  if (!isPersonName(name)) return null;
  return affiliation ? { name, affiliation } : { name };
}

/**
 * `A (X) & B (Y)`, `A and B`, `A, B and C` → speakers; null when any part
 * is not a name, so that "the container only has one responsibility" after a
 * dash never becomes a speaker.
 */
export function parseSpeakerList(text: string): Speaker[] | null {
  const speakers: Speaker[] = [];
  for (const part of splitSpeakerList(text)) {
    const speaker = parseSpeaker(part);
    if (!speaker) return null;
    speakers.push(speaker);
  }
  return speakers.length > 0 ? speakers : null;
}
