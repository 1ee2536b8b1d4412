import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tokenVault } from '../../electron/shell/tokenVault';
import { tempDir } from '../helpers/tempLibrary';
import { safeStorage } from './fakeElectron';
import { bootShell } from './shellFixture';

vi.mock('electron', () => import('./fakeElectron'));

afterEach(() => {
  safeStorage.available = true;
});

describe('the sync token vault', () => {
  it('keeps tokens sealed by safeStorage in the data folder, never in clear', async () => {
    const data = await tempDir();
    const vault = tokenVault(data, safeStorage);
    const remote = 'https://git.example.org/me/notes.git';
    await vault.store(remote, 'ghp_secret123');
    expect(await vault.token(remote)).toBe('ghp_secret123');
    expect(await tokenVault(data, safeStorage).token(remote)).toBe('ghp_secret123');
    const onDisk = await readFile(join(data, 'sync-tokens.json'), 'utf8');
    expect(onDisk).not.toContain('ghp_secret123');
    expect(onDisk).toContain(remote);
    await vault.store(remote, null);
    expect(await vault.token(remote)).toBeUndefined();
  });

  it('keeps a token in memory only where the system offers no encryption', async () => {
    const data = await tempDir();
    safeStorage.available = false;
    const vault = tokenVault(data, safeStorage);
    await vault.store('https://h/r.git', 'plain-token');
    expect(await vault.token('https://h/r.git')).toBe('plain-token');
    expect(await readFile(join(data, 'sync-tokens.json'), 'utf8')).not.toContain('plain-token');
    expect(await tokenVault(data, safeStorage).token('https://h/r.git')).toBeUndefined();
  });

  it('counts Linux’s keyring-less basic_text as no encryption: its key is in every Chromium', async () => {
    const data = await tempDir();
    const basic = { ...safeStorage, getSelectedStorageBackend: () => 'basic_text' };
    const platform = vi.spyOn(process, 'platform', 'get').mockReturnValue('linux');
    try {
      const vault = tokenVault(data, basic);
      await vault.store('https://h/r.git', 'weakly-sealed');
      expect(await vault.token('https://h/r.git')).toBe('weakly-sealed');
      expect(await readFile(join(data, 'sync-tokens.json'), 'utf8')).toBe('{}');
      const keyring = { ...safeStorage, getSelectedStorageBackend: () => 'gnome_libsecret' };
      await tokenVault(data, keyring).store('https://h/r.git', 'in-the-keyring');
      expect(await tokenVault(data, keyring).token('https://h/r.git')).toBe('in-the-keyring');
    } finally {
      platform.mockRestore();
    }
  });

  it('is what the app’s shell gives the core: a token set in Preferences is sealed, never in the library or settings', async () => {
    const shell = await bootShell('token-vault');
    try {
      const { history, options } = shell.services();
      expect(options.credentials?.kind).toBe('stored');
      expect(options.history?.syncEveryMs).toBeGreaterThan(0);
      await history.setEnabled(true);
      const status = await history.setRemote('https://me:ghp_in_url@git.example.org/me/notes.git');
      expect(status).toMatchObject({
        remote: 'https://me@git.example.org/me/notes.git',
        token: 'stored',
      });
      const library = options.libraryRoot;
      expect(await readFile(join(library, '.git', 'config'), 'utf8')).not.toContain('ghp_in_url');
      const sealed = await readFile(join(options.dataDir, 'sync-tokens.json'), 'utf8');
      expect(sealed).not.toContain('ghp_in_url');
      expect(await options.credentials?.token('https://me@git.example.org/me/notes.git')).toBe(
        'ghp_in_url',
      );
    } finally {
      await shell.cleanup({ closeServices: true });
    }
  });
});
