import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusedTarget } from '../../../electron/core/import/unsafeLinks';
import { isAllowedUrl } from '../../fixtures/hostile/dangers';
import { parseMarkdown } from '../../../shared/markdown';
import { LINK_CASES, linkMarkdown } from '../../fixtures/hostile/links';
import { importBench, type ImportBench } from './importHelpers';

/**
 * A Markdown file's own link targets through the real import service: the
 * ones the checked opener refuses are dropped on the way in (their words
 * stay) and named in the report; web, mail, relative and local file links
 * are kept, and so are the bytes of every block without a dropped link.
 */
let bench: ImportBench;
beforeEach(async () => {
  // A fresh library each test: the bench's folder goes after every test.
  bench = await importBench();
});
afterEach(() => bench.library.close());

/** Every link, image and definition target in a note, as the engine reads it. */
function targets(markdown: string): string[] {
  const found: string[] = [];
  const walk = (node: { url?: string; children?: unknown[] }) => {
    if (typeof node.url === 'string') found.push(node.url);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(parseMarkdown(markdown));
  return found;
}

async function importNote(name: string, text: string) {
  const path = join(bench.dir, `${name}.md`);
  await writeFile(path, text);
  const report = await bench.importer.run({ paths: [path] });
  const talk = report.conferences.flatMap((c) => c.talks)[0];
  if (!talk?.id) throw new Error(`${name} was not imported: ${JSON.stringify(report.skipped)}`);
  return { path, report, body: (await bench.library.readTalk(talk.id)).body };
}

describe('importing a note with script and share links', () => {
  it('drops the targets the opener refuses, keeps their words, and reports each', async () => {
    const text = [
      '# Keynote',
      '',
      'Kept as written: **bold** and [the slides](https://example.com/slides.pdf).',
      '',
      'Watch [the demo](javascript:alert(1)) and [the share](smb://attacker.example/s/x.exe).',
      '',
      '> Quoted [deeper](JaVaScRiPt:alert(2)) and <vbscript:msgbox(1)>',
      '',
      'A [reference][evil] and mail [me](mailto:me@example.com), [notes](other-note.md#q).',
      '',
      '[evil]: data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      '',
      'Local [file](file:///home/me/slides.pdf).',
      '',
    ].join('\n');
    const { path, report, body } = await importNote('links', text);
    expect(targets(body).filter((url) => refusedTarget(url) !== null)).toEqual([]);
    for (const words of ['the demo', 'the share', 'deeper', 'A [reference][evil]'])
      expect(body).toContain(words);
    // Blocks without a dropped link keep their bytes.
    expect(body).toContain(
      'Kept as written: **bold** and [the slides](https://example.com/slides.pdf).',
    );
    expect(targets(body)).toEqual([
      'https://example.com/slides.pdf',
      'mailto:me@example.com',
      'other-note.md#q',
      'file:///home/me/slides.pdf',
    ]);
    const dropped = report.skipped.filter((s) => s.source === path).map((s) => s.reason);
    expect(dropped).toHaveLength(5);
    expect(dropped.join('\n')).toMatch(
      /"javascript:alert\(1\)" not kept .*javascript: are not opened/,
    );
    expect(dropped.join('\n')).toContain('smb:');
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it.each(LINK_CASES.filter((c) => c.decision === 'refuse'))(
    '$id: $href never reaches the library',
    async (link) => {
      const text = `Slides: ${linkMarkdown(link)} after.\n`;
      const { body, report } = await importNote(`case-${link.id}`, text);
      expect(body).toContain(link.id);
      for (const url of targets(body)) expect(isAllowedUrl(url), url).toBe(true);
      // Where Markdown makes no such link of it (a CR ends the line, `\\` is an escaped
      // backslash, so a relative path) there is nothing to drop.
      if (!targets(text).every(isAllowedUrl)) expect(report.skipped.length).toBeGreaterThan(0);
    },
  );
});
