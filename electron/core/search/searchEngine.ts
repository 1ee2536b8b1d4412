import MiniSearch, { type Options } from 'minisearch';
import type { FieldPostings } from './compactCodec';
import type { IndexedFields } from './indexConfig';
import { LazyNode, type CompactTerms, type RadixNode } from './lazyTree';

/*
 * The one seam to MiniSearch's internals. Saving the index as bytes, adding
 * a build's notes from their counted words, re-indexing a saved note in
 * place and ranking only the page shown all need more of MiniSearch than
 * its public API gives (the modules named in the class's sections). They
 * reach it here only: its `protected` fields through this subclass, which
 * the compiler checks against MiniSearch's own declarations at every use,
 * and four of its private methods through the one typed bridge below.
 * package.json pins minisearch to exactly MINISEARCH_VERSION;
 * test/core/search/searchEngine.test.ts fails when another is installed, and the
 * equivalence tests beside it (bulkAdd, replaceDocument, compactIndex,
 * rankedSearch) hold each use to MiniSearch's own results.
 */

/** The minisearch release this file was written against. */
export const MINISEARCH_VERSION = '7.2.0';

/** MiniSearch's options as it resolved them, its defaults filled in. */
export type ResolvedOptions = MiniSearch<IndexedFields>['_options'];

/** Everything of the index but the postings, as MiniSearch's toJSON has it. */
export interface IndexParts {
  documentCount: number;
  nextId: number;
  documentIds: Record<string, string>;
  fieldIds: Record<string, number>;
  fieldLength: Record<string, number[]>;
  averageFieldLength: number[];
}

/**
 * MiniSearch 7.2.0's private methods used here, typed as its source
 * defines them (its declarations only say `private addTerm;`). Each is the
 * step its own `add` and `discard` take, so what they do to the index is
 * what MiniSearch would do.
 */
interface PrivateSteps {
  addTerm(this: MiniSearch, fieldId: number, shortId: number, term: string): void;
  removeTerm(this: MiniSearch, fieldId: number, shortId: number, term: string): void;
  addFieldLength(
    this: MiniSearch,
    shortId: number,
    fieldId: number,
    count: number,
    length: number,
  ): void;
  removeFieldLength(
    this: MiniSearch,
    shortId: number,
    fieldId: number,
    count: number,
    length: number,
  ): void;
}

/** The private methods bridged, with how many parameters each takes in MINISEARCH_VERSION. */
export const PRIVATE_STEPS: Readonly<Record<keyof PrivateSteps, number>> = {
  addTerm: 3,
  removeTerm: 3,
  addFieldLength: 4,
  removeFieldLength: 4,
};

/** The bridge: each private method taken once from MiniSearch's prototype, with its type. */
const steps: PrivateSteps = {
  addTerm: privateStep('addTerm'),
  removeTerm: privateStep('removeTerm'),
  addFieldLength: privateStep('addFieldLength'),
  removeFieldLength: privateStep('removeFieldLength'),
};

function privateStep<K extends keyof PrivateSteps>(name: K): PrivateSteps[K] {
  const method: unknown = Object.getOwnPropertyDescriptor(MiniSearch.prototype, name)?.value;
  if (typeof method !== 'function')
    throw new Error(`minisearch has no ${name}: the search engine needs ${MINISEARCH_VERSION}`);
  return method as PrivateSteps[K];
}

/**
 * MiniSearch over the talks' fields (indexConfig.ts), with what the index's
 * own modules need of its internals as methods of its own. Everything else
 * (add, discard, has, search) is MiniSearch's, unchanged.
 */
export class SearchEngine extends MiniSearch<IndexedFields> {
  /**
   * The index saved as `parts` and `compact` terms (compactIndex.ts), as
   * MiniSearch's loadJS would restore it, its terms read on first use.
   */
  static fromCompact(
    parts: IndexParts,
    compact: CompactTerms,
    options: Options<IndexedFields>,
  ): SearchEngine {
    const engine = new SearchEngine(options);
    engine._documentCount = parts.documentCount;
    engine._nextId = parts.nextId;
    engine._fieldIds = parts.fieldIds;
    engine._avgFieldLength = parts.averageFieldLength;
    for (const [key, id] of Object.entries(parts.documentIds)) {
      engine._documentIds.set(Number(key), id);
      engine._idToShortId.set(id, Number(key));
    }
    for (const [key, lengths] of Object.entries(parts.fieldLength))
      engine._fieldLength.set(Number(key), lengths);
    engine.useCompactTerms(compact);
    return engine;
  }

