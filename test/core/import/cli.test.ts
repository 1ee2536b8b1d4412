import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confnotes } from '../../helpers/runCli';
import { tempDir } from '../../helpers/tempLibrary';
import { FIXTURES, NOTES } from './importHelpers';

interface JsonReport {
  conferences: Array<{
    id: string | null;
    title: string;
    talks: Array<{ id: string | null; title: string; speakers: unknown[] }>;
  }>;
  skipped: Array<{ source: string; reason: string }>;
}

describe('confnotes import', () => {
  it('lists what a dry run would create in the documented --json shape, and writes nothing', async () => {
    const lib = await tempDir();
    const result = await confnotes(
      'import',
      join(NOTES, 'all-day-devops-2021.txt'),
      '--dry-run',
      '--json',
      '--library',
      lib,
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as JsonReport;
    expect(Object.keys(report)).toEqual(['conferences', 'skipped']);
    expect(report.skipped).toEqual([]);
    expect(report.conferences).toHaveLength(1);
    expect(report.conferences[0]).toMatchObject({ id: null, title: 'All Day DevOps 2021' });
    expect(report.conferences[0].talks[3]).toEqual({
      id: null,
      title:
        'Call for Code with The Linux Foundation: Contributing to Tech-for-Good Even if You’re Not Techincal',
      speakers: [{ name: 'Daniel Krook' }, { name: 'Demi Ajayi' }],
    });
    expect(await readdir(lib)).toEqual([]);
  });

  it('imports, prints ids that `list` knows, and imports nothing twice', async () => {
    const lib = await tempDir();
    const first = await confnotes('import', NOTES, '--json', '--library', lib);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.out) as JsonReport;
    expect(report.conferences.map((c) => [c.title, c.talks.length])).toEqual([
      ['All Day DevOps 2018', 9],
      ['All Day DevOps 2019', 11],
      ['All Day DevOps 2021', 7],
    ]);
    const listed = JSON.parse((await confnotes('list', '--json', '--library', lib)).out) as Array<{
      id: string;
      talks: Array<{ id: string }>;
    }>;
    const ids = new Set(listed.flatMap((c) => [c.id, ...c.talks.map((t) => t.id)]));
    expect(
      report.conferences
        .flatMap((c) => [c.id, ...c.talks.map((t) => t.id)])
        .every((id) => ids.has(id!)),
    ).toBe(true);
    expect(ids.size).toBe(3 + 27);

    const again = await confnotes('import', NOTES, '--library', lib);
    expect(again.code).toBe(0);
    expect(again.out).toContain('talks: 0 new, 0 updated, 27 unchanged');
    expect(again.out).toContain('  = Gamification of Chaos Testing — Bram Vogelaar');
  });

  it('reports what it skipped on stderr and exits 1 when nothing could be imported', async () => {
    const lib = await tempDir();
    const bad = join(FIXTURES, 'feeds/billion-laughs.xml');
    const result = await confnotes('import', bad, '--library', lib);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `skipped ${bad}: the feed declares XML entities (<!ENTITY>); they are never expanded, so the feed is refused`,
    );
    expect(await readdir(lib)).toEqual([]);
  });

  it('asks for a path, and explains itself with --help', async () => {
    const lib = await tempDir();
    const none = await confnotes('import', '--library', lib);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Give at least one file or folder to import.');
    const help = await confnotes('import', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(
      /^Usage: confnotes import PATH\.\.\. \[--dry-run\] \[--talks-at MARKER\] \[--conference ID_OR_FOLDER\] \[--json\]/,
    );
    expect(help.out).toContain('lead-lines  lines before a link, a name or a video');
  });
});
