import type { FieldPostings } from './compactCodec';
import { LazyLeaf } from './lazyLeaf';
import { LazyMap } from './lazyMap';

/** The inverted index in compact form: terms ascending, term i's postings at `postings[bounds[i], bounds[i+1])`. */
export interface CompactTerms {
  terms: string[];
  bounds: number[];
  postings: Uint8Array;
}

/** SearchableMap's radix tree node: edges keyed by label, a term's value under the empty key. */
export type RadixNode = Map<string, RadixNode | FieldPostings>;
export const LEAF = '';

/**
 * A node of SearchableMap's radix tree over `terms[lo, hi)` (sorted, all
 * sharing their first `depth` letters), built on first use: a loaded index
 * builds only the nodes and leaves its searches and changes reach, instead
 * of 90,000 leaves and their nodes up front. Filled, it is the node
 * SearchableMap would have built by inserting those terms.
 */
export class LazyNode extends LazyMap<string, RadixNode | FieldPostings> {
  constructor(
    readonly compact: CompactTerms,
    readonly lo: number,
    readonly hi: number,
    private readonly depth: number,
  ) {
    super();
  }

  protected fill(): void {
    const { terms, bounds, postings } = this.compact;
    let i = this.lo;
    const depth = this.depth;
    if (i < this.hi && terms[i].length === depth) {
      this.rawSet(LEAF, new LazyLeaf(postings, bounds[i], bounds[i + 1]));
      i++;
    }
    while (i < this.hi) {
      const j = groupEnd(terms, i, this.hi, depth);
      // Sorted, so the group's common prefix is that of its first and last term.
      const a = terms[i];
      const b = terms[j - 1];
      let end = depth + 1;
      while (end < a.length && end < b.length && a[end] === b[end]) end++;
      this.rawSet(a.slice(depth, end), new LazyNode(this.compact, i, j, end));
      i = j;
    }
  }
}

/**
 * The end of the run of terms from `i` with the same letter at `depth`:
 * the letter only grows along sorted terms sharing their first `depth`
 * letters, so a binary search finds it (a node's fill then costs its
 * children, not its terms: the root's is 40 searches, not 90,000 steps).
 */
function groupEnd(terms: string[], i: number, hi: number, depth: number): number {
  const letter = terms[i][depth];
  let lo = i + 1;
  let end = hi;
  while (lo < end) {
    const mid = (lo + end) >>> 1;
    if (terms[mid][depth] === letter) lo = mid + 1;
    else end = mid;
  }
  return lo;
}
