import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tokenVault } from '../../electron/shell/tokenVault';
import { tempDir } from '../helpers/tempLibrary';
import { safeStorage } from './fakeElectron';

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
});
