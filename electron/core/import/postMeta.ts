import { parse as parseYaml } from 'yaml';
import { TALK_KINDS, type Speaker, type TalkKind } from '../../../shared/schemas';
import { isWebUrl, refusedUrlReason } from '../../../shared/webUrl';
import { ImportInputError } from './importError';

/**
 * What a post says about itself: Markdown front matter (Hugo, Jekyll,
 * Obsidian) or a feed entry's fields, reduced to what Confnotes keeps.
 */
export interface PostMeta {
  title?: string;
  /** `YYYY-MM-DD`: the post's date, a fair guess at the conference's day. */
  date?: string;
  tags: string[];
  /** A link to the post itself (a feed entry's link, a page's canonical URL). */
  link?: string;
  /** For one-talk notes: the conference they belong to. */
  conference?: string;
  speakers?: Speaker[];
  kind?: TalkKind;
  location?: string;
  slides?: string;
  video?: string;
  /** Link fields left out because they are not web addresses, in words for the report. */
  refused?: string[];
}

/** Reads YAML front matter; aliases are capped so a "billion laughs" document cannot expand. */
export function readFrontMatter(yaml: string, source: string): PostMeta {
  let data: unknown;
  try {
    data = parseYaml(yaml, { maxAliasCount: 50, prettyErrors: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ImportInputError(source, `invalid front matter: ${message}`);
  }
  if (data === null || data === undefined) return { tags: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ImportInputError(source, 'invalid front matter: expected keys and values');
  }
  const fields = data as Record<string, unknown>;
  const kind = text(fields.kind) ?? text(fields.type);
  const refused: string[] = [];
  const link = (name: string, value: unknown) => {
    const url = webUrl(value);
    if (url === undefined && text(value) !== undefined) refused.push(refusedUrlReason(name, value));
    return url;
  };
  return {
    title: text(fields.title),
    date: isoDate(fields.date ?? fields.starts ?? fields.published),
    tags: [...texts(fields.tags), ...texts(fields.categories), ...texts(fields.keywords)],
    link: link('url', fields.url ?? fields.link ?? fields.permalink),
    conference: text(fields.conference) ?? text(fields.event),
    speakers: speakers(fields.speakers ?? fields.speaker),
    kind: TALK_KINDS.find((k) => k === kind?.toLowerCase()),
    location: text(fields.location),
    slides: link('slides', fields.slides),
    video: link('video', fields.video),
    ...(refused.length > 0 ? { refused } : {}),
  };
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed.length > 0 ? trimmed.slice(0, 500) : undefined;
}

function texts(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return list.map(text).filter((t): t is string => t !== undefined);
}

/** `2021-10-28`, `2021-10-28T09:00:00+02:00` → `2021-10-28`. */
export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return value.toISOString().slice(0, 10);
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(text(value) ?? '');
  return match?.[1];
}

/** Only web addresses are kept as links (shared/webUrl.ts): never `javascript:` or `file:`. */
export function webUrl(value: unknown): string | undefined {
  const candidate = text(value);
  return isWebUrl(candidate) ? candidate : undefined;
}

function speakers(value: unknown): Speaker[] | undefined {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const result: Speaker[] = [];
  for (const item of list) {
    const entry = item as Record<string, unknown> | string;
    const written = typeof entry === 'string' ? entry : text(entry?.name);
    if (!written) continue;
    const match = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(written);
    const name = (match ? match[1] : written).trim();
    const affiliation =
      (match ? match[2].trim() : undefined) ??
      (typeof entry === 'object' ? text(entry.affiliation ?? entry.company) : undefined);
    if (name) result.push(affiliation ? { name, affiliation } : { name });
  }
  return result.length > 0 ? result : undefined;
}
