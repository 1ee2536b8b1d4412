import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreServices } from '../../electron/core/services';
import { expectSoundRepository, openLibrary } from '../core/history/historyFixture';
import { bareRepository, startGitHttpServer, type GitHttpServer } from '../helpers/gitHttpServer';
import { tempDir } from '../helpers/tempLibrary';
import { startApp, waitSaved, type AppUnderTest } from './harness';

const TOKEN = 'e2e-sync-token';

/** Every file under `root` whose bytes hold `secret`. */
async function filesHolding(root: string, secret: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const holding = await Promise.all(
    files.map(async (f) => ((await readFile(f)).includes(secret) ? f : null)),
  );
  return holding.filter((f): f is string => f !== null);
}

describe('history and sync from Preferences (issue 18)', () => {
  let app: AppUnderTest;
  let server: GitHttpServer;
  let other: CoreServices | undefined;
  let base: string;
  beforeAll(async () => {
    base = await tempDir();
    bareRepository(base, 'notes');
    server = await startGitHttpServer(base, { token: TOKEN });
    app = await startApp({ history: { timings: { quietMs: 150, maxWaitMs: 2000 } } });
  });
  afterAll(async () => {
    await other?.close();
    await app?.close();
    await server?.close();
  });

  it('turns history on, keeps a remote and its token, syncs, and tells of a note changed on both sides', async () => {
    const { page, preview } = app;
    const conference = await preview.services.library.createConference({ title: 'KubeCon' });
    const talk = await preview.services.library.createTalk(
      conference.id,
      { title: 'Chaos in production' },
      'Opening notes.\n',
    );
    await page.reload();
    await page.getByRole('button', { name: /Chaos in production/ }).waitFor();

    await page.keyboard.press('Control+,');
    const preferences = page.getByRole('dialog', { name: 'Preferences' });
    await preferences.waitFor();
    // The box turns checked once the first version is made (the remote's form comes with it).
    await preferences.getByRole('checkbox', { name: /Keep a history of every note/ }).click();
    const remote = preferences.getByRole('form', { name: 'Sync remote' });
    await remote.getByRole('textbox', { name: /Remote/ }).fill(server.url('notes'));
    await remote.getByLabel('Token').fill(TOKEN);
    await remote.getByRole('button', { name: 'Save remote' }).click();
    await remote.getByText('(one is stored; type to replace it)').waitFor();
    await remote.getByRole('button', { name: 'Sync now' }).click();
    await preferences.getByText(/^Synced with .*notes\.git/).waitFor();
    await preferences.getByRole('button', { name: 'Close' }).click();
    // The token went to the credential store: no file of the library, its repository or the settings holds it.
    expect(expectSoundRepository(app.libraryRoot).status).toBe('');
    expect(await filesHolding(dirname(app.libraryRoot), TOKEN)).toEqual([]);

    // Another machine takes the library in and edits the talk; this window edits it too.
    other = await openLibrary(join(base, 'other'), { token: TOKEN });
    await other.history.setEnabled(true);
    expect((await other.history.sync(server.url('notes'))).outcome).toBe('synced');
    const there = await other.library.readTalk(talk.id);
    await other.library.updateTalk(
      talk.id,
      { body: 'Opening notes.\nWritten on the other machine.\n' },
      there.revision,
    );
    expect((await other.history.sync()).outcome).toBe('synced');

    await page.getByRole('button', { name: /Chaos in production/ }).click();
    const notes = page.getByRole('textbox', { name: 'Notes' });
    await notes.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Written in this window.');
    await waitSaved(page);

    await page.keyboard.press('Control+,');
    await preferences.getByRole('button', { name: 'Sync now' }).click();
    await page
      .getByText(
        /Sync kept both versions of a note changed on both sides: the other side’s text is in chaos-in-production \(conflict [\d -]+\)\.md\./,
      )
      .waitFor();
    const here = await preview.services.library.readTalk(talk.id);
    expect(here.body).toContain('Written in this window.');
    expect(here.problems.join('\n')).toMatch(/conflict copy: .*chaos-in-production \(conflict /);
    expect(expectSoundRepository(app.libraryRoot).status).toBe('');
    expect(app.pageErrors).toEqual([]);
  });
});
