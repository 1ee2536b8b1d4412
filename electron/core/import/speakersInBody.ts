import type { ListItem, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { looksLikeGivenName } from '../../../shared/personName';
import type { Speaker } from '../../../shared/schemas';
import { parseSpeaker, parseSpeakerList, splitSpeakerList } from '../../../shared/speakers';
import { lines, type Block } from './outline';

/**
 * Speakers named under a talk's title rather than in it: a `speaker: Jane
 * Doe` line or bullet (in several languages), `_by Jane Doe_`, or the name
 * alone on the first line. Only the first few blocks of a talk are read:
 * a name further down is someone the notes mention.
 */
const LABELLED =
  /^(?:speakers?|sprecher(?:in(?:nen)?)?|referent(?:in(?:nen)?)?|vortragende[rn]?|intervenant(?:e)?s?|orateurs?|oratrices?|ponentes?|conferenciantes?|relatori|relatore|presenters?|presented by|given by|by|par|von|por|登壇者|スピーカー)\s*[:：]?\s+(.+)$/iu;
const FIRST_BLOCKS = 3;

export function speakersInBody(blocks: Block[]): Speaker[] {
  for (const block of blocks.slice(0, FIRST_BLOCKS)) {
    if (block.type === 'heading') return [];
    for (const line of candidateLines(block)) {
      const labelled = LABELLED.exec(line);
      if (labelled) {
        const found = labelledSpeakers(labelled[1]);
        if (found.length > 0) return found;
        continue;
      }
      const plain = parseSpeakerList(line.replace(/^[_*]+|[_*]+$/g, ''), { strict: true });
      if (plain.length > 0 && line.split(/\s+/).length <= 12) return plain;
    }
  }
  return [];
}

/** The lines a speaker could be named on: a paragraph's first two, a list's first item. */
function candidateLines(block: Block): string[] {
  if (block.type === 'paragraph') return lines(block.node as Paragraph).slice(0, 2);
  if (block.type === 'item') {
    const item = block.node as ListItem;
    const first = item.children[0];
    const isFirstItem = block.list?.children[0] === item;
    if (!isFirstItem && !LABELLED.test(block.firstLine)) return [];
    return first?.type === 'paragraph' ? [lines(first)[0] ?? ''] : [toString(item)];
  }
  return [];
}

/** After "speaker:", people are named leniently (lower case too), but never a quotation. */
function labelledSpeakers(text: string): Speaker[] {
  const strict = parseSpeakerList(text, { strict: true });
  if (strict.length > 0) return strict;
  const parts = splitSpeakerList(text.replace(/\s*\([^()]*\)\s*$/, ''));
  const speakers: Speaker[] = [];
  for (const part of parts) {
    const speaker =
      parseSpeaker(part, { strict: true }) ??
      (looksLikeGivenName(part) ? { name: part.trim() } : undefined);
    if (!speaker) return [];
    speakers.push(speaker);
  }
  return speakers;
}
