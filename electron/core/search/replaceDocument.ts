import { terms as indexTokenizer } from '../../../shared/search/text';
import type { ResolvedOptions, SearchEngine } from './searchEngine';
import type { IndexedFields } from './indexConfig';
import {
  countedChange,
  countTokens,
  searchedChange,
  wholeChange,
  type FieldChange,
  type TokenCounts,
} from './tokenDelta';

/*
 * Re-indexing a saved note in place. MiniSearch re-indexes a document by
 * discarding it and adding it again: every word of the note is added anew
 * (and the old postings wait for a vacuum), though a save changes a few
 * words. Here only the words whose counts changed are added or removed
 * (MiniSearch's own steps, through searchEngine.ts), and the fields' lengths are
 * updated the way discard + add update them.
 * test/core/search/replaceDocument.test.ts holds the result equal to an
 * index built afresh.
 */

/**
 * One large field whose re-indexing looks at its changed stretch only
 * (tokenDelta.ts), with its tokens counted when the caller kept them from
 * the last re-indexing (a note saved again and again while typed in).
 */
export interface KeptTokens {
  field: string;
  /** The field's tokens in `before`, if known. Replaced by those of `after` when known. */
  tokens?: TokenCounts;
}

/**
 * Makes the indexed document `before` (as it was added) into `after` (same
 * id). False, changing nothing, when the document is not in the index as
 * expected; the caller then discards and adds it. With `kept`, that field
 * is diffed over its changed stretch, and `kept.tokens` then counts its
 * tokens in `after` (undefined when that was not worked out).
 */
export function replaceDocument(
  engine: SearchEngine,
  before: IndexedFields,
  after: IndexedFields,
  kept?: KeptTokens,
): boolean {
  const shortId = engine.shortIdOf(before.id);
  const lengths = shortId === undefined ? undefined : engine.fieldLengthsOf(shortId);
  if (shortId === undefined || !lengths || before.id !== after.id) return false;
  const { fields, tokenize, processTerm } = engine.settings;
  const changes: Array<{ field: string; fieldId: number; terms: Map<string, number> }> = [];
  const fieldChanges: FieldChange[] = [];
  for (const field of fields) {
    const old = value(before, field);
    const now = value(after, field);
    if (old === now) continue;
    const fieldId = engine.fieldIdOf(field);
    const count = (text: string) => countTokens(tokenize(text, field));
    const change =
      field === kept?.field
        ? stretchChange(kept, old, now, lengths[fieldId], count, tokenize === indexTokenizer)
        : wholeChange(count(old), count(now));
    // The length MiniSearch recorded must be the one of `before`, or it was not what was added.
    if (!change || lengths[fieldId] !== change.oldLength) return false;
    const terms = termDelta(change.delta, field, processTerm);
    // And the words going must be there (all that can be checked of a change found in part).
    for (const [term, times] of terms)
      if (times < 0 && postings(engine, term, fieldId, shortId) < -times) return false;
    changes.push({ field, fieldId, terms });
    fieldChanges.push(change);
  }

  changes.forEach(({ field, fieldId, terms }, i) => {
    // Additions first: a word moving between two tokens that process alike never leaves the tree.
    for (const [term, times] of terms)
      for (let n = 0; n < times; n++) engine.addPosting(fieldId, shortId, term);
    for (const [term, times] of terms)
      for (let n = 0; n > times; n--) engine.removePosting(fieldId, shortId, term);
    const { oldLength, newLength, commit } = fieldChanges[i];
    engine.changeFieldLength(shortId, fieldId, oldLength, newLength);
    if (field === kept?.field) kept.tokens = commit();
  });
  return true;
}

/**
 * The kept field's change: from its counts; else by searching the rest of
 * the note (the index's own tokenizer only); else counted in full, which
 * gives the counts for next time.
 */
function stretchChange(
  kept: KeptTokens,
  old: string,
  now: string,
  recordedLength: number,
  count: (text: string) => TokenCounts,
  searchable: boolean,
): FieldChange | null {
  if (kept.tokens) return countedChange(kept.tokens, old, now, count);
  return (
    (searchable ? searchedChange(old, now, recordedLength, count) : null) ??
    countedChange(count(old), old, now, count)
  );
}

/** How often the document holds `term` in the field, as the index says. */
function postings(engine: SearchEngine, term: string, fieldId: number, shortId: number): number {
  return engine.postingsOf(term)?.get(fieldId)?.get(shortId) ?? 0;
}

/** The tokens' changes as changes of processed terms (a token may give several, or none). */
function termDelta(
  delta: TokenCounts,
  field: string,
  processTerm: ResolvedOptions['processTerm'],
): Map<string, number> {
  const terms = new Map<string, number>();
  for (const [token, change] of delta) {
    if (change === 0) continue;
    const processed = processTerm(token, field);
    for (const term of Array.isArray(processed) ? processed : [processed])
      if (term) terms.set(term, (terms.get(term) ?? 0) + change);
  }
  return terms;
}

function value(document: IndexedFields, field: string): string {
  const found: unknown = document[field as keyof IndexedFields];
  return typeof found === 'string' ? found : '';
}
