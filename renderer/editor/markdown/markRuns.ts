import type { PhrasingContent } from 'mdast';

export type Mark = 'strong' | 'emphasis' | 'delete';

/** One leaf of inline content with the marks (bold, italic, strike) around it. */
export interface Item {
  node: PhrasingContent;
  marks: Mark[];
  /** Source order of enclosing marks, outermost first (markChainState). */
  chain: string;
  /** Breaks and images carry no format in Lexical: they join their neighbours' marks. */
  wild?: 'soft' | 'hard' | 'image';
}

const LETTERS: Record<string, Mark> = { S: 'strong', E: 'emphasis', D: 'delete' };
const DEFAULT_ORDER: Mark[] = ['strong', 'emphasis', 'delete'];

/**
 * Rebuilds nested marks from flat formatted leaves: at each position the mark
 * that runs furthest becomes the outer one; on a tie the source order wins.
 * Whitespace at a mark's edge moves outside it (`*a *` is not emphasis).
 */
export function buildMarks(items: Item[]): PhrasingContent[] {
  return mergeLeaves(buildRuns(inheritWildMarks(items)));
}

function inheritWildMarks(items: Item[]): Item[] {
  return items.map((item, index) => {
    if (!item.wild) return item;
    const before = items
      .slice(0, index)
      .reverse()
      .find((other) => !other.wild);
    const after = items.slice(index + 1).find((other) => !other.wild);
    const marks = before && after ? before.marks.filter((mark) => after.marks.includes(mark)) : [];
    return { ...item, marks, chain: before?.chain ?? '' };
  });
}

function buildRuns(items: Item[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let i = 0;
  while (i < items.length) {
    const item = items[i];
    if (item.marks.length === 0) {
      out.push(item.node);
      i++;
      continue;
    }
    const order = preferredOrder(item.chain);
    let best = item.marks[0];
    let bestLength = 0;
    for (const mark of [...item.marks].sort((a, b) => order.indexOf(a) - order.indexOf(b))) {
      let length = 0;
      while (i + length < items.length && items[i + length].marks.includes(mark)) length++;
      if (length > bestLength) [best, bestLength] = [mark, length];
    }
    const inner = items.slice(i, i + bestLength).map((other) => ({
      ...other,
      marks: other.marks.filter((mark) => mark !== best),
    }));
    out.push(...wrap(best, mergeLeaves(buildRuns(inner))));
    i += bestLength;
  }
  return out;
}

function preferredOrder(chain: string): Mark[] {
  const fromSource = [...chain]
    .map((letter) => LETTERS[letter])
    .filter((mark): mark is Mark => mark !== undefined);
  return [...new Set([...fromSource, ...DEFAULT_ORDER])];
}

/** Wraps children in a mark, leaving leading and trailing whitespace outside. */
function wrap(mark: Mark, children: PhrasingContent[]): PhrasingContent[] {
  const before: PhrasingContent[] = [];
  const after: PhrasingContent[] = [];
  const first = children[0];
  if (first?.type === 'text') {
    const lead = /^\s+/.exec(first.value)?.[0] ?? '';
    if (lead) {
      before.push({ type: 'text', value: lead });
      children[0] = { type: 'text', value: first.value.slice(lead.length) };
    }
  }
  const last = children[children.length - 1];
  if (last?.type === 'text') {
    // trimEnd, not /\s+$/: the regex is quadratic on a long run of spaces; both trim the same set.
    const trail = last.value.slice(last.value.trimEnd().length);
    if (trail) {
      after.push({ type: 'text', value: trail });
      children[children.length - 1] = { type: 'text', value: last.value.slice(0, -trail.length) };
    }
  }
  const kept = children.filter((child) => !(child.type === 'text' && child.value === ''));
  if (kept.length === 0) return [...before, ...after];
  return [...before, { type: mark, children: kept }, ...after];
}

/** Joins neighbouring text (and neighbouring inline code) into one leaf. */
function mergeLeaves(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const previous = out[out.length - 1];
    if (previous?.type === 'text' && node.type === 'text')
      out[out.length - 1] = { type: 'text', value: previous.value + node.value };
    else if (previous?.type === 'inlineCode' && node.type === 'inlineCode')
      out[out.length - 1] = { type: 'inlineCode', value: previous.value + node.value };
    else out.push(node);
  }
  return out;
}
