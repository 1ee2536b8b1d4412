/**
 * What MiniSearch 7.2.0's private query execution returns (a Map from note
 * short id to `{score, terms, match}`), kept in columns instead: the notes
 * in the Map's order, their scores, and which query terms each matched as
 * bits. A common word or a 3-letter prefix matches most notes at 10,000,
 * and an object with a `match` per note (one key per matched word: dozens
 * for a prefix) was most of such a query's time; which words matched is
 * worked out afterwards for the page shown only (queryExecutor.ts).
 */
export class ScoredColumns {
  ids: Int32Array;
  scores: Float64Array;
  /** Per note, bit i set when it matched the query's i-th distinct source term. */
  terms: Int32Array;
  length = 0;
  private positions: Int32Array | null = null;

  constructor(
    /** Short ids are below this (MiniSearch's `_nextId`). */
    readonly idLimit: number,
    capacity = 64,
  ) {
    this.ids = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
    this.terms = new Int32Array(capacity);
  }

  /** Appends a note not yet in the columns; returns its position. */
  push(id: number, score: number, terms: number): number {
    if (this.length === this.ids.length) this.grow();
    const at = this.length++;
    this.ids[at] = id;
    this.scores[at] = score;
    this.terms[at] = terms;
    if (this.positions) this.positions[id] = at;
    return at;
  }

  /** The note's position, or -1 when it is not in the columns. */
  positionOf(id: number): number {
    if (!this.positions) {
      this.positions = new Int32Array(this.idLimit).fill(-1);
      for (let i = 0; i < this.length; i++) this.positions[this.ids[i]] = i;
    }
    return this.positions[id];
  }

  has(id: number): boolean {
    return this.positionOf(id) >= 0;
  }

  private grow(): void {
    const size = this.ids.length * 2;
    const ids = new Int32Array(size);
    const scores = new Float64Array(size);
    const terms = new Int32Array(size);
    ids.set(this.ids);
    scores.set(this.scores);
    terms.set(this.terms);
    [this.ids, this.scores, this.terms] = [ids, scores, terms];
  }
}

/** MiniSearch's `or` combinator: `a`'s notes then `b`'s others, shared ones summed (`a` is left as it was). */
export function orColumns(first: ScoredColumns, b: ScoredColumns): ScoredColumns {
  const a = new ScoredColumns(first.idLimit, Math.max(1, first.length + b.length));
  for (let i = 0; i < first.length; i++) a.push(first.ids[i], first.scores[i], first.terms[i]);
  for (let i = 0; i < b.length; i++) {
    const at = a.positionOf(b.ids[i]);
    if (at < 0) a.push(b.ids[i], b.scores[i], b.terms[i]);
    else {
      a.scores[at] = a.scores[at] + b.scores[i];
      a.terms[at] |= b.terms[i];
    }
  }
  return a;
}

/** MiniSearch's `and` combinator: the notes of `b` also in `a`, in `b`'s order, scores summed. */
export function andColumns(a: ScoredColumns, b: ScoredColumns): ScoredColumns {
  const combined = new ScoredColumns(a.idLimit, Math.max(1, Math.min(a.length, b.length)));
  for (let i = 0; i < b.length; i++) {
    const at = a.positionOf(b.ids[i]);
    if (at >= 0) combined.push(b.ids[i], a.scores[at] + b.scores[i], a.terms[at] | b.terms[i]);
  }
  return combined;
}

/** MiniSearch's `and_not` combinator: the notes of `a` not in `b`, in `a`'s order. */
export function andNotColumns(a: ScoredColumns, b: ScoredColumns): ScoredColumns {
  const kept = new ScoredColumns(a.idLimit, Math.max(1, a.length));
  for (let i = 0; i < a.length; i++)
    if (!b.has(a.ids[i])) kept.push(a.ids[i], a.scores[i], a.terms[i]);
  return kept;
}

/** How many query terms a note matched: MiniSearch multiplies its score by it. */
export function termCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}
