import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sharedNotesDir } from '../helpers/sharedFixtures';

/** prose: paragraphs with a few short lists; bullets: each talk a heading and a nested list. */
export type NoteShape = 'prose' | 'bullets';

/** Realistic notes: words from the attendees' own write-ups, in headings, paragraphs and lists. */
export async function benchNote(words: number, shape: NoteShape): Promise<string> {
  const dir = sharedNotesDir();
  const texts = await Promise.all(
    (await readdir(dir)).map((name) => readFile(join(dir, name), 'utf8')),
  );
  const vocabulary = texts
    .join(' ')
    .split(/\s+/)
    .filter((w) => /^[A-Za-z][A-Za-z'-]*[a-z]$/.test(w));
  const blocks: string[] = [];
  let written = 0;
  for (let i = 0; written < words; i++) {
    const take = (n: number) => {
      written += n;
      return Array.from(
        { length: n },
        (_, k) => vocabulary[(i * 97 + k * 31) % vocabulary.length],
      ).join(' ');
    };
    if (shape === 'bullets') {
      // A talk: its heading, then 60 bullets nested up to three deep, as people type them live.
      const bullets = Array.from({ length: 60 }, (_, k) => `${'  '.repeat(k % 3)}- ${take(10)}`);
      blocks.push(`## ${take(4)}`, bullets.join('\n'));
    } else if (i % 12 === 0) blocks.push(`## ${take(4)}`);
    else if (i % 5 === 0) blocks.push([1, 2, 3].map(() => `- ${take(8)}`).join('\n'));
    else blocks.push(`${take(50)}.`);
  }
  return `${blocks.join('\n\n')}\n`;
}
