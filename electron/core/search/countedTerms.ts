import { MINISEARCH_OPTIONS } from './indexConfig';

/**
 * A field's words as MiniSearch would add them, counted: each processed
 * term once with how often it occurs (in order of first occurrence, the
 * order MiniSearch meets them), and the field's length as MiniSearch
 * records it (distinct tokens before processing). Counted on an extraction
 * worker during a build, so the index thread inserts each distinct word of
 * a note once instead of every occurrence (bulkAdd.ts).
 */
export interface CountedField {
  terms: string[];
  counts: number[];
  length: number;
}

const { tokenize, processTerm } = MINISEARCH_OPTIONS as Required<typeof MINISEARCH_OPTIONS>;

/** Counts `text` as the index's `field` (the same tokenizer and term processing as MiniSearch's). */
export function countTerms(text: string, field = 'text'): CountedField {
  const tokens = tokenize(text, field);
  const at = new Map<string, number>();
  const terms: string[] = [];
  const counts: number[] = [];
  const count = (term: string) => {
    const i = at.get(term);
    if (i !== undefined) counts[i]++;
    else {
      at.set(term, terms.length);
      terms.push(term);
      counts.push(1);
    }
  };
  for (const token of tokens) {
    const processed = processTerm(token, field);
    if (Array.isArray(processed)) processed.forEach(count);
    else if (processed) count(processed);
  }
  return { terms, counts, length: new Set(tokens).size };
}
