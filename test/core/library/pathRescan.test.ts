import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import {
  diffIndexes,
  scanLibrary,
  type LibraryIndex,
} from '../../../electron/core/library/libraryIndex';
import { rescanPaths } from '../../../electron/core/library/pathRescan';
import type { LibraryChange } from '../../../shared/library';
import { tempDir } from '../../helpers/tempLibrary';

/** An index as comparable data: entries by id, problems in order of path. */
function shape(index: LibraryIndex) {
  const byId = <T extends { id: string }>(map: Map<string, T>) =>
    [...map.values()].sort((a, b) => a.id.localeCompare(b.id));
  return {
    conferences: byId(index.conferences),
    talks: byId(index.talks),
    problems: [...index.problems].sort((a, b) =>
      `${a.path}\n${a.message}`.localeCompare(`${b.path}\n${b.message}`),
    ),
  };
}

const sorted = (changes: LibraryChange[]) =>
  changes.map((c) => `${c.entity} ${c.kind} ${c.id} ${c.path}`).sort();

const talkText = (id: string, title: string, body = '') =>
  `---\nid: ${id}\ntitle: ${title}\n---\n\n${body}\n`;

describe('rescanning the paths that changed', () => {
  it('gives the index and the changes a whole rescan gives, or says it cannot', async () => {
    const root = await tempDir();
    const library = await FileLibrary.open(root);
    const conference = await library.createConference({ title: 'Conf', starts: '2025-05-01' });
    const other = await library.createConference({ title: 'Other' });
    const a = await library.createTalk(conference.id, { title: 'Alpha' }, 'alpha\n');
    await library.createTalk(conference.id, { title: 'Beta' }, 'beta\n');
    await library.createTalk(other.id, { title: 'Gamma' }, 'gamma\n');
    await library.close();
    const folder = conference.path.split('/')[0];
    const at = (...parts: string[]) => join(root, ...parts);

    let index = await scanLibrary(root, new Map());
    /** Applies an outside change, then compares the two ways of reading it. */
    const step = async (change: () => Promise<void>, paths: string[], extra: string[] = []) => {
      await change();
      const partial = structuredClone(index);
      const changes = await rescanPaths(root, partial, new Map(), paths);
      const whole = await scanLibrary(root, new Map());
      const expected = diffIndexes(index, whole);
      index = whole;
      if (changes === null) return null;
      expect(shape(partial)).toEqual(shape(whole));
      expect(sorted(changes)).toEqual([...sorted(expected), ...extra].sort());
      return changes;
    };

    // Edited so that its front matter cannot be read (its id then derived); then fixed.
    const aPath = `${folder}/alpha.md`;
    await step(
      () => writeFile(at(aPath), `---\nid: ${a.id}\ntitle: [unclosed\n---\n\nedited\n`),
      [aPath],
    );
    expect(
      await step(() => writeFile(at(aPath), talkText(a.id, 'Alpha', 'fixed')), [aPath]),
    ).toHaveLength(2);
    // Added, removed, renamed (two paths, one id), a conference.md edited.
    const dPath = `${folder}/delta.md`;
    await step(
      () => writeFile(at(dPath), talkText('01JDELTA0000000000000000AA', 'Delta')),
      [dPath],
    );
    await step(() => rm(at(`${folder}/beta.md`)), [`${folder}/beta.md`]);
    await step(
      () => rename(at(dPath), at(folder, 'delta-renamed.md')),
      [`${folder}/delta-renamed.md`, dPath],
    );
    const conferenceText = await readFile(at(conference.path), 'utf8');
    expect(
      await step(
        () => writeFile(at(conference.path), conferenceText.replace('title: Conf', 'title: C')),
        [conference.path],
      ),
    ).toHaveLength(1);
    // A conflict copy appears beside a note: the listing shows it, so its talk changed.
    const copy = `${folder}/alpha (conflict 2026-01-01 101500).md`;
    await step(() => writeFile(at(copy), 'theirs'), [copy], [`talk changed ${a.id} ${aPath}`]);
    // Assets, the trash and a known folder still there (the watcher's addDir) hold no note.
    expect(
      await step(async () => {
        await mkdir(at(folder, 'assets'), { recursive: true });
        await writeFile(at(folder, 'assets', 'x.png'), 'png');
      }, [`${folder}/assets/x.png`, '.trash/01X/alpha.md', folder]),
    ).toEqual([]);

    // Beyond paths alone: a new folder, one gone, an id another note holds. The whole rescan decides.
    expect(
      await step(async () => {
        await mkdir(at('2026-new'));
        await writeFile(at('2026-new', 'x.md'), talkText('01JNEW00000000000000000000', 'X'));
      }, ['2026-new', '2026-new/x.md']),
    ).toBeNull();
    expect(
      await step(() => rm(at('2026-new'), { recursive: true }), ['2026-new', '2026-new/x.md']),
    ).toBeNull();
    expect(
      await step(
        () => writeFile(at(folder, 'twin.md'), talkText(a.id, 'Twin')),
        [`${folder}/twin.md`],
      ),
    ).toBeNull();
  });
});
