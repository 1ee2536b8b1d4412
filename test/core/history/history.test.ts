import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HistoryOps } from '../../../electron/core/history/historyOps';
import type { CoreServices } from '../../../electron/core/services';
import { tempDir } from '../../helpers/tempLibrary';
import { expectSoundRepository, git, openLibrary } from './historyFixture';

const open: CoreServices[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function library(root?: string): Promise<CoreServices> {
  const services = await openLibrary(root ?? join(await tempDir(), 'library'));
  open.push(services);
  return services;
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

describe('history of a library', () => {
  it('commits, at the next start, what differs from the last version: the disk, or an index a killed commit left ahead', async () => {
    const root = join(await tempDir(), 'library');
    const services = await library(root);
    const conference = await services.library.createConference({ title: 'QCon' });
    const talk = await services.library.createTalk(conference.id, { title: 'Queues' }, 'v1\n');
    await services.history.setEnabled(true);
    await services.close();
    open.splice(open.indexOf(services), 1);
    // Staged by a commit that never finished, then the file went back to the committed text.
    const file = join(root, talk.path);
    const committed = await readFile(file, 'utf8');
    await writeFile(file, committed.replace('v1', 'v2'));
    git(root, 'add', talk.path);
    await writeFile(file, committed);
    // And a note written while the app was closed.
    await writeFile(
      join(root, 'qcon', 'written-elsewhere.md'),
      '---\ntitle: Elsewhere\n---\n\nText.\n',
    );
    expect(git(root, 'status', '--porcelain')).not.toBe('');
    await new HistoryOps(root).reconcile();
    expect(expectSoundRepository(root).status).toBe('');
    expect(git(root, 'log', '-1', '--format=%s')).toBe('Notes: Elsewhere\n');
  });

  it('is off until turned on, then holds the whole library in a first version the real git accepts', async () => {
    const services = await library();
    const conference = await services.library.createConference({ title: 'SREcon' });
    await services.library.createTalk(conference.id, { title: 'Error budgets' }, 'Some notes.\n');
    await services.history.checkpointNow();
    expect(existsSync(join(services.library.root, '.git'))).toBe(false);
    expect((await services.history.status()).enabled).toBe(false);

    await services.history.setEnabled(true);
    const root = services.library.root;
    expect(git(root, 'log', '--format=%s').trim()).toBe('Confnotes history begins: 2 notes');
    expect(git(root, 'ls-files').split('\n').filter(Boolean).sort()).toEqual([
      '.confnotes',
      '.gitignore',
      'srecon/conference.md',
      'srecon/error-budgets.md',
    ]);
    expect(expectSoundRepository(root).status).toBe('');
  });

  it('commits a short while after saves stop, naming the talks, and before an import', async () => {
    const services = await library();
    await services.history.setEnabled(true);
    const root = services.library.root;
    const conference = await services.library.createConference({ title: 'KubeCon' });
    const talk = await services.library.createTalk(conference.id, { title: 'Cilium deep dive' });
    const other = await services.library.createTalk(conference.id, { title: 'eBPF everywhere' });
    await until(() => git(root, 'status', '--porcelain') === '', 'the checkpoints');
    // However the timer grouped the three writes, each commit names its notes, newest first.
    const subjects = git(root, 'log', '--format=%s', 'HEAD~1..HEAD').trim().split('\n');
    for (const subject of subjects) expect(subject).toMatch(/^Notes: [^,]+(, \+\d)?$/);
    expect(Number(git(root, 'rev-list', '--count', 'HEAD'))).toBeGreaterThanOrEqual(2);

    const read = await services.library.readTalk(talk.id);
    await services.library.updateTalk(talk.id, { body: 'Typed during the talk.\n' }, read.revision);
    await services.library.checkpoint('Before an import');
    expect(git(root, 'log', '-1', '--format=%B').trim()).toBe(
      'Notes: Cilium deep dive\n\nBefore an import',
    );
    expect(other.id).toBeTruthy();
    expect(expectSoundRepository(root).status).toBe('');
  });

  it('lists a talk’s versions across a rename with words added and removed, and restores one as a new version', async () => {
    const services = await library();
    await services.history.setEnabled(true);
    const { library: notes, history } = services;
    const conference = await notes.createConference({ title: 'DevOpsDays' });
    const talk = await notes.createTalk(conference.id, { title: 'Chaos games' }, 'one two\n');
    await history.checkpointNow();
    let doc = await notes.readTalk(talk.id);
    doc = await notes.updateTalk(talk.id, { body: 'one two three four\n' }, doc.revision);
    await history.checkpointNow();
    doc = await notes.updateTalk(
      talk.id,
      { meta: { title: 'Gamification of Chaos Testing' }, body: 'one four five\n' },
      doc.revision,
    );
    await history.checkpointNow();
    expect(doc.path).toBe('devopsdays/gamification-of-chaos-testing.md');

    const versions = await history.versions(talk.id);
    expect(versions.map((v) => [v.added, v.removed])).toEqual([
      [1, 2],
      [2, 0],
      [2, 0],
    ]);
    expect(versions[0].message).toBe('Notes: Gamification of Chaos Testing');
    expect(versions[1].message).toBe('Notes: Chaos games');
    // With the conference, unless the timer took the conference alone first.
    expect(versions[2].message).toMatch(/^Notes: Chaos games(, \+1)?$/);
    const oldest = versions[2].version;
    expect((await history.version(talk.id, oldest.slice(0, 8))).body).toBe('one two\n');
    const diff = await history.diff(talk.id, oldest);
    expect(diff).toContainEqual({ kind: 'removed', text: 'one two' });
    expect(diff).toContainEqual({ kind: 'added', text: 'one four five' });

    const restored = await history.restore(talk.id, oldest.slice(0, 8));
    expect(restored.version).toMatch(/^[0-9a-f]{40}$/);
    const now = await notes.readTalk(talk.id);
    expect(now.body).toBe('one two\n');
    expect(now.meta.title).toBe('Chaos games');
    const after = await history.versions(talk.id);
    expect(after).toHaveLength(4);
    expect(after[0].message).toBe(
      `Restored: Gamification of Chaos Testing as of ${versions[2].date.slice(0, 16).replace('T', ' ')} UTC`,
    );
    expect(after[1].version).toBe(versions[0].version);
    expect(expectSoundRepository(notes.root).status).toBe('');
  });
});
