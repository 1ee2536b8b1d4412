import type { SearchOptions } from 'minisearch';
import { decodePairs, type FieldPostings } from './compactCodec';
import { LazyLeaf, LazyNotes } from './lazyLeaf';
import type { SearchEngine } from './searchEngine';
import type { NoteTable } from './noteTable';

/** Where a word's scored postings go (termScorer.ts's TermMatches). */
export interface ScoredPostings {
  /** Starts a word; returns its index for `add`. */
  word(word: string): number;
  /** Adds a scored posting of the word `word` in the field at `field` of the fields scored. */
  add(shortId: number, score: number, word: number, field: number): void;
}

/**
 * MiniSearch 7.2.0's private `termResults` for one word of a term (the
 * same order and arithmetic, so the same floating-point scores; see
 * termScorer.ts). Each field's notes are first read into pairs (from the
 * saved bytes, or from the Map once decoded), then scored in one loop.
 */
export class WordScorer {
  private readonly k: number;
  private readonly b: number;
  private readonly d: number;
  private readonly fields: string[];
  private pairs = new Int32Array(1024);

  constructor(
    private readonly matches: ScoredPostings,
    private readonly engine: SearchEngine,
    private readonly table: NoteTable,
    private readonly boosts: number[],
    private readonly options: SearchOptions,
  ) {
    ({ k: this.k, b: this.b, d: this.d } = options.bm25!);
    this.fields = options.fields ?? engine.settings.fields;
  }

  score(word: string, weight: number, termBoost: number, data: FieldPostings | undefined): void {
    if (data == null) return;
    const wordIndex = this.matches.word(word);
    const { engine, k, b, d, table, fields } = this;
    const documents = engine.documentCount;
    const boostDocument = this.options.boostDocument;
    for (let f = 0; f < fields.length; f++) {
      const fieldId = engine.fieldIdOf(fields[f]);
      const count = this.read(data, fieldId);
      if (count < 0) continue;
      const scale = weight * termBoost * this.boosts[f];
      const average = engine.averageLength(fieldId);
      let matching = count / 2;
      let idf = inverseFrequency(documents, matching);
      const pairs = this.pairs;
      for (let i = 0; i < count; i += 2) {
        const shortId = pairs[i];
        const frequency = pairs[i + 1];
        if (!table.live(shortId)) {
          // A discarded note: MiniSearch drops its posting here, and counts one note fewer from now on.
          engine.removePosting(fieldId, shortId, word);
          idf = inverseFrequency(documents, --matching);
          continue;
        }
        const boost = boostDocument
          ? boostDocument(engine.idOf(shortId), word, engine.storedFieldsOf(shortId))
          : 1;
        if (!boost) continue;
        const length = table.length(shortId, fieldId);
        const raw =
          idf * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / average)));
        this.matches.add(shortId, scale * boost * raw, wordIndex, f);
      }
    }
  }

  /**
   * Puts the word's notes in one field in `pairs` as id, frequency, … in
   * MiniSearch's order, and returns how many numbers that is (-1: none).
   * A leaf or notes still in the saved bytes are read from there as they
   * are: filling them would build Maps only to read them once.
   */
  private read(data: FieldPostings, fieldId: number): number {
    if (data instanceof LazyLeaf && data.isPending) {
      const saved = data.savedNotes(fieldId);
      if (!saved) return -1;
      const [start, end, count] = saved;
      return decodePairs(data.bytes, start, end, this.room(count));
    }
    const notes = data.get(fieldId);
    if (notes == null) return -1;
    const pairs = this.room(notes.size);
    let used = 0;
    if (notes instanceof LazyNotes && notes.isPending) {
      used = decodePairs(notes.bytes, notes.start, notes.end, pairs);
      for (const [shortId, frequency] of notes.additions()) {
        pairs[used++] = shortId;
        pairs[used++] = frequency;
      }
    } else {
      notes.forEach((frequency, shortId) => {
        pairs[used++] = shortId;
        pairs[used++] = frequency;
      });
    }
    return used;
  }

  /** `pairs`, with room for `notes` notes; counts them towards the note table's switch to arrays. */
  private room(notes: number): Int32Array {
    if (2 * notes > this.pairs.length)
      this.pairs = new Int32Array(Math.max(2 * notes, this.pairs.length * 2));
    this.table.countPostings(notes);
    return this.pairs;
  }
}

/** BM25's inverse document frequency, as MiniSearch's `calcBM25Score` computes it. */
function inverseFrequency(total: number, matching: number): number {
  return Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
}
