import MiniSearch, { type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { ByteWriter, type FieldPostings } from './compactCodec';
import { encodeSaved, encodeTerm } from './compactLeaf';
import { LazyNode, LEAF, type CompactTerms, type RadixNode } from './lazyTree';

export type { CompactTerms } from './lazyTree';

/*
 * Storage: one of the three modules that reach into MiniSearch's private
 * state (with rankedSearch.ts and replaceDocument.ts; why package.json
 * pins minisearch to exactly 7.2.0). Its own toJSON/loadJS
 * round trip turns 4.6 M postings into 4.6 M Map entries at every load
 * (1.5 s at 10,000 notes) and a 43 MB string at every save (4 s); here the
 * inverted index is saved as bytes, and loaded as a radix tree whose nodes
 * and leaves are built, and postings decoded, when first reached.
 * test/core/search/compactIndex.test.ts proves the result is the same index;
 * if MiniSearch changes these internals, that test fails.
 */

/** MiniSearch 7.2.0's private fields read or set here. */
interface Internals {
  _index: SearchableMap<FieldPostings>;
  _documentIds: Map<number, string>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _fieldIds: Record<string, number>;
  _nextId: number;
  _documentCount: number;
  _dirtCount: number;
}

/** Everything of the index but the postings, as MiniSearch's toJSON has it. */
export interface IndexParts {
  documentCount: number;
  nextId: number;
  documentIds: Record<string, string>;
  fieldIds: Record<string, number>;
  fieldLength: Record<string, number[]>;
  averageFieldLength: number[];
}

const internals = (miniSearch: object) => miniSearch as Internals;
const lazyIndex = (compact: CompactTerms) =>
  new SearchableMap<FieldPostings>(new LazyNode(compact, 0, compact.terms.length, 0) as never);

/**
 * The index in compact form, vacuumed: postings of discarded notes are
 * dropped (so the dirt count is reset). The live index then reads from the
 * new bytes as a loaded one does, handing back the heap its Maps took.
 */
export function compactIndex<T>(miniSearch: MiniSearch<T>): {
  parts: IndexParts;
  terms: CompactTerms;
} {
  const state = internals(miniSearch);
  const liveIds = new Uint8Array(state._nextId);
  for (const shortId of state._documentIds.keys()) liveIds[shortId] = 1;
  const live = (shortId: number) => liveIds[shortId] === 1;
  const clean = state._dirtCount === 0;

  const out = new ByteWriter(1 << 20);
  const terms: string[] = [];
  const bounds = [0];
  const add = (term: string) => {
    terms.push(term);
    bounds.push(out.length);
  };
  const tree = (state._index as unknown as { _tree: RadixNode })._tree;
  walk(tree, '', {
    leaf: (term, postings) => {
      if (encodeTerm(out, postings, live, clean)) add(term);
    },
    // A part of the tree nothing reached since it was loaded: its terms' bytes, as they are.
    untouched: ({ compact, lo, hi }) => {
      const { bounds: from, postings } = compact;
      if (clean) {
        out.write(postings.subarray(from[lo], from[hi]));
        for (let i = lo; i < hi; i++) {
          terms.push(compact.terms[i]);
          bounds.push(bounds[bounds.length - 1] + from[i + 1] - from[i]);
        }
        return;
      }
      for (let i = lo; i < hi; i++)
        if (encodeSaved(out, postings, from[i], from[i + 1], live, false)) add(compact.terms[i]);
    },
  });
  const compact = { terms, bounds, postings: out.view().slice() };
  state._index = lazyIndex(compact);
  state._dirtCount = 0;
  return {
    parts: {
      documentCount: state._documentCount,
      nextId: state._nextId,
      documentIds: Object.fromEntries(state._documentIds),
      fieldIds: state._fieldIds,
      fieldLength: Object.fromEntries(state._fieldLength),
      averageFieldLength: state._avgFieldLength,
    },
    terms: compact,
  };
}

/** A MiniSearch over the compact index; throws on terms out of order (a damaged file). */
export function loadCompactIndex<T>(
  parts: IndexParts,
  compact: CompactTerms,
  options: Options<T>,
): MiniSearch<T> {
  const miniSearch = MiniSearch.loadJS<T>(
    { ...parts, storedFields: {}, dirtCount: 0, index: [], serializationVersion: 2 },
    options,
  );
  const { terms } = compact;
  for (let i = 1; i < terms.length; i++)
    if (!(terms[i - 1] < terms[i])) throw new Error(`terms out of order at ${i}`);
  internals(miniSearch)._index = lazyIndex(compact);
  return miniSearch;
}

/** Visits every term in ascending order: each leaf, or a whole part of the tree still unbuilt. */
function walk(
  node: RadixNode,
  prefix: string,
  visit: {
    leaf: (term: string, postings: FieldPostings) => void;
    untouched: (node: LazyNode) => void;
  },
): void {
  if (node instanceof LazyNode && node.isPending) return visit.untouched(node);
  // Labels of one node differ in their first letter, and the empty (leaf) label sorts first.
  for (const label of [...node.keys()].sort()) {
    if (label === LEAF) visit.leaf(prefix, node.get(LEAF) as FieldPostings);
    else walk(node.get(label) as RadixNode, prefix + label, visit);
  }
}
