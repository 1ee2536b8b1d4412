import { AppendedNotes } from './appendedNotes';
import type { FieldPostings } from './compactCodec';
import type { CountedField } from './countedTerms';
import type { SearchEngine } from './searchEngine';
import type { IndexedFields } from './indexConfig';

/*
 * Adding a build's notes from their counted words (countedTerms.ts), with
 * the effect of MiniSearch's own `add`. `add` walks the radix tree once per
 * occurrence of every word, which made MiniSearch's side of a 10,000-note
 * build ~20 s of one thread; here each distinct word of a note's large
 * field is added once with its count, and the leaf a word was found at is
 * remembered for the rest of the build. The note's other fields (title,
 * speakers …: a few words) go through MiniSearch's own `add`.
 * test/core/search/bulkAdd.test.ts holds the result equal to `add`'s, to
 * the serialized index.
 */

/**
 * Adds documents whose largest field comes counted, remembering each
 * word's leaf (its postings per field). A leaf stays in the tree while it
 * holds a field (MiniSearch drops a word when its last field goes), so an
 * empty remembered leaf is looked up again; a field's postings are looked
 * up in the leaf each time (MiniSearch detaches them, not always emptied,
 * when their last note goes); a new tree (the index saved and re-loaded
 * lazily) starts afresh. Other changes in between need no notice.
 */
export class BulkAdder {
  private readonly leaves = new Map<string, FieldPostings>();
  private tree: unknown = null;

  constructor(
    private readonly engine: SearchEngine,
    /** The field that comes counted: the last of FIELDS (indexConfig.ts). */
    private readonly countedField: keyof IndexedFields,
  ) {
    // `add` indexes fields in order: the counted words go in last, as they would there.
    if (engine.settings.fields.at(-1) !== countedField)
      throw new Error(`the counted field ${countedField} must be the last of the index's fields`);
  }

  /**
   * Adds `document` as `engine.add(document)` would, its `countedField`
   * taken from `counted` (its value in `document` unread).
   */
  add(document: IndexedFields, counted: CountedField): void {
    const engine = this.engine;
    // MiniSearch's `add` skips a field the document does not have.
    engine.add({ ...document, [this.countedField]: undefined });
    if (engine.termTree !== this.tree) {
      this.tree = engine.termTree;
      this.leaves.clear();
    }
    const shortId = engine.shortIdOf(document.id)!;
    const fieldId = engine.fieldIdOf(this.countedField);
    engine.recordFieldLength(shortId, fieldId, counted.length);
    // Counted words are distinct: each is this note's first posting of the word in the field.
    const { terms, counts } = counted;
    for (let i = 0; i < terms.length; i++) {
      const notes = this.postingsOf(terms[i], fieldId);
      if (notes instanceof AppendedNotes && notes.isPending) notes.append(shortId, counts[i]);
      else notes.set(shortId, counts[i]);
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
      leaf = this.engine.termLeaf(term);
      this.leaves.set(term, leaf);
    }
    let postings = leaf.get(fieldId);
    if (!postings) leaf.set(fieldId, (postings = new AppendedNotes()));
    return postings;
  }
}
