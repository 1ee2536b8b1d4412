import type { ListItem, Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isPersonName } from '../../../shared/personName';
import type { Marker } from './markerTypes';
import { lineNodes } from './outline';
import { isSectionLine } from './sectionWords';
import { parseTalkLine, type TalkLine } from './talkLine';

/**
 * List items as talks: `- [Title](url) von Jane Doe: comment`, `- 4. Vortrag:
 * Von J. Doe [Title](url)`, `- Title - Speaker`. A linked title is the
 * talk's title; speakers are read from it, or just before or after it.
 */
/** A top-level list item that could be a talk: its first line, with a linked title if it has one. */
export function itemMarker(item: ListItem, index: number): Marker | null {
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
  const speakerFirst = link && linkedSpeakerFirst(text, toString(link).trim());
  if (speakerFirst) return { block: index, line: speakerFirst, linked: true, section: false };
  if (link && linkText.split(/\s+/).length >= 2 && !/^https?:/i.test(linkText)) {
    const inLink = parseTalkLine(linkText, { only: 'title-first' });
    const before = text.slice(0, text.indexOf(toString(link).trim())).trim();
    const after = text.slice(text.indexOf(toString(link).trim()) + toString(link).trim().length);
    const speakers =
      inLink.speakers.length > 0
        ? inLink.speakers
        : speakersBefore(before).length > 0
          ? speakersBefore(before)
          : speakersAfter(after);
    // What stands before the link ("3. Vortrag:") says its kind and number.
    const kinded = parseTalkLine(`${before.replace(/[:\s]+$/, '')} x`);
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

/**
 * "[Jane Doe](her page) - Title. What she said…": the item opens with a link
 * to a person, then the talk's title up to the end of its first sentence.
 */
function linkedSpeakerFirst(text: string, linkText: string): TalkLine | null {
  if (!text.startsWith(linkText) || !isPersonName(linkText)) return null;
  const rest = /^\s*[-–—:]\s+(.+)$/su.exec(text.slice(linkText.length))?.[1];
  if (!rest) return null;
  const title = /^(.+?)(?:[.](?=\s|$)|$)/su.exec(rest)?.[1].trim() ?? '';
  if (!title || title.split(/\s+/).length > 20) return null;
  return { ...parseTalkLine(''), title, speakers: [{ name: linkText }], order: 'speaker-first' };
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

/** "Von J. Doe", "A. Poe:", "… mit einem Vortrag von J. Doe:" before a linked title. */
function speakersBefore(text: string) {
  // Emphasis marks the writer left unbalanced ("_von J. Doe: _") are not part of any name.
  const cleaned = text
    .replace(/[_*]+/g, ' ')
    .replace(/[:\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const tail = /(?:^|\s)(?:von|by|par|por|de|door)\s+(.+)$/iu.exec(cleaned)?.[1];
  const candidate = (tail ?? parseTalkLine(cleaned + ' x').title.replace(/\s*x$/, ''))
    .replace(/[_*:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return isPersonName(candidate) ? [{ name: candidate }] : [];
}

/** "[Title](url) von Jane Doe: comment", "[Title](url), by Ann Poe." */
function speakersAfter(text: string) {
  const match = /^\s*,?\s*(?:von|by|par|por|de|di|door)\s+([^:;,.()]+?)\s*(?:[:;,.(]|$)/iu.exec(
    text,
  );
  const candidate = match?.[1].replace(/[_*]+/g, ' ').replace(/\s+/g, ' ').trim() ?? '';
  return isPersonName(candidate) ? [{ name: candidate }] : [];
}
