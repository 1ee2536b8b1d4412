/**
 * `npm run lint:circles` (part of `npm run lint`): no two modules import
 * each other, type imports included, found by madge over the TypeScript
 * sources. A circle makes files hard to read in order and hides which one
 * is the leaf: shared types go in small modules of their own.
 *
 * KNOWN lists the circles there are today, each with what will remove it;
 * any other circle fails the run, and so does a listed one that is gone
 * (take it off the list).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const KNOWN: Array<{ circle: string[]; reason: string }> = [
  {
    circle: ['renderer/editor/nodes/ImageNode.tsx', 'renderer/editor/nodes/ImageView.tsx'],
    reason: 'the view finds its node with $isImageNode; the node should hand the view its setter',
  },
  {
    circle: [
      'renderer/editor/nodes/RawMarkdownNode.tsx',
      'renderer/editor/nodes/RawMarkdownView.tsx',
    ],
    reason: 'as ImageNode: the view should get its setter from the node',
  },
];

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
const known = new Map(KNOWN.map((k) => [nameOf(k.circle), k.reason]));
const foundNames = new Set(found.map(nameOf));
const unexpected = [...foundNames].filter((name) => !known.has(name));
const gone = [...known.keys()].filter((name) => !foundNames.has(name));

for (const name of foundNames)
  if (known.has(name)) console.log(`known circle: ${name} (${known.get(name)})`);
for (const name of unexpected) console.error(`✘ import circle: ${name}`);
for (const name of gone) console.error(`✘ no longer a circle, take it off KNOWN: ${name}`);
if (unexpected.length > 0)
  console.error('Move what the files share (types, constants) into a module both import.');
if (unexpected.length > 0 || gone.length > 0) process.exit(1);
console.log(`no new import circle in ${FOLDERS.join(', ')}`);
