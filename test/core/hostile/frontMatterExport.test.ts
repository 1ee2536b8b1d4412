import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  conferenceFrontMatter,
  talkFrontMatter,
  withFrontMatter,
} from '../../../electron/core/export/flavorFrontMatter';
import type { ExportFlavor } from '../../../shared/ipc/export';
import { splitFrontMatter } from '../../../shared/markdown';
import type { ConferenceMeta, TalkMeta } from '../../../shared/schemas';
import { NAME_CASES } from '../../fixtures/hostile/cases';
import { Tally } from '../../fixtures/hostile/tally';

/**
 * Titles and tags someone else chose, written into the front matter of an
 * export (electron/core/export/flavorFrontMatter.ts). Protection covered:
 * the values go through a YAML writer, never string templates, so every one
 * reads back as the same string and none can end the front matter early,
 * add a key, or reach the body, whichever fence rule the site generator
 * uses (Jekyll also ends front matter at `...`). Hugo and Jekyll never run
 * templates inside front matter values; a Jekyll body quoting `{{` or `{%`
 * gets `render_with_liquid: false` (jekyllrb.com, Liquid: Jekyll 4.0+) so
 * Liquid does not run it.
 */
const HOSTILE_VALUES = [
  '<script>alert(1)</script>',
  `"double" and 'single' quotes`,
  'first line\nsecond line',
  'title\n---\nlayout: pwned',
  '---',
  '...',
  'x\n...\ninjected: true',
  '{{ site.github.token }}',
  '{% include ../../etc/passwd %}',
  '{{< youtube abc >}} and {{% notice %}}',
  'key: value',
  '- a list?',
  '# a comment?',
  '*alias',
  '&anchor x',
  '!!js/function "return 1"',
  '? complex key',
  '| literal',
  '> folded',
  'Yes',
  'on',
  'null',
  '~',
  '1e3',
  '0x1F',
  '2024-03-19',
  'tab\there',
  'line\u2028separator',
  'crlf\r\n---\r\ninjected: true',
  ' leading and trailing ',
  '@at `backtick`',
  '%TAG ! tag:evil.example,2024:',
  ...NAME_CASES.map((c) => c.name),
];
const FLAVORS: ExportFlavor[] = ['hugo', 'jekyll', 'obsidian'];
const BODY = 'The notes.\n';
const tally = new Tally();
afterAll(() => tally.print());

const conference = (title: string): ConferenceMeta => ({
  id: 'c1',
  title,
  tags: [title, 'kubecon'],
  starts: '2024-03-19',
});
const talk = (title: string): TalkMeta => ({
  id: 't1',
  title,
  speakers: [{ name: title }],
  kind: 'talk',
  tags: [title],
});

/** Jekyll's own front-matter rule (YAML_FRONT_MATTER_REGEXP): ends at `---` or `...`. */
function jekyllSplit(file: string): { yaml: string; body: string } | null {
  const match = /^(---\s*\n[\s\S]*?\n?)^((?:---|\.\.\.)\s*$\n?)/m.exec(file);
  if (!match || match.index !== 0) return null;
  return { yaml: match[1].replace(/^---\s*\n/, ''), body: file.slice(match[0].length) };
}

function expectSafe(file: string, title: string, expected: Record<string, unknown>): void {
  const ours = splitFrontMatter(file);
  const jekyll = jekyllSplit(file);
  expect(ours.yaml).not.toBeNull();
  expect(jekyll?.yaml).toBe(ours.yaml);
  // Nothing of a value reaches the body; the body is exactly the note.
  expect(ours.body).toBe(BODY);
  expect(jekyll?.body.replace(/^\n/, '')).toBe(BODY);
  for (const version of ['1.1', '1.2'] as const) {
    const data = parse(ours.yaml!, { version }) as Record<string, unknown>;
    expect(data, `${JSON.stringify(title)} (YAML ${version})`).toMatchObject(expected);
    expect(Object.keys(data)).not.toContain('injected');
    expect(Object.keys(data)).not.toContain('layout: pwned');
  }
}

describe('front matter from hostile titles and tags', () => {
  it.each(HOSTILE_VALUES.map((value) => [JSON.stringify(value).slice(0, 60), value]))(
    '%s reads back as itself and stays in the front matter',
    (_name, value) => {
      tally.add('export front matter', value);
      for (const flavor of FLAVORS) {
        const talkYaml = talkFrontMatter(flavor, talk(value), conference(value));
        expectSafe(withFrontMatter(flavor, talkYaml, BODY), value, {
          title: value,
          conference: value,
        });
        const conferenceYaml = conferenceFrontMatter(flavor, conference(value));
        expectSafe(withFrontMatter(flavor, conferenceYaml, BODY), value, { title: value });
      }
      // Tags as the generators read them (Obsidian's lose spaces by design).
      const hugo = parse(
        splitFrontMatter(
          withFrontMatter('hugo', talkFrontMatter('hugo', talk(value), conference(value)), BODY),
        ).yaml!,
      ) as { tags: string[] };
      expect(hugo.tags).toEqual([value]);
    },
  );
});

describe('link fields in front matter', () => {
  it.each(FLAVORS)('%s: only web addresses are published', (flavor) => {
    tally.add('export front matter', `links ${flavor}`);
    const links = {
      video: 'javascript:alert(1)',
      slides: 'https://slides.example/deck.pdf',
      page: 'data:text/html,<script>alert(1)</script>',
    };
    const talkYaml = talkFrontMatter(flavor, { ...talk('Links'), links }, conference('Con'));
    const data = parse(splitFrontMatter(withFrontMatter(flavor, talkYaml, BODY)).yaml!) as Record<
      string,
      unknown
    >;
    expect(data.slides).toBe('https://slides.example/deck.pdf');
    expect(data).not.toHaveProperty('video');
    expect(data).not.toHaveProperty('page');
    const conferenceYaml = conferenceFrontMatter(flavor, {
      ...conference('Con'),
      url: 'vbscript:msgbox(1)',
    });
    expect(conferenceYaml ?? '').not.toContain('vbscript');
  });
});

describe('template syntax in a Jekyll body', () => {
  it.each([
    '{{ .Values.image.tag }}',
    '{% if user %}x{% endif %}',
    '{% endraw %} then {{ site.github.token }}',
    '```\n{{ page.title }}\n```',
  ])('%s: Liquid is switched off for that post only', (snippet) => {
    tally.add('export front matter', `liquid ${snippet}`);
    const body = `Helm values:\n\n${snippet}\n`;
    const file = withFrontMatter(
      'jekyll',
      talkFrontMatter('jekyll', talk('Helm'), conference('KubeCon')),
      body,
    );
    const { yaml, body: written } = splitFrontMatter(file);
    expect(parse(yaml!, { version: '1.1' })).toMatchObject({ render_with_liquid: false });
    expect(written).toBe(body);
    // Hugo runs no template over content written like this; nothing is added there.
    const hugo = withFrontMatter(
      'hugo',
      talkFrontMatter('hugo', talk('Helm'), conference('KubeCon')),
      body,
    );
    expect(hugo).not.toContain('render_with_liquid');
  });

  it('leaves Liquid on for a post without template syntax', () => {
    const file = withFrontMatter(
      'jekyll',
      talkFrontMatter('jekyll', talk('Plain'), conference('KubeCon')),
      BODY,
    );
    expect(file).not.toContain('render_with_liquid');
  });
});
