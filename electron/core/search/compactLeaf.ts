import type { ByteWriter } from './compactCodec';
import { termAllLive, notesAllLive, varintSize, type FieldPostings } from './compactCodec';
import { LazyLeaf, LazyNotes } from './lazyLeaf';

/** How one field of a term is written: its saved bytes plus notes added since, or notes from a Map. */
type FieldPlan =
  | { fieldId: number; saved: LazyNotes; added: number[] }
  | { fieldId: number; saved: null; added: number[] };

/**
 * Writes a term's postings (compactCodec.ts has the format), keeping only
 * notes `live` accepts: dropping a discarded note's postings is the vacuum.
 * Bytes still undecoded are copied as they are when `clean` (no note
 * discarded since they were written) or when every note in them is live.
 * Returns false, writing nothing, when no posting is left.
 */
export function encodeTerm(
  out: ByteWriter,
  leaf: FieldPostings,
  live: (shortId: number) => boolean,
  clean: boolean,
): boolean {
  if (leaf instanceof LazyLeaf && leaf.isPending) {
    if (clean || termAllLive(leaf.bytes, leaf.start, leaf.end, live)) {
      out.write(leaf.bytes.subarray(leaf.start, leaf.end));
      return true;
    }
  }
  const plans: FieldPlan[] = [];
  for (const [fieldId, notes] of leaf) {
    const savedKept =
      notes instanceof LazyNotes &&
      notes.isPending &&
      (clean || notesAllLive(notes.bytes, notes.start, notes.end, live));
    const pairs = savedKept ? notes.additions() : notes;
    const added: number[] = [];
    for (const [shortId, frequency] of pairs) if (live(shortId)) added.push(shortId, frequency);
    if (savedKept) plans.push({ fieldId, saved: notes, added });
    else if (added.length > 0) plans.push({ fieldId, saved: null, added: ascending(added) });
  }
  if (plans.length === 0) return false;
  out.varint(plans.length);
  for (const plan of plans) writeField(out, plan);
  return true;
}

function writeField(out: ByteWriter, { fieldId, saved, added }: FieldPlan): void {
  let previous = saved ? saved.lastId : 0;
  let length = saved ? saved.end - saved.start : 0;
  for (let i = 0; i < added.length; i += 2) {
    length += varintSize(added[i] - previous) + varintSize(added[i + 1]);
    previous = added[i];
  }
  out.varint(fieldId);
  out.varint((saved ? saved.count : 0) + added.length / 2);
  out.varint(previous);
  out.varint(length);
  if (saved) out.write(saved.bytes.subarray(saved.start, saved.end));
  previous = saved ? saved.lastId : 0;
  for (let i = 0; i < added.length; i += 2) {
    out.varint(added[i] - previous);
    out.varint(added[i + 1]);
    previous = added[i];
  }
}

/** `[id, frequency, …]` pairs by ascending id; already so unless MiniSearch changed how it numbers notes. */
function ascending(pairs: number[]): number[] {
  let sorted = true;
  for (let i = 2; i < pairs.length && sorted; i += 2) sorted = pairs[i] > pairs[i - 2];
  if (sorted) return pairs;
  const byId: Array<[number, number]> = [];
  for (let i = 0; i < pairs.length; i += 2) byId.push([pairs[i], pairs[i + 1]]);
  return byId.sort((a, b) => a[0] - b[0]).flat();
}
