import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportInputError } from './importError';
import { isoDate, webUrl } from './postMeta';

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: a blog's own feed is the export most
 * people already have. Entities are never expanded and DOCTYPE declarations
 * with entities are refused outright, so neither "billion laughs" nor an
 * external entity can do anything; the five XML escapes and numeric
 * character references are decoded by hand.
 */
interface FeedEntry {
  /** The entry's id (Atom id, RSS guid), else its link: what a re-import recognises. */
  id: string;
  title: string;
  link?: string;
  /** The entry's link when it is not a web address (`javascript:…`): left out, and reported. */
  refusedLink?: string;
  date?: string;
  tags: string[];
  content: string;
  contentType: 'html' | 'text';
}

export interface Feed {
  title: string;
  entries: FeedEntry[];
}

/** A feed's entries are capped: a 20 MB feed holds a blog's whole life many times over. */
const MAX_ENTRIES = 5000;
const CONTENT = ['content', 'summary', 'description', 'encoded'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  // Entry bodies are kept as written (HTML, XHTML or CDATA) and decoded once, below.
  stopNodes: CONTENT.map((name) => `..${name}`),
  isArray: (name) => ['item', 'entry', 'category', 'link', 'subject'].includes(name),
  maxNestedTags: 200,
});

type XmlNode = Record<string, unknown>;

export function parseFeed(xml: string, source: string): Feed {
  if (/<!ENTITY/i.test(xml)) {
    throw new ImportInputError(
      source,
      'the feed declares XML entities (<!ENTITY>); they are never expanded, so the feed is refused',
    );
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new ImportInputError(source, `invalid XML at line ${line}, column ${col}: ${msg}`);
  }
  const document = parser.parse(xml) as XmlNode;
  const rss = (document.rss as XmlNode | undefined)?.channel as XmlNode | undefined;
  const rdf = document.RDF as XmlNode | undefined;
  const atom = document.feed as XmlNode | undefined;
  const channel = rss ?? (rdf?.channel as XmlNode | undefined) ?? atom;
  const items = (rss?.item ?? rdf?.item ?? atom?.entry) as XmlNode[] | undefined;
  if (!channel && !items) throw new ImportInputError(source, 'not an RSS or Atom feed');
  const list = items ?? [];
  if (list.length > MAX_ENTRIES) {
    throw new ImportInputError(
      source,
      `the feed has ${list.length} entries; at most ${MAX_ENTRIES} are imported at once`,
    );
  }
  return {
    title: textOf(channel?.title) || 'Imported feed',
    entries: list.map((item, index) => toEntry(item, index)),
  };
}

function toEntry(item: XmlNode, index: number): FeedEntry {
  const href = hrefOf(item.link);
  const link = webUrl(href);
  // An Atom title of type html may carry markup; the title is its words.
  const title =
    textOf(item.title)
      .replace(/<[^>]*>/g, '')
      .trim() || `Entry ${index + 1}`;
  const [body, type] = contentOf(item);
  return {
    id: textOf(item.id) || textOf(item.guid) || link || `#${index + 1}-${title}`,
    title,
    link,
    ...(href && !link ? { refusedLink: href } : {}),
    date: feedDate(
      textOf(item.published) || textOf(item.updated) || textOf(item.pubDate) || textOf(item.date),
    ),
    tags: [...listOf(item.category), ...listOf(item.subject)]
      .map((c) =>
        typeof c === 'object' && c ? textOf((c as XmlNode)['@_term']) || textOf(c) : textOf(c),
      )
      .filter((t) => t.length > 0),
    content: body,
    contentType: type,
  };
}

/** The fullest body an entry offers: Atom content, RSS content:encoded, then summaries. */
function contentOf(item: XmlNode): [string, 'html' | 'text'] {
  for (const name of ['content', 'encoded', 'description', 'summary']) {
    const value = item[name];
    if (value === undefined) continue;
    const raw =
      typeof value === 'object' && value
        ? textValue((value as XmlNode)['#text'])
        : textValue(value);
    const type = typeof value === 'object' && value ? textOf((value as XmlNode)['@_type']) : '';
    if (type === 'xhtml') return [raw, 'html'];
    const decoded = unwrapCdata(raw);
    if (decoded.trim()) return [decoded, type === 'text' ? 'text' : 'html'];
  }
  return ['', 'html'];
}

/** Atom links are elements with `href` (the `alternate` one is the post); RSS links are text. */
function hrefOf(value: unknown): string | undefined {
  const links = listOf(value);
  const alternate =
    links.find(
      (l) =>
        typeof l === 'object' && l && ['alternate', ''].includes(textOf((l as XmlNode)['@_rel'])),
    ) ?? links[0];
  const href =
    typeof alternate === 'object' && alternate
      ? ((alternate as XmlNode)['@_href'] ?? (alternate as XmlNode)['#text'])
      : alternate;
  return textOf(href).trim() || undefined;
}

/** RFC 822 (`Thu, 28 Oct 2021 14:30:00 +0200`) or ISO 8601, as the day it was written. */
function feedDate(value: string): string | undefined {
  const iso = isoDate(value);
  if (iso) return iso;
  const match = /(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+(\d{4})/i.exec(
    value,
  );
  if (!match) return undefined;
  const month = 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(match[2].toLowerCase()) / 3 + 1;
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value];
}

function textValue(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Text of a simple element, decoded and with runs of white space made one. */
function textOf(value: unknown): string {
  const raw =
    typeof value === 'object' && value ? textValue((value as XmlNode)['#text']) : textValue(value);
  return unwrapCdata(raw).replace(/\s+/g, ' ').trim();
}

/** CDATA sections are taken as they are; text around them has its escapes decoded. */
function unwrapCdata(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXmlEscapes(part)))
    .join('');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** One pass, so `&amp;lt;` becomes `&lt;` and never `<`. */
function decodeXmlEscapes(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos));/gi,
    (whole, dec: string, hex: string, name: string) => {
      if (name) return NAMED[name.toLowerCase()] ?? whole;
      const code = dec ? Number(dec) : parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    },
  );
}
