import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../electron/core/import/buildPlan';
import { detectFormat } from '../../../electron/core/import/detectFormat';
import { FIXTURES } from './importHelpers';

/** Our own small write-ups, one per format, in shapes and languages the shared corpus lacks. */
const FORMATS = join(FIXTURES, 'formats');

async function talksOf(file: string) {
  const plan = await buildPlan([join(FORMATS, file)]);
  expect(plan.skipped).toEqual([]);
  expect(plan.conferences).toHaveLength(1);
  const [conference] = plan.conferences;
  return {
    conference,
    talks: conference.talks.map((t) => [t.title, t.speakers.map((s) => s.name), t.kind]),
  };
}

describe('formats are known by their content', () => {
  it.each([
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', 'text', 'feed'],
    ['<!-- saved page -->\n<!DOCTYPE html><html></html>', undefined, 'html'],
    ['# Day one\n\n## Talk - Ann Poe\n\nText [link](https://x.example).', 'text', 'markdown'],
    [
      '= Title\n:revdate: 2020-01-01\n\n== Part\n\nlink:https://x.example[x]',
      'markdown',
      'asciidoc',
    ],
    ['#+TITLE: Notes\n\n* Day\n** Talk by Ann Poe\n', 'text', 'org'],
    ['Just words on a line.\n- a dash list is plain text too', 'text', 'text'],
    ['- [[wiki link]] in an Obsidian note', 'markdown', 'markdown'],
    ['not markup at all', 'html', 'text'],
  ] as const)('%j (extension says %s) is %s', (text, hint, kind) => {
    expect(detectFormat(text, hint)).toBe(kind);
  });

  it('reads an Atom feed saved with a .txt name as a feed', async () => {
    const { conference, talks } = await talksOf('feed-saved-as.txt');
    expect(conference.meta.starts).toBe('2022-09-19');
    expect(talks).toEqual([
      ['Borrowing without tears', ['Inês Carvalho'], 'talk'],
      ['Async in embedded', ['Tomasz Nowak'], 'talk'],
    ]);
  });

  it('reads a .txt written in Markdown, day headings and kind prefixes included', async () => {
    const { talks } = await talksOf('markdown-in-a.txt');
    expect(talks).toEqual([
      ['Small teams, big systems', ['Hannah Berg'], 'keynote'],
      ['Observability on a shoestring', ['Lars Eriksen'], 'talk'],
      ['Boring technology, revisited', ['Amara Okafor'], 'keynote'],
    ]);
  });

  it('reads AsciiDoc through Asciidoctor: title, revision date, sections, "by" and comma speakers', async () => {
    const { conference, talks } = await talksOf('meetup.adoc');
    expect(conference.meta.starts).toBe('2023-03-14');
    expect(talks).toEqual([
      ['Records in practice', ['Sigrid Haugen'], 'talk'],
      ['Virtual threads', ['Petter Lund'], 'talk'],
      ['Gradle without fear', ['Ingrid Solberg'], 'talk'],
    ]);
    expect(conference.talks[1].body).toContain('## What surprised us');
    expect(conference.talks[0].body).toContain('[the slides](https://example.org/records)');
  });

  it('reads org files: #+TITLE, #+DATE, level-2 headings under day sections', async () => {
    const { conference, talks } = await talksOf('emacsconf.org');
    expect(conference.meta.starts).toBe('2021-11-27');
    expect(talks).toEqual([
      ['Literate configuration', ['Rémi Garnier'], 'talk'],
      ['Agenda views at scale', ['Kaito Mori'], 'talk'],
      ['Capture templates that stay out of the way', ['Lucía Ferrer'], 'talk'],
    ]);
    expect(conference.talks[2].body).toContain('[capture examples](https://example.org/capture)');
  });
});
