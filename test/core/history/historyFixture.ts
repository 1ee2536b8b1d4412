import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { memoryCredentials } from '../../../electron/core/history/credentials';
import { createCoreServices, type CoreServices } from '../../../electron/core/services';

/** Core services over a library, with checkpoints quick enough for a test to wait for. */
export async function openLibrary(
  root: string,
  options: { token?: string } = {},
): Promise<CoreServices> {
  const credentials = memoryCredentials(
    options.token ? { CONFNOTES_SYNC_TOKEN: options.token } : {},
  );
  const services = await createCoreServices({
    libraryRoot: root,
    dataDir: `${root}-data`,
    credentials,
    history: { timings: { quietMs: 30, maxWaitMs: 500 } },
  });
  return services;
}

/** Runs the real git in a library; its output. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: 'pipe' });
}

/** What the real git says of a repository Confnotes wrote: fsck passes, nothing left uncommitted. */
export function expectSoundRepository(dir: string): { status: string } {
  git(dir, 'fsck', '--strict', '--no-dangling');
  return { status: git(dir, 'status', '--porcelain', '--untracked-files=all') };
}

/** Every note file under a library (its .md files outside .git), sorted. */
export async function noteFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .filter((p) => !p.startsWith('.git/'))
    .sort();
}
