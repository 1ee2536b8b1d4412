import type { ImportProgress } from '../../../shared/ipc/import';
import { cp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBench, NOTES } from './importHelpers';

/** Every file under the library with its size and modification time: what "nothing written" means. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    const info = await stat(path);
    files[path] = `${info.size}:${info.mtimeMs}`;
  }
  return files;
}

async function setup() {
  const bench = await importBench();
  const sources = join(bench.dir, 'notes');
  await cp(NOTES, sources, { recursive: true });
  return { ...bench, sources, file2021: join(sources, 'all-day-devops-2021.txt') };
}

describe('re-importing', () => {
  it('creates no duplicates when the same sources are imported again', async () => {
    const { dir, library, importer, sources } = await setup();
    const first = await importer.run({ paths: [sources] });
    expect(first.counts).toEqual({ created: 27, updated: 0, unchanged: 0, 'kept-both': 0 });
    const before = await snapshot(join(dir, 'library'));

    const again = await importer.run({ paths: [sources] });
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 27, 'kept-both': 0 });
    expect(again.conferences.map((c) => c.created)).toEqual([false, false, false]);
    expect(again.conferences.map((c) => c.id)).toEqual(first.conferences.map((c) => c.id));
    expect(await snapshot(join(dir, 'library'))).toEqual(before);
    expect((await library.list()).conferences.flatMap((c) => c.talks)).toHaveLength(27);
  });

  it('updates a talk whose source changed when the user has not edited it', async () => {
    const { library, importer, sources, file2021 } = await setup();
    await importer.run({ paths: [sources] });
    const text = await readFile(file2021, 'utf8');
    await writeFile(
      file2021,
      text.replace(
        'Celebrate failure, and learn from it!',
        'Celebrate failure, and learn from it! (Added later.)',
      ),
    );

    const again = await importer.run({ paths: [sources] });
    expect(again.counts).toEqual({ created: 0, updated: 1, unchanged: 26, 'kept-both': 0 });
    const updated = again.conferences.flatMap((c) => c.talks).find((t) => t.action === 'updated')!;
    expect(updated.title).toBe('Gamification of Chaos Testing');
    expect((await library.readTalk(updated.id!)).body).toContain('(Added later.)');
    expect((await library.list()).conferences.flatMap((c) => c.talks)).toHaveLength(27);
  });

  it('keeps the user’s edits: an unchanged source leaves them alone, a changed one is kept beside them', async () => {
    const { library, importer, sources, file2021 } = await setup();
    const first = await importer.run({ paths: [sources] });
    const talkId = first.conferences[2].talks.find(
      (t) => t.title === 'Gamification of Chaos Testing',
    )!.id!;
    const talk = await library.readTalk(talkId);
    await library.updateTalk(
      talkId,
      { body: `${talk.body}\nMy own thought during the break.\n` },
      talk.revision,
    );

    const same = await importer.run({ paths: [sources] });
    expect(same.counts).toMatchObject({ created: 0, updated: 0, unchanged: 27 });
    expect((await library.readTalk(talkId)).body).toContain('My own thought during the break.');

    const text = await readFile(file2021, 'utf8');
    await writeFile(
      file2021,
      text.replace('Celebrate failure, and learn from it!', 'Celebrate failure! (Fixed typo.)'),
    );
    const changed = await importer.run({ paths: [sources] });
    expect(changed.counts).toEqual({ created: 0, updated: 0, unchanged: 26, 'kept-both': 1 });
    const copies = (await library.list()).conferences
      .flatMap((c) => c.talks)
      .filter((t) => t.meta.title === 'Gamification of Chaos Testing');
    expect(copies).toHaveLength(2);
    const bodies = await Promise.all(copies.map(async (c) => (await library.readTalk(c.id)).body));
    expect(bodies.filter((b) => b.includes('My own thought during the break.'))).toHaveLength(1);
    expect(bodies.filter((b) => b.includes('(Fixed typo.)'))).toHaveLength(1);

    // And a third run finds both and adds nothing.
    const third = await importer.run({ paths: [sources] });
    expect(third.counts).toEqual({ created: 0, updated: 0, unchanged: 27, 'kept-both': 0 });
  });

  it('reports in a dry run what a re-import would do, and writes nothing', async () => {
    const { dir, importer, sources, file2021 } = await setup();
    const empty = await importer.preview({ paths: [sources] });
    expect(empty.dryRun).toBe(true);
    expect(empty.counts.created).toBe(27);
    expect(empty.conferences.every((c) => c.id === null && c.created)).toBe(true);
    expect(await readdir(join(dir, 'library'))).toEqual([]);

    await importer.run({ paths: [sources] });
    const text = await readFile(file2021, 'utf8');
    await writeFile(file2021, text.replace('Celebrate failure, and learn from it!', 'Celebrate!'));
    const before = await snapshot(join(dir, 'library'));
    const preview = await importer.preview({ paths: [sources] });
    expect(preview.counts).toEqual({ created: 0, updated: 1, unchanged: 26, 'kept-both': 0 });
    expect(preview.conferences.every((c) => c.id !== null && !c.created)).toBe(true);
    expect(await snapshot(join(dir, 'library'))).toEqual(before);
  });

  it('reports progress while reading and while writing, to the caller and to every listener', async () => {
    const { importer, sources } = await setup();
    const own: ImportProgress[] = [];
    const heard: ImportProgress[] = [];
    const stop = importer.onProgress((p) => heard.push(p));
    await importer.run({ paths: [sources] }, (p) => own.push(p));
    stop();
    await importer.preview({ paths: [sources] });
    expect(heard).toEqual(own);
    const reading = own.filter((p) => p.phase === 'reading');
    const writing = own.filter((p) => p.phase === 'writing');
    expect(reading.map((p) => p.done)).toEqual([0, 1, 2, 3]);
    expect(reading.every((p) => p.total === 3)).toBe(true);
    expect(writing.map((p) => p.done)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
    expect(writing.every((p) => p.total === 27)).toBe(true);
  });
});
