/**
 * The process the git crash test kills (bundled by the test, run by node):
 * `commit ROOT` saves notes and commits them as fast as it can;
 * `pull ROOT URL` syncs the library once with the remote; `rounds ROOT N
 * NAME…` saves and commits the named notes N times, then stops (two at once
 * test the lock between committers). It prints a line when it starts the
 * work, and `done` if it ever finishes.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWrite } from '../../../../electron/core/fs/atomicWrite';
import { HistoryOps } from '../../../../electron/core/history/historyOps';
import { runSync } from '../../../../electron/core/history/syncRun';
import { FileLibrary } from '../../../../electron/core/library/fileLibrary';
import { noteText } from './crashNotes';

const [mode, root, url] = process.argv.slice(2);
const ops = new HistoryOps(root);

if (mode === 'commit') {
  const files = (await readdir(join(root, 'conf'))).filter((name) => name.endsWith('.md'));
  console.log('committing');
  for (let round = 1; ; round++) {
    const batch = files.filter((_, i) => (i + round) % 3 === 0);
    for (const name of batch) {
      await atomicWrite(join(root, 'conf', name), noteText(name, `round ${round}`));
    }
    await ops.checkpoint(batch.map((name) => `conf/${name}`));
  }
} else if (mode === 'rounds') {
  const [rounds, ...names] = process.argv.slice(4);
  console.log('committing');
  for (let round = 1; round <= Number(rounds); round++) {
    for (const name of names) {
      await atomicWrite(join(root, 'conf', name), noteText(name, `round ${round}`));
    }
    await ops.checkpoint(names.map((name) => `conf/${name}`));
  }
  console.log('done');
} else {
  const library = await FileLibrary.open(root);
  console.log('pulling');
  await runSync(ops, library, { url });
  console.log('done');
  process.exit(0);
}
