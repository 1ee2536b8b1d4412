import type MiniSearch from 'minisearch';
import { AppendedNotes } from './appendedNotes';
import type { CountedField } from './countedTerms';

/*
 * Adding a build's notes from their counted words (countedTerms.ts), with
 * the effect of MiniSearch's own `add` (package.json pins minisearch to
 * exactly 7.2.0; one of the modules that reach into its internals).
 * `add` walks the radix tree once per occurrence of every word, which made
 * MiniSearch's side of a 10,000-note build ~20 s of one thread; here each
 * distinct word of a note is added once with its count, and the leaf a
 * word was found at is remembered for the rest of the build.
 * test/core/search/bulkAdd.test.ts holds the result equal to `add`'s, to
 * the serialized index; if MiniSearch changes these internals, it fails.
 */

/** A word's postings per field: MiniSearch's FieldTermData. */
type FieldPostings = Map<number, Map<number, number>>;

/** MiniSearch 7.2.0's private members used here. */
interface Internals {
  _index: { fetch(term: string, initial: () => FieldPostings): FieldPostings };
  _idToShortId: Map<unknown, number>;
  _fieldIds: Record<string, number>;
  _documentCount: number;
  addDocumentId(id: unknown): number;
  saveStoredFields(shortId: number, document: unknown): void;
  addFieldLength(shortId: number, fieldId: number, count: number, length: number): void;
  addTerm(fieldId: number, shortId: number, term: string): void;
}

/**
 * Adds documents whose largest field comes counted, remembering each
 * word's leaf (its postings per field). A leaf stays in the tree while it
 * holds a field (MiniSearch drops a word when its last field goes), so an
 * empty remembered leaf is looked up again; a field's postings are looked
 * up in the leaf each time (MiniSearch detaches them, not always emptied,
 * when their last note goes); a new tree (the index saved and re-loaded
 * lazily) starts afresh. Other changes in between need no notice.
 */
export class BulkAdder<T extends { id: string }> {
  private readonly leaves = new Map<string, FieldPostings>();
  private tree: unknown = null;

  constructor(
    private readonly miniSearch: MiniSearch<T>,
    /** The field that comes counted. */
    private readonly countedField: keyof T & string,
  ) {}

  /**
   * Adds `document` as `miniSearch.add(document)` would, its
   * `countedField` taken from `counted` (its value in `document` unread).
   */
  add(document: T, counted: CountedField): void {
    const index = this.miniSearch as unknown as Internals;
    const { fields, extractField, stringifyField, tokenize, processTerm } = this.options();
    if (index._idToShortId.has(document.id))
      throw new Error(`MiniSearch: duplicate ID ${document.id}`);
    if (index._index !== this.tree) {
      this.tree = index._index;
      this.leaves.clear();
    }
    const shortId = index.addDocumentId(document.id);
    index.saveStoredFields(shortId, document);
    for (const field of fields) {
      const fieldId = index._fieldIds[field];
      if (field === this.countedField) {
        index.addFieldLength(shortId, fieldId, index._documentCount - 1, counted.length);
        // Counted words are distinct: each is this note's first posting of the word in the field.
        const { terms, counts } = counted;
        for (let i = 0; i < terms.length; i++) {
          const notes = this.postingsOf(terms[i], fieldId);
          if (notes instanceof AppendedNotes && notes.isPending) notes.append(shortId, counts[i]);
          else notes.set(shortId, counts[i]);
        }
        continue;
      }
      // The small fields (title, speakers …) take MiniSearch's own way: they hold few words.
      const value = extractField(document, field);
      if (value == null) continue;
      const tokens = tokenize(stringifyField(value, field), field);
      index.addFieldLength(shortId, fieldId, index._documentCount - 1, new Set(tokens).size);
      for (const token of tokens) {
        const processed = processTerm(token, field);
        for (const term of Array.isArray(processed) ? processed : [processed])
          if (term) index.addTerm(fieldId, shortId, term);
      }
    }
  }

  /**
   * Lets go of the remembered leaves: at the end of a build, or they would
   * keep the whole tree of Maps alive after a save has re-loaded it lazily.
   */
  release(): void {
    this.leaves.clear();
    this.tree = null;
  }

  /** The counted field's postings of `term`, made as MiniSearch's addTerm makes them. */
  private postingsOf(term: string, fieldId: number): Map<number, number> {
    let leaf = this.leaves.get(term);
    if (!leaf || leaf.size === 0) {
      leaf = (this.tree as Internals['_index']).fetch(term, () => new Map());
      this.leaves.set(term, leaf);
    }
    let postings = leaf.get(fieldId);
    if (!postings) leaf.set(fieldId, (postings = new AppendedNotes()));
    return postings;
  }

  private options() {
    return (this.miniSearch as unknown as { _options: Required<Options> })._options;
  }
}

/** The options MiniSearch resolved (its defaults filled in). */
interface Options {
  fields: string[];
  extractField: (document: unknown, field: string) => unknown;
  stringifyField: (value: unknown, field: string) => string;
  tokenize: (text: string, field?: string) => string[];
  processTerm: (term: string, field?: string) => string | string[] | null | undefined | false;
}
