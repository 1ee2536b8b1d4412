import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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
    await until(() => git(root, 'rev-list', '--count', 'HEAD').trim() === '2', 'a checkpoint');
    expect(git(root, 'log', '-1', '--format=%s')).toMatch(/^Notes: (eBPF everywhere|KubeCon), \+2/);

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
    expect(versions.map((v) => [v.message, v.added, v.removed])).toEqual([
      ['Notes: Gamification of Chaos Testing', 1, 2],
      ['Notes: Chaos games', 2, 0],
      ['Notes: Chaos games, +1', 2, 0],
    ]);
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
