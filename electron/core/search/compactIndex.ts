import type { Options } from 'minisearch';
import { ByteWriter, type FieldPostings } from './compactCodec';
import { encodeSaved, encodeTerm } from './compactLeaf';
import { SearchEngine, type IndexParts } from './searchEngine';
import type { IndexedFields } from './indexConfig';
import { LazyNode, LEAF, type CompactTerms, type RadixNode } from './lazyTree';

/*
 * Storage. MiniSearch's own toJSON/loadJS round trip turns 4.6 M postings
 * into 4.6 M Map entries at every load (1.5 s at 10,000 notes) and a 43 MB
 * string at every save (4 s); here the inverted index is saved as bytes,
 * and loaded as a radix tree whose nodes and leaves are built, and postings
 * decoded, when first reached (the engine's `useCompactTerms`, searchEngine.ts).
 * test/core/search/compactIndex.test.ts proves the result is the same index.
 */

/**
 * The index in compact form, vacuumed: postings of discarded notes are
 * dropped (so the dirt count is reset). The live index then reads from the
 * new bytes as a loaded one does, handing back the heap its Maps took.
 */
export function compactIndex(engine: SearchEngine): { parts: IndexParts; terms: CompactTerms } {
  const liveIds = new Uint8Array(engine.shortIdLimit);
  engine.forEachLive((shortId) => (liveIds[shortId] = 1));
  const live = (shortId: number) => liveIds[shortId] === 1;
  const clean = engine.dirtCount === 0;

  const out = new ByteWriter(1 << 20);
  const terms: string[] = [];
  const bounds = [0];
  const add = (term: string) => {
    terms.push(term);
    bounds.push(out.length);
  };
  walk(engine.termTree, '', {
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
  engine.useCompactTerms(compact);
  return { parts: engine.parts(), terms: compact };
}

/** The engine over a compact index; throws on terms out of order (a damaged file). */
export function loadCompactIndex(
  parts: IndexParts,
  compact: CompactTerms,
  options: Options<IndexedFields>,
): SearchEngine {
  const { terms } = compact;
  for (let i = 1; i < terms.length; i++)
    if (!(terms[i - 1] < terms[i])) throw new Error(`terms out of order at ${i}`);
  return SearchEngine.fromCompact(parts, compact, options);
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
