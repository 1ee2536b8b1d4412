import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryCredentials } from '../../../electron/core/history/credentials';
import { createCoreServices, type CoreServices } from '../../../electron/core/services';
import { tempDir } from '../../helpers/tempLibrary';
import { expectSoundRepository, git } from './historyFixture';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const open: CoreServices[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** A subject and a body per commit, newest first. */
const commits = (root: string) =>
  git(root, 'log', '--format=%s%n%b%x00')
    .split('\0')
    .map((entry) => entry.trim())
    .filter(Boolean);

describe('the moments a version is made, through the services that make them', () => {
  it('before an import, before a schedule import and on quit, each holding the edits before it', async () => {
    const base = await tempDir();
    const root = join(base, 'library');
    // Timers far off: every version below is one of the moments, not a pause in typing.
    const services = await createCoreServices({
      libraryRoot: root,
      dataDir: join(base, 'data'),
      credentials: memoryCredentials({}),
      history: { timings: { quietMs: 600_000, maxWaitMs: 600_000 } },
    });
    open.push(services);
    await services.history.setEnabled(true);
    const { library } = services;
    const conference = await library.createConference({ title: 'KubeCon' });
    const talk = await library.createTalk(conference.id, { title: 'Cilium deep dive' });

    await services.importer.run({ paths: [join(FIXTURES, 'import/formats/plain-notes.txt')] });
    expect(commits(root)[0]).toBe('Notes: Cilium deep dive, +1\nBefore an import');

    await services.schedule.importFile(join(FIXTURES, 'schedule/devopsdays-2021.ics'));
    const beforeSchedule = commits(root)[0];
    expect(beforeSchedule).toMatch(/^Notes: .+\nBefore a schedule import$/);
    expect(git(root, 'show', '--stat', '--format=', 'HEAD')).not.toContain('Cilium');

    const read = await library.readTalk(talk.id);
    await library.updateTalk(talk.id, { body: 'Typed as the talk ended.\n' }, read.revision);
    open.splice(0);
    await services.close();
    expect(commits(root)[0]).toMatch(/^Notes: .*\nOn quit$/);
    expect(git(root, 'show', 'HEAD:' + read.path)).toContain('Typed as the talk ended.');
    expect(expectSoundRepository(root).status).toBe('');
  });
});
