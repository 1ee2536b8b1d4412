import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../shared/markdown';
import { escapeHugoShortcodes } from '../../../electron/core/export/hugoShortcodes';
import { sharedNotesDir } from '../../helpers/sharedFixtures';
import { makeFixture, SHORTCODE_NOTES, type ExportFixture } from './exportFixture';

/**
 * Hugo runs `{{< >}}` and `{{% %}}` in a page's content as shortcodes, code
 * blocks included; a Hugo export writes them in Hugo's escaped form so the
 * page shows what the note says. realSites.test.ts checks the page a real
 * Hugo builds from them.
 */

describe('escapeHugoShortcodes', () => {
  it.each([
    ['{{< youtube x >}}', '{{</* youtube x */>}}'],
    ['{{% note %}}text{{% /note %}}', '{{%/* note */%}}text{{%/* /note */%}}'],
    ['a {{<x>}} b {{%y%}} c', 'a {{</*x*/>}} b {{%/*y*/%}} c'],
    ['{{< param\n  "a" >}}', '{{</* param\n  "a" */>}}'],
    // Everything up to the first closing delimiter is the comment's text, openers included.
    ['{{< a {{< b >}} c >}}', '{{</* a {{< b */>}} c >}}'],
    ['{{{< x >}}}', '{{{</* x */>}}}'],
    ['{{</>}}', '{{</*/*/>}}'],
    // Already escaped: left alone.
    ['{{</* youtube x */>}}', '{{</* youtube x */>}}'],
    ['{{%/* x */%}} and {{</* y */>}}', '{{%/* x */%}} and {{</* y */>}}'],
    // The escaped form as the post's Markdown writer puts it in prose: markers made plain.
    ['a {{%/\\* x \\*/%}} b', 'a {{%/* x */%}} b'],
    ['{{</\\* x */>}}', '{{</* x */>}}'],
    // Looks escaped, but Hugo reads `{{</*/>}}` as an unclosed comment: escaped anew.
    ['{{</*/>}}', '{{</*/*/*/>}}'],
    // Nothing closes it: a comment closed by an invisible HTML comment at the end.
    ['if a {{< b then\nc >\n', 'if a {{</* b then\nc >\n\n<!-- */>}} -->\n'],
    ['x {{%', 'x {{%/*\n\n<!-- */%}} -->\n'],
    ['{{< a >}} then {{< b', '{{</* a */>}} then {{</* b\n\n<!-- */>}} -->\n'],
    // Not shortcodes: Go, Liquid and Mustache templates stay as written.
    [
      '{{ .Values.tag }} {% if x %} <{{ x }}> {{- y -}}',
      '{{ .Values.tag }} {% if x %} <{{ x }}> {{- y -}}',
    ],
  ])('%j → %j', (input, output) => {
    expect(escapeHugoShortcodes(input)).toBe(output);
  });

  it('returns text without shortcode openers as it is', () => {
    for (const text of ['', 'plain', '{{ x }}', '{ {< x >}', '{{\n< x >}}', '{{ < x > }}']) {
      expect(escapeHugoShortcodes(text)).toBe(text);
    }
  });

  it("leaves the attendees' write-ups, which quote no shortcode, byte for byte", async () => {
    const dir = sharedNotesDir();
    const names = (await readdir(dir)).filter((name) => name.endsWith('.txt'));
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) {
      const text = await readFile(join(dir, name), 'utf8');
      expect(escapeHugoShortcodes(text)).toBe(text);
      // One quoted shortcode in the middle changes that and nothing else.
      const half = text.indexOf('\n', text.length / 2) + 1;
      const quoted = `${text.slice(0, half)}{{< tweet 1 >}}\n${text.slice(half)}`;
      const escaped = `${text.slice(0, half)}{{</* tweet 1 */>}}\n${text.slice(half)}`;
      expect(escapeHugoShortcodes(quoted)).toBe(escaped);
    }
  });
});

describe('exports', () => {
  let fixture: ExportFixture;
  beforeEach(async () => {
    fixture = await makeFixture();
    await fixture.setNotes(fixture.chaosId, SHORTCODE_NOTES);
  });
  afterEach(() => fixture.cleanup());

  async function exported(flavor: 'hugo' | 'jekyll' | 'obsidian' | 'plain', folder: boolean) {
    const { out, paths } = await fixture.exportConference(flavor, folder);
    const texts = await Promise.all(paths.map((path) => readFile(join(out, path), 'utf8')));
    return texts.map((text) => splitFrontMatter(text).body).join('\n');
  }

  it('Hugo: talk files and posts escape every shortcode, in text and code', async () => {
    for (const folder of [true, false]) {
      const body = await exported('hugo', folder);
      for (const escaped of [
        '{{</* youtube dQw4w9WgXcQ */>}}',
        '{{%/* note */%}}\nShortcodes with **Markdown** inside.\n{{%/* /note */%}}',
        '`{{</* figure src="/a.png" title="A > B" */>}}`',
        '{{</* highlight go "linenos=table" */>}}\nfmt.Println("hi")\n{{</* /highlight */>}}',
        '`{{</* gist spf13 7896402 */>}}`, or {{%/* param x */%}} in prose',
      ]) {
        expect(body).toContain(escaped);
      }
      expect(body.match(/\{\{[<%](?!\/\*)/g)).toBeNull();
    }
  });

  it("Hugo: the attendees' write-ups, quoting no shortcode, are exported byte for byte", async () => {
    const dir = sharedNotesDir();
    for (const name of (await readdir(dir)).filter((file) => file.endsWith('.txt'))) {
      await fixture.setNotes(fixture.chaosId, await readFile(join(dir, name), 'utf8'));
      const held = (await fixture.library.readTalk(fixture.chaosId)).body;
      const file = join(fixture.base, name.replace(/\.txt$/, '.md'));
      const request = { scope: { kind: 'talk' as const, id: fixture.chaosId }, destination: file };
      await fixture.exporter.run(fixture.request({ ...request, flavor: 'hugo' }));
      const { body } = splitFrontMatter(await readFile(file, 'utf8'));
      expect(body.length).toBeGreaterThan(10_000);
      expect(body).toBe(held.endsWith('\n') ? held : `${held}\n`);
    }
  });

  it('Hugo: the clipboard copy of a talk is escaped as well', async () => {
    const { markdown } = await fixture.exporter.talkMarkdown(fixture.chaosId, 'hugo');
    expect(markdown).toContain('{{</* youtube dQw4w9WgXcQ */>}}');
  });

  it.each(['jekyll', 'obsidian', 'plain'] as const)(
    '%s: the notes are exported as written',
    async (flavor) => {
      const body = await exported(flavor, true);
      expect(body).toContain(SHORTCODE_NOTES.trimEnd());
      expect(body).not.toContain('{{</* youtube');
    },
  );
});
