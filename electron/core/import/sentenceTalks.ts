import type { Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Speaker } from '../../../shared/schemas';
import { isPersonName } from '../../../shared/personName';
import type { Block } from './outline';

/**
 * Talks named only inside sentences, where the pattern is clear: a quoted
 * title beside a name the writer set in italics or bold (`_Jane Doe_
 * talked about "Title"`, `"Title" from _A_ and _B_`), or quoted, linked
 * titles right after a word for talks ("the keynotes [“A”], [“B”]").
 * Anything less clear is left to the review.
 */
export interface SentenceTalk {
  block: number;
  title: string;
  speakers: Speaker[];
  /** The sentence that names it, for the talk's notes. */
  sentence: string;
}

const NAME_OPEN = '\u0001';
const NAME_CLOSE = '\u0002';
const LINK_OPEN = '\u0003';
const LINK_CLOSE = '\u0004';
const QUOTE = new RegExp(
  `(${LINK_OPEN}?)["“„«]([^"“”„«»${NAME_OPEN}${LINK_OPEN}${LINK_CLOSE}]{2,200}?)["”“»](${LINK_CLOSE}?)`,
  'gu',
);
const NAME_TOKEN = new RegExp(`${NAME_OPEN}(\\d+)${NAME_CLOSE}`, 'gu');
const NAME_JOIN = /^\s*(?:,|&|and|et|und|y|e|en)\s*$/iu;
const AFTER = /^\s*,?\s*(?:from|by|with|par|avec|von|mit|por|con|de)\b[^"“”.;!?]{0,40}$/iu;
const TALK_WORD =
  /\b(?:talks?|keynotes?|sessions?|presentations?|présentations?|conférences?|vorträge?|vortrag|charlas?|ponencias?|interventi|workshops?|ateliers?)\b/iu;
const MAX_GAP_WORDS = 8;
const MIN_LINKED_TITLES = 3;

export function findSentenceTalks(blocks: Block[]): SentenceTalk[] {
  const talks: SentenceTalk[] = [];
  const paragraphsOf = (block: Block) =>
    block.type === 'paragraph'
      ? [block.node as Paragraph]
      : block.type === 'item'
        ? (block.node as { children: Array<{ type: string }> }).children.filter(
            (c): c is Paragraph => c.type === 'paragraph',
          )
        : [];
  // Quoted, linked titles written again and again through the prose are how this writer names talks.
  const linkedTitles = blocks
    .flatMap(paragraphsOf)
    .reduce(
      (sum, p) => sum + [...flatten(p.children, []).matchAll(QUOTE)].filter(isLinked).length,
      0,
    );
  const repeated = linkedTitles >= MIN_LINKED_TITLES;
  blocks.forEach((block, index) => {
    const paragraphs = paragraphsOf(block);
    for (const paragraph of paragraphs) talks.push(...inParagraph(paragraph, index, repeated));
  });
  return talks;
}

const isLinked = (match: RegExpMatchArray) => match[1] !== '' && match[3] !== '';

function inParagraph(paragraph: Paragraph, block: number, repeated: boolean): SentenceTalk[] {
  const names: string[] = [];
  const text = flatten(paragraph.children, names);
  const found: SentenceTalk[] = [];
  const used = new Set<number>();
  for (const match of text.matchAll(QUOTE)) {
    const title = match[2].replace(/\s+/g, ' ').trim();
    const words = title.split(' ').length;
    if (words > 25 || !/\p{L}/u.test(title)) continue;
    const start = match.index;
    const end = start + match[0].length;
    const after = namesAfter(text.slice(end), used);
    const before = after.length > 0 ? [] : namesBefore(text.slice(0, start), used);
    const chosen = after.length > 0 ? after : before;
    const sentenceStart = Math.max(0, text.lastIndexOf('. ', start) + 1);
    const linked = isLinked(match);
    if (
      chosen.length === 0 &&
      !(linked && (repeated || TALK_WORD.test(text.slice(sentenceStart, start))))
    ) {
      continue;
    }
    chosen.forEach((n) => used.add(n));
    const speakers =
      chosen.length > 0
        ? chosen.map((n) => ({ name: names[n] }))
        : plainNamesAround(readable(text.slice(0, start), names), readable(text.slice(end), names));
    found.push({
      block,
      title,
      speakers,
      sentence: readable(sentenceAround(text, start, end), names),
    });
  }
  return found;
}

/** The paragraph's text with names the writer emphasised, and link texts, marked. */
function flatten(nodes: PhrasingContent[], names: string[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'emphasis' || node.type === 'strong') {
      const value = toString(node).trim();
      if (isPersonName(value)) {
        text += `${NAME_OPEN}${names.length}${NAME_CLOSE}`;
        names.push(value);
        continue;
      }
      text += flatten(node.children, names);
    } else if (node.type === 'link') {
      text += `${LINK_OPEN}${toString(node)}${LINK_CLOSE}`;
    } else text += toString(node);
  }
  return text;
}

