import { SearchEngine } from '../../../electron/core/search/searchEngine';
import { describe, expect, it } from 'vitest';
import { MINISEARCH_OPTIONS, type IndexedFields } from '../../../electron/core/search/indexConfig';
import { replaceDocument, type KeptTokens } from '../../../electron/core/search/replaceDocument';
import { terms } from '../../../shared/search/text';
import { seededRandom } from '../../bench/searchCorpus';
import { syllableSentences, syllableTalk } from './indexDocs';

/**
 * A saved note is re-indexed in place, only its changed words going in and
 * out (through the engine's reach into MiniSearch's internals, searchEngine.ts). After many such edits the
 * index must answer as one built afresh from the notes as they now are.
 */
const random = seededRandom(9);
const sentence = syllableSentences(19);

const options = { ...MINISEARCH_OPTIONS, autoVacuum: false as const };
const note = (i: number): IndexedFields => {
  const talk = syllableTalk(i, sentence, 80);
  return { ...talk, text: `${talk.text}\nThe end of the note.` };
};

function edited(doc: IndexedFields): IndexedFields {
  const words = doc.text.split(' ');
  const at = Math.floor(random() * words.length);
  const roll = random();
  if (roll < 0.4) words.splice(at, 0, ...sentence(1 + Math.floor(random() * 5)).split(' '));
  else if (roll < 0.7) words.splice(at, 1 + Math.floor(random() * 5));
  else words[at] = sentence(1);
  // Now and then the small fields change too (a retitled talk).
  return { ...doc, text: words.join(' '), title: random() < 0.1 ? sentence(3) : doc.title };
}

describe('replaceDocument', () => {
  it('leaves the index answering as one built afresh', () => {
    const docs = Array.from({ length: 300 }, (_, i) => note(i));
    const index = new SearchEngine(options);
    index.addAll(docs);
    let replaced = 0;
    for (let n = 0; n < 1500; n++) {
      const i = Math.floor(random() * docs.length);
      const next = edited(docs[i]);
      if (replaceDocument(index, docs[i], next)) replaced++;
      docs[i] = next;
    }
    expect(replaced).toBe(1500);
    expectAnswersAsFresh(index, docs);
  });

  it('diffs the text over its changed stretch, from kept counts or by searching the rest', () => {
    const words = mixedWords();
    const docs = Array.from({ length: 120 }, (_, i) => ({
      ...note(i),
      text: mixedText(words, 40 + Math.floor(random() * 200), i % 3 === 0),
    }));
    const index = new SearchEngine(options);
    index.addAll(docs);
    // Each note's counts kept from one re-indexing to the next, as SearchIndex keeps them.
    const kept = docs.map((): KeptTokens => ({ field: 'text' }));
    const paths = { counted: 0, searched: 0, countedInFull: 0 };
    for (let n = 0; n < 1500; n++) {
      const i = Math.floor(random() * docs.length);
      const next = { ...docs[i], text: mixedEdit(docs[i].text, words) };
      // Now and then the counts are lost (an entry evicted, a new session).
      if (random() < 0.3) kept[i] = { field: 'text' };
      const had = kept[i].tokens !== undefined;
      expect(replaceDocument(index, docs[i], next, kept[i])).toBe(true);
      if (had) paths.counted++;
      else if (kept[i].tokens === undefined) paths.searched++;
      else paths.countedInFull++;
      docs[i] = next;
    }
    // Every way was taken: notes with letters beyond ASCII are counted in full the first time.
    expect(paths.counted).toBeGreaterThan(300);
    expect(paths.searched).toBeGreaterThan(150);
    expect(paths.countedInFull).toBeGreaterThan(50);
    expectAnswersAsFresh(index, docs, words);
    // The kept counts are the notes' own.
    docs.forEach((doc, i) => {
      if (kept[i].tokens) expect(kept[i].tokens).toEqual(tokenCounts(doc.text));
    });
  });

  it('changes nothing when the note is not indexed as described', () => {
    const index = new SearchEngine(options);
    const doc = note(1);
    index.add(doc);
    expect(replaceDocument(index, note(2), note(2))).toBe(false);
    // Not what was added: its lengths do not match.
    const other = { ...doc, text: `${doc.text} and quite a few more words than before` };
    expect(replaceDocument(index, other, doc)).toBe(false);
    expect(index.search(doc.text.split(' ')[0]).map((r) => r.id as string)).toEqual([doc.id]);
  });
});

