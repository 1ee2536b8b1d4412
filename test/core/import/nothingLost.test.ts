import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPost } from '../../../electron/core/import/planPost';
import { sourceToPosts, type Post } from '../../../electron/core/import/posts';
import { readSourceFile } from '../../../electron/core/import/readSources';
import { readTalks, type TalkPattern } from '../../../electron/core/import/readTalks';
import { sharedNotesDir, sharedRealworldDir } from '../../helpers/sharedFixtures';
import { FIXTURES } from './importHelpers';

/**
 * "Nothing of the text is lost, whichever way a file is split" (issue 15):
 * for every write-up of the shared corpora and our own, read with the marker
 * the reader chose and with every other marker it offers, each word of what
 * was read lands in a talk (title, speakers, notes) or in the conference
 * (title, notes). Only the words of the lines that became titles may go,
 * and only those a title leaves out on purpose: a time, a number, a kind
 * ("Keynote -"), a separator word ("by", "par").
 */
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });
const words = (text: string) =>
  [...segmenter.segment(text.normalize('NFKC').toLowerCase())]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment);

/** The text of a tree with its blocks and inline parts kept apart (toString would glue "Day 1" to "A."). */
function textOf(node: { type: string; value?: unknown; children?: unknown[] }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((c) => textOf(c as typeof node)).join(' ');
}

function counts(list: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const word of list) map.set(word, (map.get(word) ?? 0) + 1);
  return map;
}

/** Words of the source missing from what one reading of it would import, less those of its title lines. */
function lostWords(post: Post, marker: TalkPattern | undefined): string[] {
  const read = readTalks(post.tree, marker, post.meta.title);
  const plan = planPost(post, marker, read);
  // The planned trees are what the one Markdown engine writes, word for word (counting words in the
  // written Markdown instead would see `_Name_` as the word "_name": an artefact, not a loss).
  const out: string[] = [...plan.nodes.values()].map(textOf);
  const talks = plan.kind === 'conference' ? plan.conference.talks : [plan.talk];
  if (plan.kind === 'conference') out.push(plan.conference.title);
  for (const talk of talks) {
    out.push(talk.title, ...talk.speakers.map((s) => `${s.name} ${s.affiliation ?? ''}`));
  }
  const have = counts(words(out.join('\n')));
  const titleLines = new Set(
    words([read.title ?? '', ...read.talks.map((t) => t.marker)].join(' ')),
  );
  const lost: string[] = [];
  for (const [word, count] of counts(words(textOf(post.tree)))) {
    if ((have.get(word) ?? 0) < count && !titleLines.has(word)) lost.push(word);
  }
  return lost;
}

/** Every write-up, one test each: the shared corpora and our own. */
const FOLDERS = [
  sharedRealworldDir(),
  sharedNotesDir(),
  join(FIXTURES, 'formats'),
  join(FIXTURES, 'shapes'),
  join(FIXTURES, 'two-days/2022_05_nordic-summit'),
];
/** The files of a folder, and of its sub-folders (a folder of one-talk notes). */
function filesIn(folder: string): Array<readonly [string, string]> {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.name !== 'README.md' && entry.name !== 'labels.json')
    .flatMap((entry) =>
      entry.isDirectory() ? filesIn(join(folder, entry.name)) : [[entry.name, folder] as const],
    );
}
const FILES = FOLDERS.flatMap(filesIn);

describe('nothing of the text is lost, whichever way a write-up is split', () => {
  it.each(FILES)('%s', async (name, folder) => {
    const file = await readSourceFile({ path: join(folder, name), root: folder });
    if (!('kind' in file)) throw new Error(`${name}: ${file.reason}`);
    const failures: string[] = [];
    for (const post of await sourceToPosts(file)) {
      const offered = planPost(post);
      const reading =
        offered.kind === 'conference' ? offered.conference.reading : offered.talk.reading;
      // The reader's own choice, then every other marker the review offers for this post.
      const markers = new Set<TalkPattern | undefined>([
        undefined,
        ...(reading?.choices.map((c) => c.marker).filter((m) => m !== reading.chosen) ?? []),
      ]);
      for (const marker of markers) {
        const lost = lostWords(post, marker);
        if (lost.length > 0) {
          failures.push(`${post.label} (${marker ?? 'chosen'}): ${lost.slice(0, 12).join(' ')}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
