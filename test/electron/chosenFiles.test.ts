import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../shared/ipc/define';
import type { ChosenFile } from '../../shared/ipc/files';
import * as electron from './fakeElectron';
import { bootShell, fromWindow, invokeHandler, type BootedShell } from './shellFixture';

vi.mock('electron', () => import('./fakeElectron'));

/**
 * Paths chosen by the person, not the page (electron/handlers/chosenPaths.ts,
 * electron/shell/fileDialogs.ts): through the real IPC registration of the
 * shell, the app's window may name no path for import, schedule or export;
 * it gets a handle from main's dialog and passes that on. A handle serves
 * its purpose only, a forged one nothing, and a typed path is never used.
 */
let shell: BootedShell;
let win: electron.BrowserWindow;
let outside: string;
let notes: string;

beforeAll(async () => {
  shell = await bootShell('chosen-files');
  win = electron.BrowserWindow.all.at(-1)!;
  outside = path.join(shell.base, 'outside');
  notes = path.join(outside, 'notes.md');
  await mkdir(outside);
  await writeFile(notes, '# Keynote\n\nNotes.\n');
});
afterAll(() => shell.cleanup({ closeServices: true }));
beforeEach(() => {
  electron.dialog.showOpenDialog.mockReset();
  electron.dialog.showSaveDialog.mockReset();
});

const call = (domain: string, member: string, input: unknown) =>
  invokeHandler(domain, member, input, fromWindow(win));
const refusedAs = (envelope: Envelope<unknown>, code: string) =>
  expect(envelope).toMatchObject({ ok: false, error: { code } });

async function choose(
  purpose: string,
  paths: string[],
  extra: object = {},
): Promise<ChosenFile | null> {
  electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: paths });
  const envelope = await call('files', 'choose', { purpose, ...extra });
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as ChosenFile | null;
}

describe('paths from the app window', () => {
  it('refuses import, schedule and export calls that name a path', async () => {
    refusedAs(await call('import', 'preview', { paths: [notes] }), 'forbidden');
    refusedAs(await call('import', 'run', { paths: ['/home/me/.ssh/id_rsa'] }), 'forbidden');
    refusedAs(await call('schedule', 'importFile', { path: notes }), 'forbidden');
    refusedAs(await call('schedule', 'preview', { path: notes }), 'forbidden');
    const into = path.join(outside, 'export');
    refusedAs(
      await call('export', 'run', { scope: { kind: 'library' }, destination: into, force: true }),
      'forbidden',
    );
    await expect(readdir(into)).rejects.toThrow();
    expect((await shell.services().library.list()).conferences).toEqual([]);
  });

  it('imports what the person chose in the open dialog, by its handle', async () => {
    const chosen = await choose('import', [notes]);
    expect(chosen).toMatchObject({ label: notes, count: 1 });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(
      win,
      expect.objectContaining({ properties: ['openFile', 'multiSelections'] }),
    );
    const report = await call('import', 'run', { paths: [chosen!.handle] });
    expect(report).toMatchObject({ ok: true, value: { counts: { created: 1 } } });
  });

  it('exports into the folder or the file chosen, and nowhere else', async () => {
    const folder = path.join(outside, 'site');
    const chosen = await choose('export', [folder]);
    const result = await call('export', 'run', {
      scope: { kind: 'library' },
      destination: chosen!.handle,
    });
    expect(result.ok).toBe(true);
    expect((await readdir(folder)).length).toBeGreaterThan(0);

    const file = path.join(outside, 'post.md');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    const saved = await call('files', 'choose', { purpose: 'export', file: true });
    const talk = (await shell.services().library.list()).conferences[0].talks[0];
    const single = await call('export', 'run', {
      scope: { kind: 'talk', id: talk.id },
      destination: (saved as { value: ChosenFile }).value.handle,
    });
    expect(single).toMatchObject({ ok: true, value: { destination: outside } });
    expect(await readdir(outside)).toContain('post.md');
  });

  it('serves a handle its purpose only, and a forged one nothing', async () => {
    const forImport = await choose('import', [outside]);
    refusedAs(
      await call('export', 'run', { scope: { kind: 'library' }, destination: forImport!.handle }),
      'forbidden',
    );
    refusedAs(await call('schedule', 'preview', { path: forImport!.handle }), 'forbidden');
    refusedAs(
      await call('import', 'preview', { paths: [`chosen:${'A'.repeat(22)}`] }),
      'forbidden',
    );
  });

  it('never uses a path the page typed, and a cancelled dialog chooses nothing', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    const envelope = await call('files', 'choose', { purpose: 'schedule', typed: notes });
    expect(envelope).toEqual({ ok: true, value: null });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledTimes(1);
  });
});
