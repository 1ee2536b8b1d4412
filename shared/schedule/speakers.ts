import type { Speaker } from '../schemas';

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

/** Splits "A, B & C" or "A and B" into speakers, keeping "(Org, Inc)" whole. */
export function parseSpeakerList(text: string): Speaker[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (char === ',' || char === '&' || char === ';')) {
      names.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  names.push(current);
  return names
    .flatMap((name) => name.split(/\s+and\s+/))
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