/** The run of names closest before the title ("_A_ and _B_ talked about"), if near enough. */
function namesBefore(text: string, used: Set<number>): number[] {
  const tokens = [...text.matchAll(NAME_TOKEN)];
  const last = tokens[tokens.length - 1];
  if (!last) return [];
  const gap = text.slice(last.index + last[0].length);
  if (gap.split(/\s+/).filter(Boolean).length > MAX_GAP_WORDS || /[.!?;]\s/.test(gap)) return [];
  if (/["“”„«»]/.test(gap)) return [];
  const run = [last];
  for (let i = tokens.length - 2; i >= 0; i--) {
    const between = text.slice(tokens[i].index + tokens[i][0].length, run[0].index);
    if (!NAME_JOIN.test(between)) break;
    run.unshift(tokens[i]);
  }
  const indexes = run.map((t) => Number(t[1]));
  return indexes.some((n) => used.has(n)) ? [] : indexes;
}

/** Names right after the title, introduced by "from", "by", "par", "von": `"Title" from our _A_ and _B_`. */
function namesAfter(text: string, used: Set<number>): number[] {
  const tokens = [...text.matchAll(NAME_TOKEN)];
  const first = tokens[0];
  if (!first || !AFTER.test(text.slice(0, first.index))) return [];
  const run = [first];
  for (let i = 1; i < tokens.length; i++) {
    const between = text.slice(
      run[run.length - 1].index + run[run.length - 1][0].length,
      tokens[i].index,
    );
    if (!NAME_JOIN.test(between)) break;
    run.push(tokens[i]);
  }
  return run.map((t) => Number(t[1])).filter((n) => !used.has(n));
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start) + 2, 0);
  const stop = text.indexOf('. ', end);
  return text.slice(from === 1 ? 0 : from, stop === -1 ? text.length : stop + 1).trim();
}

function readable(text: string, names: string[]): string {
  return text
    .replace(NAME_TOKEN, (_, n: string) => names[Number(n)])
    .replace(new RegExp(`[${LINK_OPEN}${LINK_CLOSE}]`, 'gu'), '');
}

/**
 * Names the writer did not set apart, where the sentence makes them the
 * talk's: right after it ("[“Title”](…) von Jane Doe"), or in the clause
 * just before it ("Jane Doe und Ann Poe erklärten in [“Title”](…)").
 */
function plainNamesAround(before: string, after: string): Speaker[] {
  const introduced = /^\s*,?\s*(?:from|by|von|par|por|de|di)\s+([^,;.:!?()]+)/iu.exec(after);
  const following = introduced ? namesIn(introduced[1], 'start') : [];
  if (following.length > 0) return following;
  const clause = before.split(/[.;:!?]\s|,\s/u).pop() ?? '';
  const words = clause.trim().split(/\s+/);
  return words.length <= MAX_GAP_WORDS + 4 ? namesIn(clause, 'end') : [];
}

/** Person names in a few words, joined by "and"; at their start, or ending at most three words before their end. */
function namesIn(text: string, where: 'start' | 'end'): Speaker[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const names: Speaker[] = [];
  let lastEnd = -1;
  for (let i = 0; i < words.length; i++) {
    if (NAME_JOIN.test(` ${words[i]} `) && names.length > 0 && lastEnd === i) continue;
    for (const size of [4, 3, 2]) {
      const candidate = words.slice(i, i + size).join(' ');
      if (i + size <= words.length && isPersonName(candidate)) {
        if (names.length > 0 && lastEnd !== i - 1 && lastEnd !== i) return [];
        names.push({ name: candidate });
        lastEnd = i + size;
        i += size - 1;
        break;
      }
    }
    if (where === 'start' && names.length === 0) return [];
    if (names.length > 0 && lastEnd <= i && !NAME_JOIN.test(` ${words[i]} `)) break;
  }
  if (names.length === 0) return [];
  if (where === 'end' && words.length - lastEnd > 3) return [];
  return names;
}
