import type { Heading, Link, ListItem, Paragraph } from 'mdast';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { isPersonName } from '../../../shared/personName';
import { lineNodes, type Block } from './outline';
import { isSectionLine, WATCH_LINE } from './sectionWords';
import { speakersInBody } from './speakersInBody';
import { itemMarker } from './itemMarker';
import type { Marker, PatternId } from './markerTypes';
import { parseTalkLine, type TalkLine, type TalkLineOptions } from './talkLine';

/**
 * The ways a write-up marks its talks, and the candidates of each in one
 * document. Which of them really marks the talks is decided in
 * choosePattern.ts; here every block that could start a talk is found with
 * what speaks for it.
 */
export function collectMarkers(
  blocks: Block[],
  titleBlock: number | null,
  /** What the document calls itself (its title heading, else its metadata's title). */
  name = '',
): Map<PatternId, Marker[]> {
  const first = collect(blocks, titleBlock, name, {});
  // A document writes its speakers in one order: lines that read both ways follow it.
  const orders = { 'title-first': 0, 'speaker-first': 0 };
  const words = new Map<string, number>();
  for (const markers of first.values()) {
    for (const { line } of markers) {
      if (line.order !== 'none') orders[line.order] += 1;
      if (line.after) words.set(line.after, (words.get(line.after) ?? 0) + 1);
    }
  }
  const options: TalkLineOptions = {};
  if (orders['title-first'] + orders['speaker-first'] >= 2) {
    options.prefer =
      orders['speaker-first'] > orders['title-first'] ? 'speaker-first' : 'title-first';
  }
  // …and names them after one word ("by"), shown once by a line whose speaker reads as a name.
  const word = [...words].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (word && linesWith(blocks, word) >= 2) options.namesAfter = word;
  return options.prefer || options.namesAfter ? collect(blocks, titleBlock, name, options) : first;
}

/** How many headings and paragraphs hold the word between spaces. */
function linesWith(blocks: Block[], word: string): number {
  const pattern = new RegExp(`\\s${word}\\s`, 'iu');
  return blocks.filter((b) => b.type !== 'other' && pattern.test(b.firstLine)).length;
}

/**
 * Talks have titles of their own: a line written three times or more in one
 * document ("Q&A", "My notes", "Attendees" under every talk) labels a part of
 * each talk, whatever its words.
 */
function markRepeated(found: Map<PatternId, Marker[]>): void {
  // Counted over the whole document: a label set once at the wrong level is still that label.
  const all = [...found.values()].flat();
  const key = (m: Marker) => m.line.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const counts = new Map<string, number>();
  for (const marker of all) counts.set(key(marker), (counts.get(key(marker)) ?? 0) + 1);
  for (const marker of all) {
    if (key(marker) && (counts.get(key(marker)) ?? 0) >= 3) marker.section = true;
  }
}

function collect(
  blocks: Block[],
  titleBlock: number | null,
  name: string,
  options: Pick<TalkLineOptions, 'prefer' | 'namesAfter'>,
): Map<PatternId, Marker[]> {
  const found = new Map<PatternId, Marker[]>();
  const namesTheDocument = documentNames(titleBlock === null ? name : blocks[titleBlock].text);
  const add = (pattern: PatternId, marker: Marker) =>
    found.set(pattern, [...(found.get(pattern) ?? []), marker]);
  const lettered = blocks.filter((b) => b.type === 'heading' && /^\p{Lu}[.)]\s/u.test(b.text));
  const letters = lettered.length >= 3;
  blocks.forEach((block, index) => {
    if (index === titleBlock) return;
    if (block.type === 'heading') {
      const line = withBodySpeakers(
        parseTalkLine(block.text, { letters, ...options }),
        blocks,
        index,
      );
      add(`heading-${block.depth}` as PatternId, {
        block: index,
        line,
        linked: isOneLink(block) || sectionLinks(blocks, index),
        // "### F." with nothing after the letter is an untitled talk in a lettered list.
        section:
          line.title === ''
            ? !line.numbered
            : isSectionLine(line.title) ||
              namesTheDocument(line.title) ||
              isContents(blocks, index),
      });
    } else if (block.type === 'paragraph' || block.type === 'item') {
      const paragraph = block.type === 'paragraph' ? (block.node as Paragraph) : loneItem(block);
      const bold = paragraph ? boldLine(paragraph) : null;
      if (bold !== null) {
        const line = withBodySpeakers(parseTalkLine(bold, options), blocks, index);
        add('bold-lines', {
          block: index,
          line,
          linked: sectionLinks(blocks, index),
          section: isSectionLine(line.title),
        });
      }
      if (block.type === 'paragraph') {
        const lead = leadLine(block.node as Paragraph, blocks[index + 1]);
        if (lead) add('lead-lines', { block: index, ...lead });
      } else {
        const item = itemMarker(block.node as ListItem, index);
        if (item) add('list-items', item);
      }
    }
  });
  markRepeated(found);
  return found;
}

/**
 * A heading that only names the event the document is about (its title, or
 * the title's initials: "NFC" under "Nordic Frontend Conference 2020")
 * introduces it; it is not a talk.
 */
function documentNames(title: string): (text: string) => boolean {
  const words = title.match(/\p{Lu}[\p{L}\p{N}]*/gu) ?? [];
  const initials = words.map((w) => w[0]).join('');
  const key = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
  return (text) =>
    (initials.length >= 3 && text.trim() === initials) ||
    (title.length > 0 && key(text) === key(title));
}

