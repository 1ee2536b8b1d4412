import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleCases } from '../fixtures/hostile/schedules';
import { createArena, fingerprint, type Arena } from '../core/hostile/arena';
import { confnotes } from '../helpers/runCli';

/**
 * Refused inputs as a person meets them on the command line: one sentence
 * that names the file and the reason, exit status 1, and nothing written
 * (schedules: frabXmlParser.ts, readScheduleFile.ts; notes and feeds: the
 * import's own checks). And `export --keep-html`, the one way to publish raw
 * HTML as written.
 */
let arena: Arena;
const lib = () => arena.library;

beforeAll(async () => {
  arena = createArena('cli');
  expect((await confnotes('init', '--library', lib())).code).toBe(0);
});
afterAll(() => arena.cleanup());

/** The one line a refusal prints: `confnotes CMD: FILE: reason.` */
function expectOneSentence(err: string, command: string, file: string): void {
  const lines = err.trim().split('\n');
  expect(lines, err).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0].startsWith(`confnotes ${command}: `) || lines[0].startsWith('skipped ')).toBe(
    true,
  );
  expect(lines[0]).not.toMatch(/unexpected|Error:|\bat \S+:\d+/);
}

describe('refused schedules', () => {
  const refused = () =>
    scheduleCases({ marker: '/nonexistent', secret: '/nonexistent' }).filter(
      (c) => c.outcome === 'refused',
    );
  it.each(refused().map((c) => [c.id, c] as const))('%s: exit 1, one sentence', async (_, c) => {
    const file = join(arena.sources, c.fileName);
    await writeFile(file, c.content);
    const before = await fingerprint(lib());
    const run = await confnotes('schedule', 'import', file, '--library', lib());
    expect(run.code).toBe(1);
    expectOneSentence(run.err, 'schedule', c.fileName);
    expect(run.err).toMatch(c.reason!);
    expect(await fingerprint(lib())).toEqual(before);
  });
});

describe('refused notes', () => {
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++)
    laughs.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`,
    );
  it.each([
    ['yaml-aliases.md', `---\n${laughs.join('\n')}\ntitle: laughs\n---\n\nNotes.\n`, /alias/i],
    ['huge.md', `# Huge\n\n${'x'.repeat(21 * 1024 * 1024)}\n`, /MB/],
  ])('%s: exit 1, the file and the reason named', async (name, content, reason) => {
    const folder = join(arena.sources, 'notes-refused');
    await mkdir(folder, { recursive: true });
    const file = join(folder, name);
    await writeFile(file, content);
    const before = await fingerprint(lib());
    const run = await confnotes('import', file, '--library', lib());
    expect(run.code).toBe(1);
    expectOneSentence(run.err, 'import', file);
    expect(run.err).toMatch(reason);
    expect(await fingerprint(lib())).toEqual(before);
  });
});

describe('export --keep-html', () => {
  it('writes risky raw HTML as text by default, and as written when asked', async () => {
    const conference = await confnotes('new-conference', '--title', 'Con', '--library', lib());
    const talk = await confnotes(
      'new-talk',
      '--conference',
      conference.out.trim(),
      '--title',
      'Talk',
      '--library',
      lib(),
    );
    const notes = join(arena.sources, 'notes.md');
    const html = '<img src="x" onerror="alert(1)">';
    await writeFile(notes, `Before.\n\n${html}\n\nAfter <kbd>Ctrl</kbd>.\n`);
    const id = talk.out.trim();
    expect((await confnotes('set-notes', id, '--file', notes, '--library', lib())).code).toBe(0);

    const safe = join(arena.destination, 'safe');
    const run = await confnotes('export', '--talk', id, '--out', safe, '--library', lib());
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/raw HTML .* written as text; .*--keep-html/);
    const published = await readFile(join(safe, 'talk.md'), 'utf8');
    expect(published).toContain('```html\n<img src="x" onerror="alert(1)">\n```');
    // Harmless HTML stays as written.
    expect(published).toContain('<kbd>Ctrl</kbd>');

    const kept = join(arena.destination, 'kept');
    const asked = await confnotes(
      'export',
      '--talk',
      id,
      '--out',
      kept,
      '--keep-html',
      '--library',
      lib(),
    );
    expect(asked.code).toBe(0);
    expect(await readFile(join(kept, 'talk.md'), 'utf8')).toContain(html);
  });
});
