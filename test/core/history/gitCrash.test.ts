import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryOps } from '../../../electron/core/history/historyOps';
import { runSync } from '../../../electron/core/history/syncRun';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { bareRepository, startGitHttpServer } from '../../helpers/gitHttpServer';
import { tempDir } from '../../helpers/tempLibrary';
import { bundleChild } from './crash/bundleChild';
import { noteText, wholeVersion } from './crash/crashNotes';
import { expectSoundRepository } from './historyFixture';

/** Kills per case; CONFNOTES_GIT_KILLS raises it for a longer run. */
const KILLS = Number(process.env.CONFNOTES_GIT_KILLS ?? 5);
const NOTES = 60;

/** Runs the child; SIGKILLs it a random moment after it starts its work. True if it finished first. */
function runAndKill(args: string[], maxDelayMs: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stdout.once('data', () =>
      setTimeout(() => child.kill('SIGKILL'), Math.random() * maxDelayMs),
    );
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(false);
      else if (code === 0 && out.includes('done')) resolve(true);
      else reject(new Error(`child failed (${code}): ${err}`));
    });
  });
}

async function writeNotes(root: string, version: string): Promise<string[]> {
  await mkdir(join(root, 'conf'), { recursive: true });
  const names = Array.from({ length: NOTES }, (_, i) => `note-${String(i).padStart(3, '0')}.md`);
  for (const name of names) await writeFile(join(root, 'conf', name), noteText(name, version));
  return names;
}

/** Every note is one whole version; returns how many are at each. */
async function versionsOnDisk(root: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const name of (await readdir(join(root, 'conf'))).filter((n) => n.endsWith('.md'))) {
    const version = wholeVersion(name, await readFile(join(root, 'conf', name), 'utf8'));
    expect(version, `${name} is whole`).not.toBeNull();
    counts.set(version!, (counts.get(version!) ?? 0) + 1);
  }
  return counts;
}

describe('kill -9 in the middle of git work', () => {
  it(
    `leaves a repository git fsck accepts and whole notes, ${KILLS} kills during commits`,
    { timeout: 120_000 },
    async () => {
      const child = await bundleChild();
      const root = join(await tempDir(), 'library');
      await writeNotes(root, 'first');
      await new HistoryOps(root).enable();
      for (let kill = 0; kill < KILLS; kill++) {
        await runAndKill([child, 'commit', root], 600);
        expectSoundRepository(root);
        await versionsOnDisk(root);
      }
      // The next start commits whatever the killed process left uncommitted.
      await new HistoryOps(root).reconcile();
      expect(expectSoundRepository(root).status).toBe('');
    },
  );

  it(
    `leaves a repository git fsck accepts and whole notes, ${KILLS} kills during pulls, then the pull completes`,
    { timeout: 120_000 },
    async () => {
      const child = await bundleChild();
      const base = await tempDir();
      bareRepository(base, 'remote');
      const server = await startGitHttpServer(base);
      try {
        const url = server.url('remote');
        const a = join(base, 'a');
        const b = join(base, 'b');
        await writeNotes(a, 'first');
        const opsA = new HistoryOps(a);
        await opsA.enable();
        const libraryA = await FileLibrary.open(a);
        await runSync(opsA, libraryA, { url });
        const opsB = new HistoryOps(b);
        await opsB.enable();
        const libraryB = await FileLibrary.open(b);
        await runSync(opsB, libraryB, { url });
        const names = await writeNotes(a, 'second');
        await opsA.checkpoint(names.map((n) => `conf/${n}`));
        await runSync(opsA, libraryA, { url });
        await libraryA.close();

        let finished = 0;
        for (let kill = 0; kill < KILLS; kill++) {
          if (await runAndKill([child, 'pull', b, url], 600)) finished++;
          expectSoundRepository(b);
          const counts = await versionsOnDisk(b);
          expect([...counts.keys()].every((v) => v === 'first' || v === 'second')).toBe(true);
        }
        await runSync(new HistoryOps(b), libraryB, { url });
        expect(await versionsOnDisk(b)).toEqual(new Map([['second', NOTES]]));
        expect(expectSoundRepository(b).status).toBe('');
        await libraryB.close();
        console.log(
          `git crash test: ${KILLS} kills during pulls, ${finished} pulls finished first`,
        );
      } finally {
        await server.close();
      }
    },
  );
});
