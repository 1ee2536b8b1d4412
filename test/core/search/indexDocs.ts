import { extractNote, infoOf, sourcesOf } from '../../../electron/core/search/documents';
import { indexedFields, type IndexedFields } from '../../../electron/core/search/indexConfig';
import type { FixtureLibrary } from './fixtureLibrary';
import { seededRandom } from '../../bench/searchCorpus';

/** The fixture library's talks as the index sees them, read through the library and the one Markdown engine. */
export async function fixtureDocs(fixture: FixtureLibrary): Promise<IndexedFields[]> {
  const sources = sourcesOf((await fixture.library.list()).conferences);
  const docs: IndexedFields[] = [];
  for (const source of sources) {
    const { text, hasOpenActions } = extractNote((await fixture.library.readTalk(source.id)).body);
    docs.push(indexedFields(infoOf(source, hasOpenActions, 'fixture'), text));
  }
  return docs;
}

/**
 * Words for generated notes: made-up ones, families sharing prefixes (the
 * radix tree's splits), accents, other scripts, digits and one very long word.
 */
function vocabulary(random: () => number, size: number): string[] {
  const syllables = ['ka', 'lo', 'mi', 'tr', 'on', 'ex', 'ple', 'qu', 'zé', 'st', 'an', 'ia'];
  const words = new Set<string>([
    'con',
    'conf',
    'conference',
    'conferences',
    'configure',
    'contain',
    'container',
    'containers',
    'amélie',
    'Ärger',
    'токен',
    '東京',
    '2022',
    'k8s',
    'a',
    'ab',
    'abc',
    'abcd',
    'x'.repeat(70),
  ]);
  while (words.size < size) {
    let word = '';
    const count = 1 + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) word += syllables[Math.floor(random() * syllables.length)];
    words.add(word);
  }
  return [...words];
}

/** `count` generated talks with Zipf-like word frequencies, ids `gen-<n>` from `first`. */
export function generatedDocs(count: number, seed: number, first = 0): IndexedFields[] {
  const random = seededRandom(seed);
  const words = vocabulary(seededRandom(7), 1500);
  const word = () => words[Math.floor(words.length * random() ** 3)];
  const phrase = (n: number) => Array.from({ length: n }, word).join(' ');
  const kinds = ['talk', 'keynote', 'workshop', 'panel'];
  return Array.from({ length: count }, (_, i) => ({
    id: `gen-${first + i}`,
    title: phrase(2 + Math.floor(random() * 5)),
    speakers: `${phrase(2)} \n ${phrase(1)}`,
    conference: `Conf ${Math.floor(random() * 12)} conf-${Math.floor(random() * 12)}`,
    tags: phrase(Math.floor(random() * 3)),
    kind: kinds[Math.floor(random() * kinds.length)],
    track: random() < 0.5 ? '' : phrase(1),
    // Every talk has the field; few have slide text (and the seeded stream stays as it was).
    slides: '',
    text: phrase(20 + Math.floor(random() * 300)),
  }));
}

/** Sentences of made-up words from a few syllables: many shared prefixes, seeded to replay. */
export function syllableSentences(seed: number): (words: number) => string {
  const random = seededRandom(seed);
  const syllables = 'ka ri to mo sa ne lu vi da pe go zu'.split(' ');
  const word = () =>
    Array.from(
      { length: 1 + Math.floor(random() * 3) },
      () => syllables[Math.floor(random() * syllables.length)],
    ).join('');
  return (words) => Array.from({ length: words }, word).join(' ');
}

/** A talk of made-up words: `sentence` from syllableSentences, the notes `textWords` long. */
export function syllableTalk(
  i: number,
  sentence: (words: number) => string,
  textWords: number,
): IndexedFields {
  return {
    id: `talk-${i}`,
    title: sentence(4),
    speakers: sentence(2),
    conference: sentence(3),
    tags: sentence(2),
    kind: 'talk',
    track: '',
    slides: '',
    text: sentence(textWords),
  };
}
