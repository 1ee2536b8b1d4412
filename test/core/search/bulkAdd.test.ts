import MiniSearch from 'minisearch';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { AppendedNotes } from '../../../electron/core/search/appendedNotes';
import { BulkAdder } from '../../../electron/core/search/bulkAdd';
import type { FieldPostings } from '../../../electron/core/search/compactCodec';
import { compactIndex } from '../../../electron/core/search/compactIndex';
import { countTerms } from '../../../electron/core/search/countedTerms';
import { SearchEngine } from '../../../electron/core/search/searchEngine';
import { MINISEARCH_OPTIONS, type IndexedFields } from '../../../electron/core/search/indexConfig';
import { LEAF, type RadixNode } from '../../../electron/core/search/lazyTree';
import { generatedDocs } from './indexDocs';

/**
 * A build adds its notes from their counted words (through the engine's
 * reach into MiniSearch's internals, searchEngine.ts). The index must be the one MiniSearch's own `add`
 * builds, down to its serialized form (the order of words and postings
 * decides ties between equal scores), and keep answering so after other
 * changes in between.
 */
const options = { ...MINISEARCH_OPTIONS, autoVacuum: false as const };

function addedByMiniSearch(docs: IndexedFields[]): SearchEngine {
  const index = new SearchEngine(options);
  for (const doc of docs) index.add(doc);
  return index;
}

describe('BulkAdder', () => {
  const docs = generatedDocs(400, 3);

  it('builds the index MiniSearch’s add builds', () => {
    const index = new SearchEngine(options);
    const adder = new BulkAdder(index, 'text');
    // The counted text is what goes in: the document's own text is not read.
    for (const doc of docs) adder.add({ ...doc, text: '' }, countTerms(doc.text));
    expect(JSON.stringify(index)).toBe(JSON.stringify(addedByMiniSearch(docs)));
    expect(index.search('con')).toEqual(addedByMiniSearch(docs).search('con'));
  });

  it('saves the bytes MiniSearch’s add would save, writing appended postings as they are', () => {
    const index = new SearchEngine(options);
    const adder = new BulkAdder(index, 'text');
    for (const doc of docs) adder.add(doc, countTerms(doc.text));
    // A note discarded during the build: the save drops its postings from the appended ones too.
    index.discard(docs[5].id);
    const reference = addedByMiniSearch(docs);
    reference.discard(docs[5].id);
    const appended = leavesOf(index.termTree).flatMap((leaf) =>
      [...leaf.values()].filter((notes) => notes instanceof AppendedNotes),
    );
    expect(appended.length).toBeGreaterThan(100);
    expect(compactIndex(index)).toEqual(compactIndex(reference));
    // Written from the pairs, never filled into Maps.
    expect(appended.every((notes) => notes.isPending)).toBe(true);
  });

  it('counts words as the index tokenizes and processes them', () => {
    const counted = countTerms('The Conference, the conférence and THE conference 2022.');
    // Stop words are not counted; accents fold; the length counts distinct tokens before that.
    expect(counted.terms).toEqual(['conference', '2022']);
    expect(counted.counts).toEqual([3, 1]);
    expect(counted.length).toBe(4);
  });

  it('stays equal with discards, removals and re-adds in between', () => {
    const index = new SearchEngine(options);
    const reference = new MiniSearch<IndexedFields>(options);
    const adder = new BulkAdder(index, 'text');
    docs.forEach((doc, i) => {
      adder.add(doc, countTerms(doc.text));
      reference.add(doc);
      if (i % 7 === 3) {
        // A removal drops words whose last posting goes: their leaves leave the tree.
        const gone = docs[i - 1];
        for (const target of [index, reference]) target.remove(gone);
        adder.add(gone, countTerms(gone.text));
        reference.add(gone);
      }
    });
    expect(JSON.stringify(index)).toBe(JSON.stringify(reference));
  });

  it('refuses a counted field that is not the index’s last: its words would go in out of order', () => {
    const fields = ['text', 'title'];
    expect(() => new BulkAdder(new SearchEngine({ ...options, fields }), 'text')).toThrow(/last/);
  });

  it('refuses a document already in the index', () => {
    const index = new SearchEngine(options);
    const adder = new BulkAdder(index, 'text');
    adder.add(docs[0], countTerms(docs[0].text));
    expect(() => adder.add(docs[0], countTerms(docs[0].text))).toThrow(/duplicate/);
  });

  it('lets go of the build’s tree when released', async () => {
    // The adder lives on, as it does in the index: only release() may let the leaves go.
    const { leaf, adder } = builtThenReloaded();
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // Twice, a task apart: a weak reference holds its target until the job that made it ends.
    for (let pass = 0; pass < 2; pass++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      gc();
    }
    expect(leaf.deref()).toBeUndefined();
    expect(adder).toBeInstanceOf(BulkAdder);
  });
});

/**
 * A build's leaf, weakly held, after the index was re-loaded (as a save
 * does: the Maps of the build are garbage) and the adder released. In a
 * function of its own, so that no frame still running holds the leaf.
 */
function builtThenReloaded(): { leaf: WeakRef<object>; adder: BulkAdder } {
  const index = new SearchEngine(options);
  const adder = new BulkAdder(index, 'text');
  const docs = generatedDocs(50, 5);
  for (const doc of docs) adder.add(doc, countTerms(doc.text));
  const leaf = new WeakRef(index.postingsOf(countTerms(docs[0].text).terms[0])!);
  // As a save does: the terms are read from the saved bytes from now on.
  compactIndex(index);
  adder.release();
  return { leaf, adder };
}

/** Every term's postings in the tree. */
function leavesOf(node: RadixNode): FieldPostings[] {
  return [...node].flatMap(([label, child]) =>
    label === LEAF ? [child as FieldPostings] : leavesOf(child as RadixNode),
  );
}
