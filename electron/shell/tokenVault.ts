import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SyncCredentials } from '../core/history/credentials';

/** The part of Electron's safeStorage the vault uses. */
export interface EncryptionService {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which keyring seals; `basic_text` is a key built into Chromium, so no secret. */
  getSelectedStorageBackend?(): string;
}

/**
 * Whether sealing keeps a token secret. On Linux without a keyring, safeStorage
 * still "encrypts", with a key every Chromium holds: as good as clear text.
 */
function sealsSecretly(encryption: EncryptionService): boolean {
  if (!encryption.isEncryptionAvailable()) return false;
  if (process.platform !== 'linux' || !encryption.getSelectedStorageBackend) return true;
  return encryption.getSelectedStorageBackend() !== 'basic_text';
}

const FILE = 'sync-tokens.json';

/**
 * Sync tokens, encrypted with Electron's safeStorage (the system keychain,
 * DPAPI, or libsecret) in a file of the app's data folder: never in the
 * library, never in settings, never in clear. Where the system offers no
 * encryption (or only Linux's keyring-less `basic_text`) the token is kept in
 * memory only, until Confnotes quits.
 */
export function tokenVault(dataDir: string, encryption: EncryptionService): SyncCredentials {
  const unencrypted = new Map<string, string>();
  const path = join(dataDir, FILE);
  const load = async (): Promise<Record<string, string>> => {
    try {
      const parsed = JSON.parse(await readFile(path, 'utf8')) as unknown;
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  return {
    kind: 'stored',
    async token(remote) {
      if (unencrypted.has(remote)) return unencrypted.get(remote);
      const sealed = (await load())[remote];
      if (!sealed || !sealsSecretly(encryption)) return undefined;
      try {
        return encryption.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        return undefined; // sealed on another machine or for another user: ask again
      }
    },
    async store(remote, token) {
      const tokens = await load();
      unencrypted.delete(remote);
      delete tokens[remote];
      if (token && sealsSecretly(encryption)) {
        tokens[remote] = encryption.encryptString(token).toString('base64');
      } else if (token) unencrypted.set(remote, token);
      await mkdir(dataDir, { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(tokens, null, 2), { mode: 0o600 });
      await rename(temporary, path);
    },
  };
}
