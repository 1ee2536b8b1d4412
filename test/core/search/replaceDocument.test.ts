import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { MINISEARCH_OPTIONS, type IndexedFields } from '../../../electron/core/search/indexConfig';
import { replaceDocument } from '../../../electron/core/search/replaceDocument';
import { seededRandom } from '../../bench/searchCorpus';
import { syllableSentences, syllableTalk } from './indexDocs';

/**
 * A saved note is re-indexed in place, only its changed words going in and
 * out (a reach into MiniSearch 7.2.0's internals). After many such edits the
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
    const index = new MiniSearch<IndexedFields>(options);
    index.addAll(docs);
    let replaced = 0;
    for (let n = 0; n < 1500; n++) {
      const i = Math.floor(random() * docs.length);
      const next = edited(docs[i]);
      if (replaceDocument(index, docs[i], next)) replaced++;
      docs[i] = next;
    }
    expect(replaced).toBe(1500);
    const fresh = new MiniSearch<IndexedFields>(options);
    fresh.addAll(docs);

    const vocabulary = [...new Set(docs.flatMap((d) => d.text.split(' ')))];
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
  });

  it('changes nothing when the note is not indexed as described', () => {
    const index = new MiniSearch<IndexedFields>(options);
    const doc = note(1);
    index.add(doc);
    expect(replaceDocument(index, note(2), note(2))).toBe(false);
    // Not what was added: its lengths do not match.
    const other = { ...doc, text: `${doc.text} and quite a few more words than before` };
    expect(replaceDocument(index, other, doc)).toBe(false);
    expect(index.search(doc.text.split(' ')[0]).map((r) => r.id as string)).toEqual([doc.id]);
  });
});