/** The index answers every query as one built afresh from `docs`, field lengths included. */
function expectAnswersAsFresh(index: SearchEngine, docs: IndexedFields[], words?: string[]) {
  const fresh = new SearchEngine(options);
  fresh.addAll(docs);
  const vocabulary = words ?? [...new Set(docs.flatMap((d) => d.text.split(' ')))];
  const pick = () => vocabulary[Math.floor(random() * vocabulary.length)];
  const queries = [
    ...Array.from({ length: 40 }, pick),
    ...Array.from({ length: 20 }, () => `${pick()} ${pick()}`),
    ...Array.from({ length: 20 }, () => pick().slice(0, 3)),
    ...Array.from({ length: 10 }, () => `${pick()}x`),
  ];
  for (const query of queries) {
    const got = index.search(query);
    const want = fresh.search(query);
    expect(got.map((r) => r.id as string).sort()).toEqual(want.map((r) => r.id as string).sort());
    const scores = new Map(want.map((r) => [r.id as string, r]));
    for (const result of got) {
      const expected = scores.get(result.id as string)!;
      expect(result.score).toBeCloseTo(expected.score, 9);
      expect(result.match).toEqual(expected.match);
    }
  }
  expect(index.documentCount).toBe(fresh.documentCount);
  expect(index.termCount).toBe(fresh.termCount);
  // The lengths scoring divides by, note by note (MiniSearch keeps them by short id, in order).
  const lengths = (m: SearchEngine) => {
    const all: Array<readonly number[]> = [];
    m.forEachFieldLengths((lengths) => all.push(lengths));
    return all;
  };
  expect(lengths(index)).toEqual(lengths(fresh));
}

function tokenCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of terms(text)) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/**
 * Words as notes have them, in several spellings of one word: stop words
 * (indexed by length only), capitals, accents that fold into ASCII
 * (`Thé` is `the`), punctuation beyond ASCII, other scripts, digits.
 */
function mixedWords(): string[] {
  const plain = Array.from({ length: 60 }, () => sentence(1));
  return [
    ...plain,
    ...plain.slice(0, 10).map((w) => w.toUpperCase()),
    ...['the', 'The', 'THE', 'of', 'and', 'it', 'is', 'a', 'to', 'in'],
    ...['k8s', 'v2', '2024', 'x-ray', 'don’t', '“quoted”', '—', '•', 'end.', '(aside)'],
  ];
}

/** Words beyond ASCII, which some notes hold and others never do. */
const OTHER_WORDS = ['Thé', 'café', 'Amélie', 'İt', 'токен', '東京', 'naïve', 'ＦＵＬＬ'];

function mixedText(words: string[], length: number, other: boolean): string {
  const pool = other ? [...words, ...OTHER_WORDS] : words;
  return Array.from({ length }, (_, i) =>
    i % 17 === 16 ? '\n' : pool[Math.floor(random() * pool.length)],
  ).join(' ');
}

/** An edit as typing makes: words put in, taken out or changed; letters put in or taken out of a word; two words joined. */
function mixedEdit(text: string, words: string[]): string {
  const at = Math.floor(random() * (text.length + 1));
  const roll = random();
  const some = () =>
    Array.from(
      { length: 1 + Math.floor(random() * 4) },
      () => words[Math.floor(random() * words.length)],
    ).join(' ');
  if (roll < 0.3) return `${text.slice(0, at)} ${some()} ${text.slice(at)}`;
  if (roll < 0.5) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 30));
  if (roll < 0.7)
    return `${text.slice(0, at)}${'xq'.slice(0, 1 + Math.floor(random() * 2))}${text.slice(at)}`;
  if (roll < 0.8) {
    const space = text.indexOf(' ', at);
    return space < 0 ? text : text.slice(0, space) + text.slice(space + 1);
  }
  if (roll < 0.9) return `${text}\n${some()}`;
  return `${some()} ${text}`;
}
