import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { lstat, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Arm } from '../../fixtures/hostile/cases';

/**
 * A scratch world for hostile inputs: a library, a folder of sources to
 * import, an export destination, and, around them, a secret file and a
 * marker path that must stay as they are. `outside()` fingerprints every
 * file of the scratch folder except the library and the destination, so a
 * test can prove nothing was read into or written out of them.
 */
export interface Arena {
  base: string;
  library: string;
  sources: string;
  destination: string;
  /** The app's data folder (search index), kept out of the library. */
  dataDir: string;
  arm: Arm;
  /** Unique text inside the secret file: it must never show up in the library or an export. */
  secretToken: string;
  outside(): Promise<Record<string, string>>;
  cleanup(): Promise<void>;
}

/** Made synchronously, so that test tables built from `arm` exist when tests are collected. */
export function createArena(prefix: string): Arena {
  const base = mkdtempSync(join(tmpdir(), `confnotes-hostile-${prefix}-`));
  const secretToken = `SECRET-${randomBytes(8).toString('hex')}`;
  const arm: Arm = {
    marker: join(tmpdir(), `pwned-${randomBytes(8).toString('hex')}`),
    secret: join(base, 'secret.png'),
  };
  const arena: Arena = {
    base,
    library: join(base, 'library'),
    sources: join(base, 'sources'),
    destination: join(base, 'export'),
    dataDir: join(base, 'data'),
    arm,
    secretToken,
    outside: () => fingerprint(base, ['library', 'export', 'data']),
    cleanup: () => rm(base, { recursive: true, force: true }),
  };
  for (const dir of [arena.library, arena.sources, arena.dataDir]) mkdirSync(dir);
  // Starts like a PNG so that nothing refuses it for its content alone.
  writeFileSync(arm.secret, `\x89PNG\r\n\x1a\n${secretToken}\n`);
  return arena;
}

/** Path → sha256 (or link target) of every entry under `root`, except the top-level `skip` folders. */
export async function fingerprint(
  root: string,
  skip: string[] = [],
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = relative(root, path);
      if (skip.includes(rel)) continue;
      if (entry.isSymbolicLink()) out[rel] = `-> ${await readlink(path)}`;
      else if (entry.isDirectory()) {
        out[`${rel}/`] = 'dir';
        await walk(path);
      } else
        out[rel] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex');
    }
  };
  await walk(root);
  return out;
}

/** Every regular file under `root` that contains `needle`. */
export async function filesContaining(root: string, needle: string): Promise<string[]> {
  const hits: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && (await readFile(path)).includes(needle))
        hits.push(relative(root, path));
    }
  };
  await walk(root);
  return hits;
}

/** True when the payload marker exists: something ran. */
export async function markerExists(arm: Arm): Promise<boolean> {
  return lstat(arm.marker).then(
    () => true,
    () => false,
  );
}
