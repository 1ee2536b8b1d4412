import type { ListItem, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isPersonName, looksLikeGivenName } from '../../../shared/personName';
import type { Speaker } from '../../../shared/schemas';
import { parseSpeaker, parseSpeakerList, splitSpeakerList } from '../../../shared/speakers';
import { lineNodes, lines, type Block } from './outline';

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
    if (block.type === 'paragraph') {
      const opening = openingNames(block.node as Paragraph);
      if (opening.length > 0) return opening;
      const linked = linkedPeople(block.node as Paragraph);
      if (linked.length > 0) return linked;
    }
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

/** "and" between two names, in the languages notes are written in. */
const NAME_JOIN = /^\s*(?:,|&|and|et|und|y|e|en)\s*$/iu;

/**
 * A line of the notes that opens with people's names set apart (bold,
 * italics or links to them): "**Jane Doe** showed…", "[Ann Poe](…) et
 * [Tom Roe](…) ont…". The writer marks the speaker as the subject of the talk.
 */
function openingNames(paragraph: Paragraph): Speaker[] {
  for (const line of lineNodes(paragraph).slice(0, 2)) {
    const nodes = line.filter((n) => !(n.type === 'text' && !n.value.trim()));
    const names: Speaker[] = [];
    for (let i = 0; i < nodes.length; i += 2) {
      const node = nodes[i];
      if (node.type !== 'strong' && node.type !== 'emphasis' && node.type !== 'link') break;
      const name = toString(node).trim();
      if (!isPersonName(name)) break;
      names.push({ name });
      const joiner = nodes[i + 1];
      if (joiner?.type !== 'text' || !NAME_JOIN.test(joiner.value)) break;
    }
    if (names.length > 0) return names;
  }
  return [];
}

/**
 * People the first lines of a talk's notes link to ("organisée par [Ann
 * Poe](…) et [Tom Roe](…)", "the quickie by [Jane Doe](…)"): a writer links
 * the speakers to their pages. The first run of linked names, joined by "and".
 */
function linkedPeople(paragraph: Paragraph): Speaker[] {
  const nodes = paragraph.children.filter((n) => !(n.type === 'text' && !n.value.trim()));
  const isPerson = (n: (typeof nodes)[number]) => n.type === 'link' && isPersonName(toString(n));
  const first = nodes.findIndex(isPerson);
  if (first === -1) return [];
  const names: Speaker[] = [{ name: toString(nodes[first]).trim() }];
  for (let i = first + 1; i + 1 < nodes.length; i += 2) {
    const joiner = nodes[i];
    const name = nodes[i + 1];
    if (joiner.type !== 'text' || !NAME_JOIN.test(joiner.value) || !isPerson(name)) break;
    names.push({ name: toString(name).trim() });
  }
  return names;
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
