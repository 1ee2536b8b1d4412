import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportService } from '../../../electron/core/export/exportService';
import type { ExportFlavor } from '../../../shared/ipc/export';
import { splitFrontMatter } from '../../../shared/markdown';
import { makeFixture, type ExportFixture } from './exportFixture';

/**
 * What an export publishes of a note's raw HTML and link targets
 * (publishSafe.ts, rawHtml.ts), case by case: defused where something could
 * run, byte for byte where nothing can.
 */
let fixture: ExportFixture;
let exporter: ExportService;
beforeAll(async () => {
  fixture = await makeFixture();
  exporter = new ExportService(fixture.library);
});
afterAll(() => fixture.cleanup());

async function published(notes: string, flavor: ExportFlavor = 'hugo', keepHtml = false) {
  await fixture.setNotes(fixture.chaosId, notes);
  const { markdown, warnings } = await exporter.talkMarkdown(fixture.chaosId, flavor, keepHtml);
  return { body: splitFrontMatter(markdown).body, warnings: warnings.map((w) => w.code) };
}

describe('kept as written', () => {
  it.each([
    ['web links only', 'See [the slides](https://slides.example/a) and <https://example.com>.\n'],
    [
      'harmless HTML',
      'Press <kbd>Ctrl</kbd>+<kbd>K</kbd>.\n\n<details><summary>Q&amp;A</summary>\n\nAnswers.\n\n</details>\n',
    ],
    ['a summary divider', 'Intro.\n\n<!--more-->\n\nThe rest.\n'],
    ['a tag no HTML defines', 'Run `docker diff` on docker diff <container> to see changes.\n'],
    ['a data: image', '![dot](data:image/png;base64,iVBORw0KGgo=)\n'],
    ['scheme words in prose', 'The file: header and data: section of the form.\n'],
  ])('%s', async (_, notes) => {
    const { body, warnings } = await published(notes);
    expect(body).toBe(notes);
    expect(warnings).toEqual([]);
  });
});

describe('defused', () => {
  it.each([
    ['a script link', '[slides](javascript:alert(1))\n', 'slides\n', 'unsafe-link'],
    ['an upper-case scheme', '[x](JAVASCRIPT:alert(1))\n', 'x\n', 'unsafe-link'],
    ['an entity-spelt scheme', '[x](&#106;avascript:alert(1))\n', 'x\n', 'unsafe-link'],
    ['a file link', 'See [notes](file:///etc/passwd).\n', 'See notes.\n', 'unsafe-link'],
    ['an HTML data: link', '[x](data:text/html,hi)\n', 'x\n', 'unsafe-link'],
    ['an image with script', '![alt](javascript:alert(1))\n', 'alt\n', 'unsafe-link'],
    [
      'a definition',
      '[slides][1]\n\n[1]: vbscript:msgbox(1)\n',
      '[slides][1]\n\n[1]: <>\n',
      'unsafe-link',
    ],
    [
      'an inline handler',
      'Look <img src=x onerror="alert(1)"> here.\n',
      'Look \\<img src=x onerror="alert(1)"> here.\n',
      'raw-html',
    ],
    [
      'a script block',
      'Before.\n\n<script>alert(1)</script>\n\nAfter.\n',
      'Before.\n\n```html\n<script>alert(1)</script>\n```\n\nAfter.\n',
      'raw-html',
    ],
    [
      'a body handler',
      'x <body onload="alert(1)"> y\n',
      'x \\<body onload="alert(1)"> y\n',
      'raw-html',
    ],
  ])('%s', async (_, notes, expected, warning) => {
    const { body, warnings } = await published(notes);
    expect(body).toBe(expected);
    expect(warnings).toEqual([warning]);
  });

  it('keeps raw HTML as written when asked, and still drops script links', async () => {
    const notes = 'Look <img src=x onerror="alert(1)"> and [x](javascript:alert(1)).\n';
    const { body } = await published(notes, 'hugo', true);
    expect(body).toBe('Look <img src=x onerror="alert(1)"> and x.\n');
  });
});

describe('kramdown attribute lists (Jekyll)', () => {
  const notes =
    'A paragraph.\n{: onmouseover="alert(1)"}\n\nCode: `{: keep}` and {::nomarkdown}<b>x</b>{:/}\n';
  it('are written as text for Jekyll, in prose only', async () => {
    const { body, warnings } = await published(notes, 'jekyll');
    expect(body).not.toMatch(/(^|[^`]){:/m);
    expect(body).toContain('{\\: onmouseover="alert(1)"}');
    expect(body).toContain('`{: keep}`');
    expect(body).toContain('{\\::nomarkdown}');
    expect(warnings).toContain('raw-html');
  });

  it('are left alone for the other flavours, where they mean nothing', async () => {
    const { body } = await published(notes, 'hugo');
    expect(body).toBe(notes);
  });
});
