import type { Speaker } from './schemas';

/**
 * Speakers arrive as names in many shapes: "Jane Doe", "Jane Doe (Acme)",
 * "Jane Doe, John Roe & Ann Poe", or inside a calendar title as
 * "Title — Speaker".
 */

/** "Jane Doe (Acme)" → `{ name: 'Jane Doe', affiliation: 'Acme' }`. */
export function parseSpeaker(text: string): Speaker | undefined {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!trimmed) return undefined;
  const match = /^(.*\S)\s*\(([^()]+)\)$/.exec(trimmed);
  if (match) return { name: match[1], affiliation: match[2].trim() };
  return { name: trimmed };
}

/**
 * Splits a speaker list into its parts at `,` `;` `&` and ` and ` (or
 * und/en/et), never inside parentheses: "(Red Hat & Co)" is one affiliation.
 */
export function splitSpeakerList(text: string): string[] {
  const parts: string[] = [];
  const separators = /^(?:\s*[&,;]\s*|\s+(?:and|und|en|et)\s+)/;
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length;) {
    const char = text[i];
    const separator = depth === 0 ? separators.exec(text.slice(i)) : null;
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

/** "A (X), B & C" → speakers, taking every part as a name (people typed it as one). */
export function parseSpeakerList(text: string): Speaker[] {
  return splitSpeakerList(text)
    .map(parseSpeaker)
    .filter((s): s is Speaker => s !== undefined);
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
