import {
  ByteReader,
  liveNotes,
  notesAllLive,
  termAllLive,
  varintSize,
  type ByteWriter,
  type FieldPostings,
} from './compactCodec';
import { AppendedNotes } from './appendedNotes';
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
  if (leaf instanceof LazyLeaf && leaf.isPending)
    return encodeSaved(out, leaf.bytes, leaf.start, leaf.end, live, clean);
  const plans: FieldPlan[] = [];
  for (const [fieldId, notes] of leaf) {
    const pending = notes instanceof LazyNotes && notes.isPending;
    const added =
      notes instanceof AppendedNotes && notes.isPending
        ? notes.livePairs(live)
        : liveOnly(pending ? new Map(notes.additions()) : notes, live);
    if (pending && (clean || notesAllLive(notes.bytes, notes.start, notes.end, live))) {
      plans.push({ fieldId, saved: notes, added });
    } else if (pending) {
      // Filtered from the bytes: decoding into the Map would cost more than the whole save.
      const kept: number[] = [];
      liveNotes(notes.bytes, notes.start, notes.end, live, kept);
      for (const value of added) kept.push(value);
      if (kept.length > 0) plans.push({ fieldId, saved: null, added: kept });
    } else if (added.length > 0) {
      plans.push({ fieldId, saved: null, added: ascending(added) });
    }
  }
  return writePlans(out, plans);
}

/** Writes a term still in its saved bytes `[start, end)`, copied when no note in it was discarded. */
export function encodeSaved(
  out: ByteWriter,
  bytes: Uint8Array,
  start: number,
  end: number,
  live: (shortId: number) => boolean,
  clean: boolean,
): boolean {
  if (clean || termAllLive(bytes, start, end, live)) {
    out.write(bytes.subarray(start, end));
    return true;
  }
  const plans: FieldPlan[] = [];
  const reader = new ByteReader(bytes, start, end);
  for (let fields = reader.varint(); fields > 0; fields--) {
    const fieldId = reader.varint();
    reader.varint();
    reader.varint();
    const length = reader.varint();
    const kept: number[] = [];
    liveNotes(bytes, reader.at, (reader.at += length), live, kept);
    if (kept.length > 0) plans.push({ fieldId, saved: null, added: kept });
  }
  return writePlans(out, plans);
}

function liveOnly(notes: Map<number, number>, live: (shortId: number) => boolean): number[] {
  const kept: number[] = [];
  // forEach, not for…of: no [id, frequency] array per note (4.6 M of them after a full build).
  notes.forEach((frequency, shortId) => {
    if (live(shortId)) kept.push(shortId, frequency);
  });
  return kept;
}

function writePlans(out: ByteWriter, plans: FieldPlan[]): boolean {
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
