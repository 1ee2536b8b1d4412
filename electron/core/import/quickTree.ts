import type { Html, Root, RootContent } from 'mdast';
import { parseMarkdown } from '../../../shared/markdown';
import { reopenSwallowedMarkdown } from './swallowedMarkdown';
import { parseTalkHeading } from './talkHeading';

/**
 * Parsing is most of an import's work, and most notes of a vault are one
 * talk's notes with no talk heading and no image in them: all the import
 * needs of those is their bytes and, perhaps, their `# Title`. This reads
 * such notes without the full parse; any note that might hold more (a
 * heading that could name a talk, an image, a code fence, HTML, a setext
 * heading, an indented first line) goes through the one Markdown engine.
 * The tests hold the two paths to the same plans.
 */
const ATX = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const NEEDS_PARSER =
  /!\[|<img|```|~~~|\r|^(?: {4}|\t)|^ {0,3}[=-]+[ \t]*$|^ {1,3}#|^#{1,6}[ \t]*$|^ {0,3}</im;
/**
 * What the structural reader looks at besides headings (links, emphasis,
 * lists, a paragraph of several lines): a note holding any of them is parsed.
 */
const MAY_MARK_TALKS =
  /\]\(|\*\*|__|(?:^|\s)[*_]\S|^\s*(?:[-*+•]|\d{1,3}[.)])\s|\S[ \t]*\n[ \t]*\S/m;
/**
 * A short line standing alone at the top, not an ATX heading, may be the
 * note's title (see oneTalkNote.ts): the reader must see it as a paragraph.
 */
const SHORT_FIRST_LINE = /^(?!#{1,6}[ \t])[^\n]{1,160}[^.:;,!?\s]\n[ \t]*\n/;
/** Inline syntax in a heading: its words are only known after the parse. */
const INLINE = /[*_`[\]<>&\\!]/;
/**
 * Link targets (inline, reference definitions, autolinks). Unless each is
 * plainly a web link or a relative one, the parser must find the links so
 * the import can drop the targets the opener would refuse (unsafeLinks.ts).
 */
const LINK_TARGET =
  /\]\(\s*(<[^>\n]*>|[^\s)]*)|\]:[ \t]*(<[^>\n]*>|\S*)|<([a-z][a-z0-9+.-]*:[^\s<>]*)>/gi;
// Conservative: anything unusual (`&`, `@`, `\`, a port, `//` first) goes to the parser.
const URL_CHARS = String.raw`[\w\-./?=#%+~,;!*'$]`;
const PLAIN_TARGET = new RegExp(
  String.raw`^<?(?:https?://[\w-]+(?:\.[\w-]+)*(?:[/?#]${URL_CHARS}*)?|mailto:[\w.+-]+@[\w.-]+|(?!//)${URL_CHARS}*)>?$`,
  'i',
);

export function markdownTree(markdown: string): Root {
  return quickTree(markdown) ?? reopenSwallowedMarkdown(parseMarkdown(markdown), markdown);
}

/** The note as a title heading (if any) and one opaque block of its text; null when it needs the parser. */
export function quickTree(markdown: string): Root | null {
  const firstLine = markdown.replace(/^(?:[ \t]*\n)+/, '');
  if (
    SHORT_FIRST_LINE.test(firstLine) ||
    NEEDS_PARSER.test(markdown) ||
    MAY_MARK_TALKS.test(markdown) ||
    /^[ \t]/.test(firstLine) ||
    !plainLinks(markdown)
  )
    return null;
  const headings: Array<{ depth: number; text: string; offset: number; length: number }> = [];
  let offset = 0;
  for (const line of markdown.split('\n')) {
    const match = ATX.exec(line);
    if (match) {
      const text = match[2];
      if (INLINE.test(text) || parseTalkHeading(text, 'dash') || parseTalkHeading(text, 'colon')) {
        return null;
      }
      headings.push({ depth: match[1].length, text, offset, length: line.length });
    }
    offset += line.length + 1;
  }
  // Headings after the first may mark talks: the reader must see them all.
  if (headings.length > 1) return null;
  const children: RootContent[] = [];
  let start = markdown.length - markdown.trimStart().length;
  const first = headings[0];
  if (
    first &&
    first.offset === start &&
    !headings.some((h, i) => i > 0 && h.depth <= first.depth)
  ) {
    children.push({
      type: 'heading',
      depth: first.depth as 1,
      children: [{ type: 'text', value: first.text }],
      position: { start: point(first.offset), end: point(first.offset + first.length) },
    });
    start = first.offset + first.length;
    start += markdown.slice(start).length - markdown.slice(start).trimStart().length;
  }
  // The last line keeps its trailing spaces, as the parser's positions do; blank lines go.
  const end = markdown.replace(/\n(?:[ \t]*\n)*[ \t]*$/, '').length;
  if (end > start) children.push(opaque(markdown.slice(start, end), start, end));
  return { type: 'root', children };
}

/** Markdown left unparsed, standing for its own bytes (`position` says where they are). */
function opaque(value: string, start: number, end: number): Html {
  return { type: 'html', value, position: { start: point(start), end: point(end) } };
}

function point(offset: number) {
  return { line: 0, column: 0, offset };
}

/** Whether every link target in the note is plainly a web link or a relative one. */
function plainLinks(markdown: string): boolean {
  for (const match of markdown.matchAll(LINK_TARGET)) {
    const target = match[1] ?? match[2] ?? match[3] ?? '';
    if (!PLAIN_TARGET.test(target)) return false;
  }
  return true;
}
