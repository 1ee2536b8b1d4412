import { stringify } from 'yaml';
import type { ExportFlavor } from '../../../shared/ipc/export';
import { joinFrontMatter } from '../../../shared/markdown';
import { isWebUrl } from '../../../shared/webUrl';
import type { ConferenceMeta, Speaker, TalkMeta } from '../../../shared/schemas';
import { slugify } from '../library/fileNames';
import { dayOf, hugoDate, jekyllDate, obsidianDate } from './exportDates';
import { escapeHugoShortcodes } from './hugoShortcodes';

/**
 * Front matter in each flavour's conventions. Keys come in a fixed order and
 * only from the notes, so the output is the same on every run. YAML 1.1
 * quoting is used because Jekyll reads YAML 1.1: a talk titled "Yes" or "On"
 * must stay a string there.
 */
type Fields = Record<string, string | string[] | boolean | undefined>;

function speakerLabel(speaker: Speaker): string {
  return speaker.affiliation ? `${speaker.name} (${speaker.affiliation})` : speaker.name;
}

/** A talk's date: its start, else the conference's first day, else when the note was made. */
export function talkDate(talk: TalkMeta, conference: ConferenceMeta): string | undefined {
  return talk.starts ?? conference.starts ?? dayOf(talk.created);
}

export function talkFrontMatter(
  flavor: ExportFlavor,
  talk: TalkMeta,
  conference: ConferenceMeta,
): string | null {
  const date = talkDate(talk, conference);
  const speakers = talk.speakers.length > 0 ? talk.speakers.map(speakerLabel) : undefined;
  const links = {
    video: webUrlOrNothing(talk.links?.video),
    slides: webUrlOrNothing(talk.links?.slides),
    page: webUrlOrNothing(talk.links?.page),
  };
  switch (flavor) {
    case 'plain':
      return null;
    case 'hugo':
      return yaml({
        title: talk.title,
        date: date && hugoDate(date),
        tags: talk.tags,
        categories: [conference.title],
        speakers,
        conference: conference.title,
        ...links,
      });
    case 'jekyll':
      return yaml({
        layout: 'post',
        title: talk.title,
        date: date && jekyllDate(date),
        categories: [slugify(conference.title)],
        tags: talk.tags,
        speakers,
        conference: conference.title,
        ...links,
      });
    case 'obsidian':
      return yaml({
        title: talk.title,
        date: date && obsidianDate(date),
        conference: conference.title,
        speakers,
        kind: talk.kind,
        track: talk.track,
        room: talk.room,
        tags: obsidianTags(talk.tags),
        ...links,
      });
  }
}

/** A conference's own front matter; a post's `tags` also gather its talks' tags. */
export function conferenceFrontMatter(
  flavor: ExportFlavor,
  conference: ConferenceMeta,
  tags: string[] = conference.tags,
): string | null {
  const date = conference.starts;
  switch (flavor) {
    case 'plain':
      return null;
    case 'hugo':
      return yaml({
        title: conference.title,
        date: date && hugoDate(date),
        tags,
        location: conference.location,
      });
    case 'jekyll':
      return yaml({
        layout: 'post',
        title: conference.title,
        date: date && jekyllDate(date),
        tags,
        location: conference.location,
      });
    case 'obsidian':
      return yaml({
        title: conference.title,
        date: date && obsidianDate(date),
        ends: conference.ends && obsidianDate(conference.ends),
        location: conference.location,
        url: webUrlOrNothing(conference.url),
        tags: obsidianTags(tags),
      });
  }
}

/**
 * A note's front matter (none for `plain`) and body as one file. Jekyll runs
 * every post through Liquid before Markdown, so a note quoting a Helm, Jinja
 * or Go template (`{{ .Values.tag }}`, `{% if %}`) would lose that text, or
 * stop the whole site's build with a Liquid syntax error; such a post says
 * `render_with_liquid: false` (Jekyll 4's switch), and shows its text as written.
 * Hugo runs shortcodes (`{{< >}}`, `{{% %}}`) written in a page's content; a
 * Hugo page has them escaped the way Hugo documents, so they show as written.
 */
export function withFrontMatter(flavor: ExportFlavor, yaml: string | null, body: string): string {
  if (yaml === null) return body;
  const liquid = flavor === 'jekyll' && /\{[{%]/.test(body);
  const content = flavor === 'hugo' ? escapeHugoShortcodes(body) : body;
  return joinFrontMatter(liquid ? `${yaml}render_with_liquid: false\n` : yaml, content);
}

/** Obsidian tags cannot hold spaces and must not be all digits. */
function obsidianTags(tags: string[]): string[] {
  return unique(
    tags
      .map((tag) => tag.trim().replace(/^#/, '').replace(/\s+/g, '-'))
      .filter((tag) => tag && !/^\d+$/.test(tag)),
  );
}

/**
 * A link field as published: web addresses only (shared/webUrl.ts). The
 * library already ignores anything else when it reads a file; this holds
 * for notes handed to the export by any other way too.
 */
function webUrlOrNothing(value: string | undefined): string | undefined {
  return isWebUrl(value) ? value : undefined;
}

export function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function yaml(fields: Fields): string {
  const present = Object.fromEntries(
    Object.entries(fields).filter(
      ([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  );
  return stringify(present, { version: '1.1', lineWidth: 0 });
}
