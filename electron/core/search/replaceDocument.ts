import type MiniSearch from 'minisearch';

/*
 * Re-indexing a saved note in place (package.json pins minisearch to
 * exactly 7.2.0). MiniSearch re-indexes a document by discarding it and
 * adding it again: every word of the note is added anew (and the old
 * postings wait for a vacuum), though a save changes a few words. Here
 * only the words whose counts changed are added or removed, and the
 * fields' lengths are updated the way discard + add update them.
 * test/core/search/replaceDocument.test.ts holds the result equal to an
 * index built afresh; if MiniSearch changes these internals, it fails.
 */

/** MiniSearch 7.2.0's private members used here. */
interface Internals {
  _idToShortId: Map<unknown, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _documentCount: number;
  _options: {
    fields: string[];
    tokenize: (text: string, field?: string) => string[];
    processTerm: (term: string, field?: string) => string | string[] | null | undefined | false;
  };
  addTerm(fieldId: number, shortId: number, term: string): void;
  removeTerm(fieldId: number, shortId: number, term: string): void;
  addFieldLength(shortId: number, fieldId: number, count: number, length: number): void;
  removeFieldLength(shortId: number, fieldId: number, count: number, length: number): void;
}

/**
 * Makes the indexed document `before` (as it was added) into `after` (same
 * id). False, changing nothing, when the document is not in the index as
 * expected; the caller then discards and adds it.
 */
export function replaceDocument<T extends { id: string }>(
  miniSearch: MiniSearch<T>,
  before: T,
  after: T,
): boolean {
  const index = miniSearch as unknown as Internals;
  const shortId = index._idToShortId.get(before.id);
  const lengths = shortId === undefined ? undefined : index._fieldLength.get(shortId);
  if (shortId === undefined || !lengths || before.id !== after.id) return false;
  const { fields, tokenize, processTerm } = index._options;
  const changed = fields.filter((field) => value(before, field) !== value(after, field));
  const counted = changed.map((field) => {
    const old = count(value(before, field), field, tokenize, processTerm);
    return { field, old, now: count(value(after, field), field, tokenize, processTerm) };
  });
  // The lengths MiniSearch recorded must be the ones of `before`, or it was not what was added.
  if (counted.some(({ field, old }) => lengths[index._fieldIds[field]] !== old.length))
    return false;

  const documents = index._documentCount;
  for (const { field, old, now } of counted) {
    const fieldId = index._fieldIds[field];
    for (const [term, times] of now.terms) {
      for (let n = old.terms.get(term) ?? 0; n < times; n++) index.addTerm(fieldId, shortId, term);
    }
    for (const [term, times] of old.terms) {
      for (let n = now.terms.get(term) ?? 0; n < times; n++)
        index.removeTerm(fieldId, shortId, term);
    }
    // As discard (over all documents) then add (over the others) would.
    index.removeFieldLength(shortId, fieldId, documents, old.length);
    index.addFieldLength(shortId, fieldId, documents - 1, now.length);
  }
  return true;
}

function value<T>(document: T, field: string): string {
  const found = (document as Record<string, unknown>)[field];
  return typeof found === 'string' ? found : '';
}

/** The field's processed terms with their counts, and its length as MiniSearch counts it. */
function count(
  text: string,
  field: string,
  tokenize: Internals['_options']['tokenize'],
  processTerm: Internals['_options']['processTerm'],
): { terms: Map<string, number>; length: number } {
  const tokens = tokenize(text, field);
  const terms = new Map<string, number>();
  for (const token of tokens) {
    const processed = processTerm(token, field);
    for (const term of Array.isArray(processed) ? processed : [processed]) {
      if (term) terms.set(term, (terms.get(term) ?? 0) + 1);
    }
  }
  // MiniSearch counts a field's length as its distinct tokens, before processing.
  return { terms, length: new Set(tokens).size };
}
