import type { FileEntry } from './gitRepo';

/** What a sync does with one path that differs between the two sides. */
export type MergeChoice =
  /** Keep this side's file (or its removal) as it is. */
  | 'ours'
  /** Take the other side's file (or its removal). */
  | 'theirs'
  /** Both changed it differently: keep ours in place, theirs beside it as a conflict copy. */
  | 'both';

const same = (a: FileEntry | null, b: FileEntry | null) =>
  a === b || (a !== null && b !== null && a.oid === b.oid && a.mode === b.mode);

/**
 * The merge rule, per file, given the common ancestor's entry (null: the
 * file did not exist, or the histories share no ancestor). Never a text
 * merge and never a loss: a file changed on one side only takes that
 * change; changed on both, both texts are kept; changed on one side and
 * removed on the other, the changed text stays.
 */
export function mergeChoice(
  base: FileEntry | null,
  ours: FileEntry | null,
  theirs: FileEntry | null,
): MergeChoice {
  if (same(ours, theirs) || same(base, theirs)) return 'ours';
  if (same(base, ours)) return 'theirs';
  if (!ours) return 'theirs';
  if (!theirs) return 'ours';
  return 'both';
}
