import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { outline } from './outline';
import { speakersInBody } from './speakersInBody';
import { parseTalkLine, type TalkLine } from './talkLine';

/**
 * How a note about one talk names it when it has no title of its own (no
 * front matter title, no heading alone at its level): by what it opens with,
 * as a reader takes it. Its first heading, even when later headings share its
 * level (they are its sections), or a short first line standing alone; a
 * first line that is only a person ("Jane Doe - from Acme") names the speaker
 * and the line after it the talk; speakers named under the title count.
 */
export function noteHeading(nodes: RootContent[]): TalkLine | undefined {
  const content = nodes.filter((n) => toString(n).trim().length > 0);
  if (content.length < 2) return undefined;
  let first = leadingLine(content[0]);
  if (first === undefined) return undefined;
  let line = parseTalkLine(first);
  let rest = content.slice(1);
  if (line.title === '' && line.speakers.length > 0) {
    first = leadingLine(content[1]);
    if (first === undefined) return undefined;
    line = { ...parseTalkLine(first), speakers: line.speakers };
    rest = content.slice(2);
  }
  if (line.speakers.length > 0) return line;
  const speakers = speakersInBody(outline({ type: 'root', children: rest }));
  return { ...line, title: line.title || first, speakers };
}

function leadingLine(node: RootContent): string | undefined {
  if (node.type === 'heading') return toString(node).trim();
  if (node.type !== 'paragraph') return undefined;
  // "#\u00a0Title" (a no-break space typed after the hash) is a heading to its writer.
  const text = toString(node).trim();
  if (/^#[^\s#]/.test(text)) return undefined; // "#tag …": a tag, not a title
  const line = text.replace(/^#{1,6}[\s\u00a0]+/, '');
  const alone = !line.includes('\n') && !/[.:;,!?]$/.test(line);
  return alone && line.split(/\s+/).length <= 20 ? line : undefined;
}
