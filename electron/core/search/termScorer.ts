import type { MatchInfo, SearchOptions } from 'minisearch';
import type { FieldPostings } from './compactCodec';
import type { SearchEngine } from './searchEngine';
import type { NoteTable } from './noteTable';
import { forEachPrefixTerm } from './prefixTerms';
import { ScoredColumns } from './scoredColumns';
import { WordScorer, type ScoredPostings } from './wordScorer';

/*
 * One query term scored as MiniSearch 7.2.0's private `executeQuerySpec`
 * and `termResults` score it (same order of words, fields and notes, same
 * arithmetic, so the same floating-point scores; searchEngine.ts is the seam),
 * into columns instead of an object per note. Postings still in
 * the saved index's bytes are read from the bytes, not decoded into Maps
 * first. test/core/search/rankedSearch.test.ts holds the results equal to
 * `search()`'s.
 */

/** MiniSearch's QuerySpec: one term of a query and how it may match. */
export interface TermSpec {
  term: string;
  prefix: boolean;
  fuzzy: number | boolean;
  termBoost: number;
}

/** MiniSearch's default weights, used where the options give none. */
const DEFAULT_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };

/** What a note's match in one term looks like in MiniSearch's raw results. */
export interface MatchDetails {
  terms: string[];
  match: MatchInfo;
}

/**
 * The notes one query term matched, scored, and a log of which word (the
 * term, or a prefix or fuzzy expansion of it) matched which note in which
 * field, from which `details` rebuilds MiniSearch's `match` for a few notes.
 */
export class TermMatches implements ScoredPostings {
  readonly columns: ScoredColumns;
  private readonly words: string[] = [];
  private fields: string[] = [];
  /** Per scored posting: the note's short id, then word index × fields + field index. */
  private log = new Int32Array(256);
  private logged = 0;

  constructor(
    private readonly engine: SearchEngine,
    readonly spec: TermSpec,
    private readonly bit: number,
  ) {
    this.columns = new ScoredColumns(engine.shortIdLimit);
  }

  /** Scores the term as `executeQuerySpec(spec, options)` does. */
  run(options: SearchOptions, table: NoteTable): this {
    const engine = this.engine;
    const all = { ...engine.settings.searchOptions, ...options };
    this.fields = all.fields ?? engine.settings.fields;
    const boosts = this.fields.map((field) => ownProperty(all.boost, field) || 1);
    const { fuzzy: fuzzyWeight, prefix: prefixWeight } = { ...DEFAULT_WEIGHTS, ...all.weights };
    const { term, termBoost } = this.spec;
    const scorer = new WordScorer(this, engine, table, boosts, all);
    scorer.score(term, 1, termBoost, engine.postingsOf(term));

    let fuzzyMatches: Map<string, [FieldPostings, number]> | undefined;
    if (this.spec.fuzzy) {
      const fuzzy = this.spec.fuzzy === true ? 0.2 : this.spec.fuzzy;
      const maxFuzzy = all.maxFuzzy ?? 6;
      const distance = fuzzy < 1 ? Math.min(maxFuzzy, Math.round(term.length * fuzzy)) : fuzzy;
      if (distance) fuzzyMatches = engine.fuzzyTerms(term, distance);
    }
    if (this.spec.prefix) {
      forEachPrefixTerm(engine.termTree, term, (word, data) => {
        const distance = word.length - term.length;
        if (!distance) return;
        fuzzyMatches?.delete(word);
        const weight = (prefixWeight * word.length) / (word.length + 0.3 * distance);
        scorer.score(word, weight, termBoost, data);
      });
    }
    if (fuzzyMatches) {
      for (const word of fuzzyMatches.keys()) {
        const [data, distance] = fuzzyMatches.get(word)!;
        if (!distance) continue;
        const weight = (fuzzyWeight * word.length) / (word.length + distance);
        scorer.score(word, weight, termBoost, data);
      }
    }
    return this;
  }

  /** Starts a word; returns its index for `add`. */
  word(word: string): number {
    this.words.push(word);
    return this.words.length - 1;
  }

  /** Adds a scored posting: MiniSearch's `results.get(docId)` … `score +=`. */
  add(shortId: number, score: number, word: number, field: number): void {
    const columns = this.columns;
    const at = columns.positionOf(shortId);
    if (at < 0) columns.push(shortId, score, this.bit);
    else columns.scores[at] = columns.scores[at] + score;
    if (this.logged + 2 > this.log.length) {
      const grown = new Int32Array(this.log.length * 2);
      grown.set(this.log);
      this.log = grown;
    }
    this.log[this.logged++] = shortId;
    this.log[this.logged++] = word * this.fields.length + field;
  }

  /** MiniSearch's `{terms, match}` for each of `wanted` this term matched, built as it builds them. */
  details(wanted: (shortId: number) => boolean): Map<number, MatchDetails> {
    const found = new Map<number, MatchDetails>();
    const width = this.fields.length;
    for (let i = 0; i < this.logged; i += 2) {
      const shortId = this.log[i];
      if (!wanted(shortId)) continue;
      const derived = this.words[Math.floor(this.log[i + 1] / width)];
      const field = this.fields[this.log[i + 1] % width];
      const result = found.get(shortId);
      if (!result) {
        found.set(shortId, { terms: [this.spec.term], match: { [derived]: [field] } });
        continue;
      }
      const match = ownProperty(result.match, derived);
      if (match) match.push(field);
      else result.match[derived] = [field];
    }
    return found;
  }
}

function ownProperty<T>(object: Record<string, T> | undefined, key: string): T | undefined {
  return object && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}
