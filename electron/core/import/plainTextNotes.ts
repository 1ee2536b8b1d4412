import type {
  Blockquote,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast';
import { parseTalkHeading } from './talkHeading';

/**
 * Plain-text notes (what people get when they copy a blog post or type into
 * a text editor) turned into a Markdown tree: the first line is the title,
 * talk headings become level-2 headings, short stand-alone lines become
 * sub-headings, `•`/`-`/`*`/`1.` lines become lists nested by indentation,
 * and a line starting with a dash right under a paragraph ("—Jane
 * Doe") turns that paragraph into an attributed quote. Building the
 * tree (rather than Markdown text) lets the one Markdown engine do all the
 * escaping: `<container>` or `*.jpg` in the notes stay words.
 */

const BULLET = /^(\s*)(?:[•◦▪‣·*–-]|(\d{1,3})[.)])\s+(.*\S)\s*$/;
const EMPTY_BULLET = /^\s*(?:[•◦▪‣·*–-]|\d{1,3}[.)])\s*$/;
const ATTRIBUTION = /^\s*[—–]\s*(\S.*)$/;
/** A web page's "Table of Contents" heading survives a copy without its entries. */
const ARTEFACT = /^(?:table of contents|contents)$/i;
/** A web address in running text; a trailing full stop or bracket belongs to the sentence. */
const URL_PATTERN = /https?:\/\/[^\s<>"“”]+[^\s<>"“”.,;:!?)\]]/g;

interface OpenList {
  indent: number;
  list: List;
}

export function plainTextToTree(text: string): Root {
  const root: Root = { type: 'root', children: [] };
  const out = root.children;
  let lists: OpenList[] = [];
  let previousLine = '';
  let seenTitle = false;

  for (const rawLine of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    // trimEnd, not /\s+$/: that pattern is quadratic in a long run of spaces inside a line.
    const line = rawLine.trimEnd();
    const trimmed = line.trim();
    if (trimmed === '') {
      previousLine = '';
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      addListItem(out, lists, bullet[1].replace(/\t/g, '    ').length, bullet[2], bullet[3]);
      previousLine = line;
      continue;
    }
    if (EMPTY_BULLET.test(line)) continue;
    lists = [];
    const last = out[out.length - 1];
    const attribution = ATTRIBUTION.exec(line);
    if (attribution && last?.type === 'paragraph') {
      out[out.length - 1] = quote(last, attribution[1]);
    } else if (!seenTitle && isTitleLine(trimmed)) {
      out.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: trimmed }] });
    } else if (parseTalkHeading(trimmed, 'dash')) {
      out.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: trimmed }] });
    } else if (ARTEFACT.test(trimmed) && !out.some((n) => n.type === 'heading' && n.depth === 2)) {
      // dropped: see ARTEFACT
    } else if (isSubHeading(trimmed)) {
      out.push({ type: 'heading', depth: 3, children: [{ type: 'text', value: trimmed }] });
    } else if (
      (last?.type === 'paragraph' || last?.type === 'heading') &&
      isWrapped(previousLine, trimmed)
    ) {
      // A long first line that goes on below was the start of a paragraph, not a title.
      const joined = paragraph(`${previousLine.trim()} ${trimmed}`);
      if (last.type === 'paragraph')
        last.children.push({ type: 'text', value: ' ' }, ...phrasing(trimmed));
      else out[out.length - 1] = joined;
    } else {
      out.push(paragraph(trimmed));
    }
    seenTitle = true;
    previousLine = line;
  }
  return root;
}

function addListItem(
  out: RootContent[],
  lists: OpenList[],
  indent: number,
  number: string | undefined,
  text: string,
): void {
  const outermost = lists[0];
  while (lists.length > 0 && lists[lists.length - 1].indent > indent) lists.pop();
  // Less indented than the list's first item, but still the same list ("  • a" then "- b").
  if (lists.length === 0 && outermost) {
    outermost.indent = indent;
    lists.push(outermost);
  }
  const item: ListItem = { type: 'listItem', spread: false, children: [paragraph(text)] };
  const top = lists[lists.length - 1];
  if (top && top.indent === indent) {
    top.list.children.push(item);
    return;
  }
  const ordered = number !== undefined;
  const list: List = { type: 'list', ordered, spread: false, children: [item] };
  if (ordered) list.start = Number(number);
  const parentItem = top?.list.children[top.list.children.length - 1];
  if (parentItem) parentItem.children.push(list);
  else out.push(list);
  lists.push({ indent, list });
}

function paragraph(value: string): Paragraph {
  return { type: 'paragraph', children: phrasing(value) };
}

/** Text with its bare web addresses as links, so they stay clickable and unescaped. */
function phrasing(value: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let from = 0;
  for (const match of value.matchAll(URL_PATTERN)) {
    if (match.index > from) nodes.push({ type: 'text', value: value.slice(from, match.index) });
    const url = match[0];
    nodes.push({ type: 'link', url, children: [{ type: 'text', value: url }] });
    from = match.index + url.length;
  }
  if (from < value.length) nodes.push({ type: 'text', value: value.slice(from) });
  return nodes;
}

function quote(said: Paragraph, who: string): Blockquote {
  return { type: 'blockquote', children: [said, paragraph(`— ${who.trim()}`)] };
}

/** The first line names the document when it is short and not a sentence. */
function isTitleLine(line: string): boolean {
  return line.length <= 120 && !/[.:;,]$/.test(line) && !parseTalkHeading(line, 'dash');
}

/** "Sidecar pattern", "Step one: listen", "How to measure uptime?": short, no full stop. */
function isSubHeading(line: string): boolean {
  const words = line.split(/\s+/).length;
  return (
    words <= 7 &&
    line.length <= 70 &&
    /^[\p{Lu}\p{N}#"“‘']/u.test(line) &&
    /[\p{L}\p{N})!?”"']$/u.test(line) &&
    !/[.!?] /.test(line) &&
    !line.includes('://')
  );
}

/** A hard-wrapped paragraph: the line before ran long without ending, this one goes on in lower case. */
function isWrapped(previous: string, line: string): boolean {
  return previous.length >= 60 && !/[.!?:;]$/.test(previous) && /^\p{Ll}/u.test(line);
}
