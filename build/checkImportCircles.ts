/**
 * `npm run lint:circles` (part of `npm run lint`): no two modules import
 * each other, type imports included, found by madge over the TypeScript
 * sources. A circle makes files hard to read in order and hides which one
 * is the leaf: shared types go in small modules of their own, and a view
 * gets what it changes from its node rather than importing the node back.
 * Any circle fails the run.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FOLDERS = ['electron', 'shared', 'renderer', 'build', 'test', 'bin'];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(
  path.dirname(createRequire(import.meta.url).resolve('madge/package.json')),
  'bin/cli.js',
);
const run = spawnSync(
  process.execPath,
  [
    cli,
    '--circular',
    '--json',
    '--extensions',
    'ts,tsx',
    '--ts-config',
    'tsconfig.json',
    ...FOLDERS,
  ],
  { cwd: root, encoding: 'utf8' },
);
if (run.status !== 0 && !run.stdout.trim().startsWith('[')) {
  console.error(`madge failed:\n${run.stderr}`);
  process.exit(2);
}
const found = JSON.parse(run.stdout) as string[][];

/** A circle named by its files in order from the first alphabetically (madge may start anywhere). */
const nameOf = (circle: string[]) => {
  const first = circle.indexOf([...circle].sort()[0]);
  return [...circle.slice(first), ...circle.slice(0, first)].join(' > ');
};
for (const circle of found) console.error(`✘ import circle: ${nameOf(circle)}`);
if (found.length > 0) {
  console.error('Move what the files share (types, constants) into a module both import.');
  process.exit(1);
}
console.log(`no import circle in ${FOLDERS.join(', ')}`);