/** A list of one item holding one paragraph (`- **Title**` between talks' notes) is that paragraph in list dress. */
function loneItem(block: Block): Paragraph | undefined {
  const item = block.node as ListItem;
  const [only] = item.children;
  return block.list?.children.length === 1 &&
    item.children.length === 1 &&
    only.type === 'paragraph'
    ? only
    : undefined;
}

/** The paragraph is one bold run (`**Saturday**`, `**Title — Speaker**`). */
function boldLine(paragraph: Paragraph): string | null {
  const children = paragraph.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (children.length !== 1 || children[0].type !== 'strong') return null;
  const text = toString(children[0]).trim();
  return text && !text.includes('\n') ? text : null;
}

/**
 * `[Title](video)` on a line of its own, or a short line with the speaker's
 * name or a "watch the talk" line right under it.
 */
function leadLine(paragraph: Paragraph, next: Block | undefined): Omit<Marker, 'block'> | null {
  const lines = lineNodes(paragraph).map((line) =>
    line.filter((n) => !(n.type === 'text' && !n.value.trim())),
  );
  const first = lines[0];
  if (!first) return null;
  const firstText = first
    .map((n) => toString(n))
    .join('')
    .trim();
  const isLink =
    first.length === 1 && first[0].type === 'link' && firstText.split(/\s+/).length >= 2;
  const second =
    lines[1]
      ?.map((n) => toString(n))
      .join('')
      .trim() ?? '';
  const words = firstText.split(/\s+/).length;
  const watched =
    WATCH_LINE.test(second) || (lines.length === 1 && WATCH_LINE.test(next?.firstLine ?? ''));
  const named = isPersonName(second);
  if (!isLink && !(words <= 15 && (watched || named) && !/[.:;]$/.test(firstText))) return null;
  // A name on the next line says the whole first line is the title ("Regex Dojo: Part Two").
  const line = named
    ? {
        ...parseTalkLine(''),
        title: firstText.replace(/[\s:]+$/, ''),
        speakers: [{ name: second }],
      }
    : parseTalkLine(firstText);
  return { line, linked: isLink || watched, section: isSectionLine(line.title) };
}

/** A heading or bold line without speakers, whose talk names them on its first lines. */
function withBodySpeakers(line: TalkLine, blocks: Block[], index: number): TalkLine {
  if (line.speakers.length > 0 && line.whole === undefined) return line;
  const own: Block[] = [];
  for (
    let i = index + 1;
    i < blocks.length && own.length < 3 && blocks[i].type !== 'heading';
    i++
  ) {
    own.push(blocks[i]);
  }
  const speakers = subHeadingSpeakers(blocks, index) ?? speakersInBody(own);
  if (speakers.length === 0) return line;
  return line.whole === undefined
    ? { ...line, speakers }
    : { ...line, title: line.whole, speakers, order: 'none', whole: undefined };
}

/** A heading right under a talk's heading that is only a person ("#### Jane Doe - @jdoe") names its speaker. */
function subHeadingSpeakers(blocks: Block[], index: number): TalkLine['speakers'] | undefined {
  const [heading, next] = [blocks[index], blocks[index + 1]];
  if (heading.type !== 'heading' || next?.type !== 'heading' || next.depth <= heading.depth) {
    return undefined;
  }
  const line = parseTalkLine(next.text);
  if (line.title === '' && line.speakers.length > 0) return line.speakers;
  return isPersonName(next.text) ? [{ name: next.text.trim() }] : undefined;
}

/** A heading over nothing but links into the page ("Indice", "Inhalt", "目次"): a table of contents. */
function isContents(blocks: Block[], index: number): boolean {
  let items = 0;
  for (let i = index + 1; i < blocks.length && blocks[i].type !== 'heading'; i++) {
    if (blocks[i].text.replace(/<[^>]*>/g, '').trim() === '') continue; // `<a name="x"></a>`
    if (blocks[i].type !== 'item') return false;
    const links: string[] = [];
    visit(blocks[i].node, 'link', (link: Link) => {
      links.push(link.url);
    });
    if (links.length === 0 || !links.every((url) => url.startsWith('#'))) return false;
    items += 1;
  }
  return items >= 2;
}

/** A heading that is one link ("### [Title by Speaker](talk page)") points at the talk it names. */
function isOneLink(block: Block): boolean {
  const children = (block.node as Heading).children.filter(
    (c) => !(c.type === 'text' && !c.value.trim()),
  );
  return children.length === 1 && children[0].type === 'link';
}

/** Whether the section a block starts (up to the next heading) holds a link to a video or slides. */
function sectionLinks(blocks: Block[], index: number): boolean {
  for (let i = index + 1; i < blocks.length && blocks[i].type !== 'heading'; i++) {
    const text = blocks[i].text;
    if (
      /youtu\.?be|vimeo|slideshare|speakerdeck|slides\.com|docs\.google\.com\/presentation|\.pdf\b/i.test(
        text,
      )
    )
      return true;
    if (WATCH_LINE.test(blocks[i].firstLine)) return true;
    if (hasVideoLink(blocks[i])) return true;
  }
  return false;
}

function hasVideoLink(block: Block): boolean {
  let found = false;
  const visit = (node: { type: string; url?: string; children?: unknown[] }) => {
    if (found) return;
    if (
      (node.type === 'link' || node.type === 'image') &&
      /youtu\.?be|vimeo|slideshare|speakerdeck|slides/i.test(node.url ?? '')
    )
      found = true;
    for (const child of (node.children ?? []) as Array<typeof node>) visit(child);
  };
  visit(block.node);
  return found;
}
