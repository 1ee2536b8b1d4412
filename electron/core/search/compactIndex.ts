import MiniSearch, { type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import {
  allLive,
  ByteWriter,
  decodePostings,
  encodePostings,
  type FieldPostings,
} from './compactCodec';
import { LazyLeaf } from './lazyLeaf';

/*
 * The one place that reaches into MiniSearch's private state (why
 * package.json pins minisearch to exactly 7.2.0). Its own toJSON/loadJS
 * round trip turns 4.6 M postings into 4.6 M Map entries at every load
 * (1.5 s at 10,000 notes) and a 43 MB string at every save (4 s); here the
 * inverted index is saved as bytes and loaded as one lazy leaf per term.
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

/** SearchableMap's radix tree: edges keyed by label, a term's value under the empty key. */
type RadixNode = Map<string, RadixNode | FieldPostings>;
const LEAF = '';

/** Everything of the index but the postings, as MiniSearch's toJSON has it. */
export interface IndexParts {
  documentCount: number;
  nextId: number;
  documentIds: Record<string, string>;
  fieldIds: Record<string, number>;
  fieldLength: Record<string, number[]>;
  averageFieldLength: number[];
}

/** The inverted index: terms ascending, term i's postings at `postings[bounds[i], bounds[i+1])`. */
export interface CompactTerms {
  terms: string[];
  bounds: number[];
  postings: Uint8Array;
}

const internals = (miniSearch: object) => miniSearch as Internals;
const treeOf = (index: SearchableMap<FieldPostings>) =>
  (index as unknown as { _tree: RadixNode })._tree;

/**
 * The index in compact form, vacuumed: postings of discarded notes are
 * dropped (so the dirt count is reset), and every term of the live index
 * then reads its postings from the new bytes, decoded again on first use,
 * which hands back the heap its Maps took.
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
  const holders: RadixNode[] = [];
  const emptied: string[] = [];
  walk(treeOf(state._index), '', (term, node) => {
    const leaf = node.get(LEAF) as FieldPostings;
    const encoded = leaf instanceof LazyLeaf ? leaf.encoded() : null;
    let written: boolean;
    if (encoded && (clean || allLive(encoded.bytes, encoded.start, encoded.end, live))) {
      out.write(encoded.bytes.subarray(encoded.start, encoded.end));
      written = true;
    } else {
      const postings = encoded ? decodePostings(encoded.bytes, encoded.start, encoded.end) : leaf;
      written = encodePostings(out, postings, live);
    }
    if (!written) {
      emptied.push(term);
    } else {
      terms.push(term);
      bounds.push(out.length);
      holders.push(node);
    }
  });
  const postings = out.view().slice();
  holders.forEach((node, i) => node.set(LEAF, new LazyLeaf(postings, bounds[i], bounds[i + 1])));
  for (const term of emptied) state._index.delete(term);
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
    terms: { terms, bounds, postings },
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
  const { terms, bounds, postings } = compact;
  for (let i = 1; i < terms.length; i++)
    if (!(terms[i - 1] < terms[i])) throw new Error(`terms out of order at ${i}`);
  const tree = buildTree(terms, 0, terms.length, 0, (i) => {
    return new LazyLeaf(postings, bounds[i], bounds[i + 1]);
  });
  internals(miniSearch)._index = new SearchableMap<FieldPostings>(tree as never);
  return miniSearch;
}

/** Visits every term in ascending order with the tree node holding its value. */
function walk(node: RadixNode, prefix: string, visit: (term: string, node: RadixNode) => void) {
  // Labels of one node differ in their first letter, and the empty (leaf) label sorts first.
  for (const label of [...node.keys()].sort()) {
    if (label === LEAF) visit(prefix, node);
    else walk(node.get(label) as RadixNode, prefix + label, visit);
  }
}

/**
 * The radix tree SearchableMap would build by inserting `terms[lo, hi)`
 * (ascending, all sharing their first `depth` letters), built directly:
 * inserting 90,000 terms one by one walks the tree 90,000 times.
 */
function buildTree(
  terms: string[],
  lo: number,
  hi: number,
  depth: number,
  leaf: (i: number) => FieldPostings,
): RadixNode {
  const node: RadixNode = new Map();
  let i = lo;
  if (i < hi && terms[i].length === depth) node.set(LEAF, leaf(i++));
  while (i < hi) {
    const first = terms[i][depth];
    let j = i + 1;
    while (j < hi && terms[j][depth] === first) j++;
    // Sorted, so the group's common prefix is that of its first and last term.
    const a = terms[i];
    const b = terms[j - 1];
    let end = depth + 1;
    while (end < a.length && end < b.length && a[end] === b[end]) end++;
    node.set(a.slice(depth, end), buildTree(terms, i, j, end, leaf));
    i = j;
  }
  return node;
}
