import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../electron/core/library/noteFile';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { TalkMetaSchema } from '../../../shared/schemas';
import { tempDir } from '../../helpers/tempLibrary';
import { isWholeVersion, NOTE_SIZES } from './crash/crashNotes';

/** Kills per run: CONFNOTES_KILLS raises it (CI runs 1,000). */
const KILLS = Number(process.env.CONFNOTES_KILLS ?? 200);

async function bundleWriter(dir: string): Promise<string> {
  const outfile = join(dir, 'crashWriter.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'crash/crashWriter.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
    banner: {
      js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
    },
  });
  return outfile;
}

/** Starts the writer, lets it run for a random moment after its first save, then SIGKILLs it. */
function runAndKill(script: string, root: string, seed: number, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, root, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited on its own: ${stderr}`)),
    );
  });
}

describe('crash safety', () => {
  it(
    `survives ${KILLS} SIGKILLs mid-save with every note whole`,
    { timeout: 30 * 60_000 },
    async () => {
      const root = await tempDir();
      const script = await bundleWriter(await tempDir());
      const library = await FileLibrary.open(root);
      const conference = await library.createConference({ title: 'Crash Conf' });
      const paths: string[] = [];
      for (let i = 0; i < NOTE_SIZES.length * 2; i++) {
        paths.push((await library.createTalk(conference.id, { title: `Note ${i}` })).path);
      }
      await library.close();

      let damaged = 0;
      for (let kill = 0; kill < KILLS; kill++) {
        await runAndKill(script, root, kill + 1, Math.floor(Math.random() * 40));
        for (const path of paths) {
          const bytes = await readFile(join(root, path));
          const note = parseNote(bytes, TalkMetaSchema);
          const whole =
            note.problems.length === 0 &&
            note.fields.title !== undefined &&
            isWholeVersion(note.fields.title, note.body);
          if (!whole) damaged++;
        }
      }
      console.log(`crash test: ${KILLS} kills, ${paths.length} notes, ${damaged} damaged files`);
      expect(damaged).toBe(0);
    },
  );
});