  // Reading: scoring a query (termScorer.ts, wordScorer.ts, noteTable.ts) and saving.

  get settings(): ResolvedOptions {
    return this._options;
  }

  /** Every short id handed out is below this. */
  get shortIdLimit(): number {
    return this._nextId;
  }

  /** Every field id is below this. */
  get fieldIdLimit(): number {
    return Math.max(0, ...Object.values(this._fieldIds)) + 1;
  }

  fieldIdOf(field: string): number {
    return this._fieldIds[field];
  }

  /** The note's short id, or undefined when it is not indexed. A note discarded and added again gets a new one. */
  shortIdOf(id: unknown): number | undefined {
    return this._idToShortId.get(id);
  }

  /** The note's id (undefined for a discarded note). */
  idOf(shortId: number): unknown {
    return this._documentIds.get(shortId);
  }

  /** Whether the short id is an indexed note's: postings of discarded notes stay until a vacuum. */
  isLive(shortId: number): boolean {
    return this._documentIds.has(shortId);
  }

  storedFieldsOf(shortId: number): Record<string, unknown> | undefined {
    return this._storedFields.get(shortId);
  }

  /** The note's length in each field (distinct tokens), by field id. */
  fieldLengthsOf(shortId: number): readonly number[] | undefined {
    return this._fieldLength.get(shortId);
  }

  averageLength(fieldId: number): number {
    return this._avgFieldLength[fieldId];
  }

  forEachLive(visit: (shortId: number) => void): void {
    for (const shortId of this._documentIds.keys()) visit(shortId);
  }

  forEachFieldLengths(visit: (lengths: readonly number[], shortId: number) => void): void {
    this._fieldLength.forEach(visit);
  }

  /** A term's postings (field id → note → how often), or undefined. */
  postingsOf(term: string): FieldPostings | undefined {
    return this._index.get(term);
  }

  /** The terms within `distance` edits of `term`, with their postings and distance. */
  fuzzyTerms(term: string, distance: number): Map<string, [FieldPostings, number]> {
    return this._index.fuzzyGet(term, distance);
  }

  /** The root of the terms' radix tree (its nodes may be lazy: lazyTree.ts). */
  get termTree(): RadixNode {
    return this._index._tree;
  }

  // Changing, MiniSearch's own steps: bulkAdd.ts and replaceDocument.ts.

  /** A term's postings, made empty when the index has none: MiniSearch's `addTerm` first step. */
  termLeaf(term: string): FieldPostings {
    return this._index.fetch(term, () => new Map());
  }

  /** One more occurrence of `term` in the note's field, as MiniSearch's `add` adds it. */
  addPosting(fieldId: number, shortId: number, term: string): void {
    steps.addTerm.call(this, fieldId, shortId, term);
  }

  /** One occurrence fewer (the term leaves the tree with its last), as a vacuum or a search drops it. */
  removePosting(fieldId: number, shortId: number, term: string): void {
    steps.removeTerm.call(this, fieldId, shortId, term);
  }

  /** Records the field's length of a note just added, as `add` does after the note's id. */
  recordFieldLength(shortId: number, fieldId: number, length: number): void {
    steps.addFieldLength.call(this, shortId, fieldId, this._documentCount - 1, length);
  }

  /** Changes an indexed note's field length as `discard` and then `add` would. */
  changeFieldLength(shortId: number, fieldId: number, from: number, to: number): void {
    const count = this._documentCount;
    steps.removeFieldLength.call(this, shortId, fieldId, count, from);
    steps.addFieldLength.call(this, shortId, fieldId, count - 1, to);
  }

  // Saving and loading in compact form: compactIndex.ts.

  parts(): IndexParts {
    return {
      documentCount: this._documentCount,
      nextId: this._nextId,
      documentIds: Object.fromEntries(this._documentIds),
      fieldIds: this._fieldIds,
      fieldLength: Object.fromEntries(this._fieldLength),
      averageFieldLength: this._avgFieldLength,
    };
  }

  /**
   * Makes `compact` the index's terms (the index as it is, vacuumed: no
   * posting of a discarded note), read on first use; the dirt count starts
   * again from zero.
   */
  useCompactTerms(compact: CompactTerms): void {
    const root: RadixNode = new LazyNode(compact, 0, compact.terms.length, 0);
    // Cleared first: SearchableMap caches its size.
    this._index.clear();
    // A lazy node fills itself on first use as the Map SearchableMap would have built.
    this._index._tree = root as typeof this._index._tree;
    this._dirtCount = 0;
  }
}
