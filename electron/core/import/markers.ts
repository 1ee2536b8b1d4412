import type { ListItem, Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { TalkMarker } from '../../../shared/ipc/importReview';
import { isPersonName } from '../../../shared/personName';
import { lineNodes, type Block } from './outline';
import { isSectionLine, WATCH_LINE } from './sectionWords';
import { speakersInBody } from './speakersInBody';
import { parseTalkLine, type TalkLine } from './talkLine';

/**
 * The ways a write-up marks its talks, and the candidates of each in one
 * document. Which of them really marks the talks is decided in
 * choosePattern.ts; here every block that could start a talk is found with
 * what speaks for it.
 */
/** A way of marking talks other than `none` (shared with the review and the CLI). */
export type PatternId = Exclude<TalkMarker, 'none'>;

export interface Marker {
  /** Index of the block that starts the talk. */
  block: number;
  line: TalkLine;
  /** The block's first line is (or holds) a link, or its section points at a video or slides. */
  linked: boolean;
  /** A section label (a day, "Introduction", "Keynotes"): never a talk. */
  section: boolean;
}

export function collectMarkers(
  blocks: Block[],
  titleBlock: number | null,
): Map<PatternId, Marker[]> {
  const found = new Map<PatternId, Marker[]>();
  const add = (pattern: PatternId, marker: Marker) =>
    found.set(pattern, [...(found.get(pattern) ?? []), marker]);
  const lettered = blocks.filter((b) => b.type === 'heading' && /^\p{Lu}[.)]\s/u.test(b.text));
  const letters = lettered.length >= 3;
  blocks.forEach((block, index) => {
    if (index === titleBlock) return;
    if (block.type === 'heading') {
      const line = withBodySpeakers(parseTalkLine(block.text, { letters }), blocks, index);
      add(`heading-${block.depth}` as PatternId, {
        block: index,
        line,
        linked: sectionLinks(blocks, index),
        // "### F." with nothing after the letter is an untitled talk in a lettered list.
        section: line.title === '' ? !line.numbered : isSectionLine(line.title),
      });
    } else if (block.type === 'paragraph') {
      const paragraph = block.node as Paragraph;
      const bold = boldLine(paragraph);
      if (bold !== null) {
        const line = withBodySpeakers(parseTalkLine(bold), blocks, index);
        add('bold-lines', {
          block: index,
          line,
          linked: sectionLinks(blocks, index),
          section: isSectionLine(line.title),
        });
      }
      const lead = leadLine(paragraph, blocks[index + 1]);
      if (lead) add('lead-lines', { block: index, ...lead });
    } else if (block.type === 'item') {
      const item = itemMarker(block.node as ListItem, index);
      if (item) add('list-items', item);
    }
  });
  return found;
}

/** The paragraph is one bold run (`**Samstag**`, `**Title — Speaker**`). */
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
  // A name on the next line says the whole first line is the title ("Removing Pythons Gil: The Gilectomy").
  const line = named
    ? {
        ...parseTalkLine(''),
        title: firstText.replace(/[\s:]+$/, ''),
        speakers: [{ name: second }],
      }
    : parseTalkLine(firstText);
  return { line, linked: isLink || watched, section: isSectionLine(line.title) };
}

/** A top-level list item that could be a talk: its first line, with a linked title if it has one. */
function itemMarker(item: ListItem, index: number): Marker | null {
  const first = item.children[0];
  const paragraph = first?.type === 'paragraph' ? first : firstParagraph(item);
  if (!paragraph) return null;
  const lineNodesOfItem = lineNodes(paragraph)[0] ?? [];
  // A link to a place in the page is a table of contents, not a talk.
  const link = lineNodesOfItem.find(
    (n): n is PhrasingContent & { type: 'link' } => n.type === 'link' && !n.url.startsWith('#'),
  );
  const text = lineNodesOfItem
    .map((n) => toString(n))
    .join('')
    .trim();
  let line = parseTalkLine(text);
  const linkText = link
    ? toString(link)
        .replace(/[\s.]+$/, '')
        .trim()
    : '';
  if (link && linkText.split(/\s+/).length >= 2 && !/^https?:/i.test(linkText)) {
    const inLink = parseTalkLine(linkText);
    const before = text.slice(0, text.indexOf(toString(link).trim())).trim();
    const after = text.slice(text.indexOf(toString(link).trim()) + toString(link).trim().length);
    const speakers =
      inLink.speakers.length > 0
        ? inLink.speakers
        : speakersBefore(before).length > 0
          ? speakersBefore(before)
          : speakersAfter(after);
    const kinded = parseTalkLine(before.replace(/[:\s]+$/, '') + ' x');
    line = {
      ...inLink,
      speakers,
      kind: kinded.kinded ? kinded.kind : inLink.kind,
      kinded: inLink.kinded || kinded.kinded,
      numbered:
        inLink.numbered ||
        kinded.numbered ||
        Boolean(item.children.length > 0 && first?.type === 'list'),
    };
    return { block: index, line, linked: true, section: false };
  }
  if (line.speakers.length === 0 && !line.kinded && !line.time) return null;
  if (line.title.split(/\s+/).length > 25)
    line = { ...line, title: line.title.split(/\s+/).slice(0, 12).join(' ') };
  return { block: index, line, linked: false, section: isSectionLine(line.title) };
}

function firstParagraph(item: ListItem): Paragraph | undefined {
  for (const child of item.children) {
    if (child.type === 'paragraph') return child;
    if (child.type === 'list') {
      const inner = child.children[0] && firstParagraph(child.children[0]);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** "Von H. Uhlig", "A. Scherbaum:", "… mit einem Vortrag von S. Kemter:" before a linked title. */
function speakersBefore(text: string) {
  const cleaned = text.replace(/[_*:\s]+$/, '').trim();
  const tail = /(?:^|\s)(?:von|by|par|por|de|door)\s+(.+)$/iu.exec(cleaned)?.[1];
  const candidate = (tail ?? parseTalkLine(cleaned + ' x').title.replace(/\s*x$/, ''))
    .replace(/[_*:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return isPersonName(candidate) ? [{ name: candidate }] : [];
}

/** "[Title](url) von Katrin Vogel: comment", "[Title](url), by Ann Poe." */
function speakersAfter(text: string) {
  const match = /^\s*,?\s*(?:von|by|par|por|de|di|door)\s+([^:;,.()]+?)\s*(?:[:;,.(]|$)/iu.exec(
    text,
  );
  const candidate = match?.[1].replace(/[_*]+/g, ' ').replace(/\s+/g, ' ').trim() ?? '';
  return isPersonName(candidate) ? [{ name: candidate }] : [];
}

/** A heading or bold line without speakers, whose talk names them on its first lines. */
function withBodySpeakers(line: TalkLine, blocks: Block[], index: number): TalkLine {
  if (line.speakers.length > 0) return line;
  const own: Block[] = [];
  for (
    let i = index + 1;
    i < blocks.length && own.length < 3 && blocks[i].type !== 'heading';
    i++
  ) {
    own.push(blocks[i]);
  }
  const speakers = speakersInBody(own);
  return speakers.length > 0 ? { ...line, speakers } : line;
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
