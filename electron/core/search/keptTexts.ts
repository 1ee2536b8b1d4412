import type { ScanState } from '../../../shared/markdown/incrementalPlainText';
import type { TokenCounts } from './tokenDelta';

/** What the index holds for a talk saved lately, kept so that its next save reads nothing. */
export interface KeptText {
  /**
   * MiniSearch's short id of the talk when this was kept. A talk discarded
   * and added again (a sync, a rebuild) gets a new one, so an entry from
   * before then is never taken for what the index holds now.
   */
  shortId: number;
  /** The text the index holds for the talk. */
  text: string;
  /** The scan that gave the text (null: the next save scans in full). */
  scan: ScanState | null;
  /** The text's tokens counted, once a re-indexing has counted them (replaceDocument.ts). */
  tokens?: TokenCounts;
}

/** Talks kept: the one being typed in, mostly, and a few the user went back and forth between. */
const KEPT_TALKS = 16;
/** Characters of text and Markdown kept at most, so that a few huge notes cannot hold on to memory. */
const KEPT_CHARS = 4_000_000;

/** The last indexed text, scan and token counts of recently saved talks; the least recent go first. */
export class KeptTexts {
  private readonly entries = new Map<string, KeptText>();
  private chars = 0;

  constructor(
    private readonly maxTalks = KEPT_TALKS,
    private readonly maxChars = KEPT_CHARS,
  ) {}

  /** The entry of `id` if it was kept for the talk as indexed under `shortId`. */
  get(id: string, shortId: number): KeptText | undefined {
    const kept = this.entries.get(id);
    return kept?.shortId === shortId ? kept : undefined;
  }

  /** Keeps `kept` as the talk's latest, and lets the oldest go past the limits. */
  set(id: string, kept: KeptText): KeptText {
    this.delete(id);
    this.entries.set(id, kept);
    this.chars += size(kept);
    // The newest stays even alone over the limits: it is the note being typed in.
    for (const oldest of this.entries.keys()) {
      if (oldest === id || (this.entries.size <= this.maxTalks && this.chars <= this.maxChars))
        break;
      this.delete(oldest);
    }
    return kept;
  }

  delete(id: string): void {
    const kept = this.entries.get(id);
    if (!kept) return;
    this.entries.delete(id);
    this.chars -= size(kept);
  }

  get size(): number {
    return this.entries.size;
  }
}

function size(kept: KeptText): number {
  return kept.text.length + (kept.scan?.markdown.length ?? 0);
}
