import type { FieldPostings } from './compactCodec';
import { LazyLeaf } from './lazyLeaf';
import { LazyNode, LEAF, type RadixNode } from './lazyTree';

/**
 * Every indexed word starting with `prefix`, with its postings, in the
 * order MiniSearch 7.2.0's `atPrefix(prefix)` iterates them (its
 * TreeIterator takes each node's keys last first, so words come in
 * descending order where the tree was built from the sorted saved terms).
 * A part of the tree still unbuilt since loading is read from the saved
 * terms directly: a 3-letter prefix has 1,000 words at 10,000 notes, and
 * building their nodes only to walk them once cost most of such a query.
 * Where nodes were built (and maybe changed), they are walked as
 * MiniSearch walks them.
 */
export function forEachPrefixTerm(
  tree: RadixNode,
  prefix: string,
  visit: (word: string, data: FieldPostings) => void,
): void {
  let node: RadixNode = tree;
  let path = '';
  // MiniSearch's trackDown: follow the first edge the rest of the prefix starts with.
  while (path.length < prefix.length) {
    if (node instanceof LazyNode && node.isPending) return visitSaved(node, prefix, visit);
    const rest = prefix.slice(path.length);
    let next: RadixNode | null = null;
    for (const key of node.keys()) {
      if (key !== LEAF && rest.startsWith(key)) {
        next = node.get(key) as RadixNode;
        path += key;
        break;
      }
    }
    if (next) {
      node = next;
      continue;
    }
    // The prefix ends inside an edge: atPrefix takes the first edge that goes on from it.
    for (const key of node.keys()) {
      if (key !== LEAF && key.startsWith(rest))
        return visitNode(node.get(key) as RadixNode, path + key, visit);
    }
    return;
  }
  visitNode(node, path, visit);
}

/** A node's words as TreeIterator yields them: keys last first, a word's own leaf after its longer words. */
function visitNode(
  node: RadixNode,
  path: string,
  visit: (word: string, data: FieldPostings) => void,
): void {
  if (node instanceof LazyNode && node.isPending) return visitSaved(node, path, visit);
  const keys = [...node.keys()];
  for (let i = keys.length - 1; i >= 0; i--) {
    if (keys[i] === LEAF) visit(path, node.get(LEAF) as FieldPostings);
    else visitNode(node.get(keys[i]) as RadixNode, path + keys[i], visit);
  }
}

/** The saved words of an unbuilt node that start with `prefix`, descending, as its built form would yield them. */
function visitSaved(
  node: LazyNode,
  prefix: string,
  visit: (word: string, data: FieldPostings) => void,
): void {
  const { terms, bounds, postings } = node.compact;
  // Sorted terms: those starting with the prefix are one run.
  let lo = node.lo;
  let hi = node.hi;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < node.hi && terms[end].startsWith(prefix)) end++;
  for (let i = end - 1; i >= lo; i--)
    visit(terms[i], new LazyLeaf(postings, bounds[i], bounds[i + 1]));
}
