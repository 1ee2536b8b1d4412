/**
 * The child of the crash test: rewrites notes through the real library core
 * as fast as it can until it is killed. Each version's body says which note
 * and version it is and how long it must be, so a torn write shows.
 */
import { FileLibrary } from '../../../../electron/core/library/fileLibrary';
import { expectedBody } from './crashNotes';

const [root, seedText] = process.argv.slice(2);
const library = await FileLibrary.open(root);
const talks = (await library.list()).conferences.flatMap((c) => c.talks);
let seed = Number(seedText ?? 1);
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

let announced = false;
for (;;) {
  const talk = talks[Math.floor(random() * talks.length)];
  const current = await library.readTalk(talk.id);
  const version = Number(/version (\d+)/.exec(current.body)?.[1] ?? 0) + 1;
  await library.updateTalk(
    talk.id,
    { body: expectedBody(talk.meta.title, version) },
    current.revision,
  );
  if (!announced) {
    process.stdout.write('ready\n');
    announced = true;
  }
}
