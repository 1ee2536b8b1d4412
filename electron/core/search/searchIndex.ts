import type { ScanState } from '../../../shared/markdown/incrementalPlainText';
import type { TalkRef } from '../../../shared/search/types';
import { BulkAdder } from './bulkAdd';
import { countTerms, type CountedField } from './countedTerms';
import { infoOf, type TalkInfo, type TalkSource } from './documents';
import { SearchEngine } from './searchEngine';
import { indexedFields, MINISEARCH_OPTIONS } from './indexConfig';
import { KeptTexts, type KeptText } from './keptTexts';
import { replaceDocument, type KeptTokens } from './replaceDocument';
import type { TextStore } from './textStore';

/**
 * The index proper: MiniSearch (searchEngine.ts) over the talks' fields (ids
 * only, nothing stored), the talks' small fields for results and filters, and the text
 * store on disk for snippets. Plain, synchronous and single-threaded: the
 * worker owns one, tests may drive one directly.
 */
export class SearchIndex {
  private readonly bulk: BulkAdder;
  /** What the index holds for the talks saved lately (see `indexed`). */
  private readonly kept = new KeptTexts();

  constructor(
    readonly engine: SearchEngine,
    readonly talks: Map<string, TalkInfo>,
    public texts: TextStore,
  ) {
    this.bulk = new BulkAdder(engine, 'text');
  }

  static empty(texts: TextStore): SearchIndex {
    return new SearchIndex(new SearchEngine(MINISEARCH_OPTIONS), new Map(), texts);
  }

  get size(): number {
    return this.talks.size;
  }

  /** Whether the talk is indexed from the file version `fingerprint`, with the same small fields. */
  isCurrent(source: TalkSource, fingerprint: string): boolean {
    const info = this.talks.get(source.id);
    if (!info || info.fingerprint !== fingerprint || !this.texts.has(source.id, fingerprint))
      return false;
    return sameFields(info, infoOf(source, info.hasOpenActions, fingerprint));
  }

  /**
   * Indexes (or re-indexes) a talk with its notes' plain text, stored with
   * the `scan` that gave it (its next save then re-parses only what changed).
   * A build passes the text's words `counted`: each distinct word is then
   * added once (bulkAdd.ts).
   */
  upsert(
    source: TalkSource,
    text: string,
    hasOpenActions: boolean,
    fingerprint: string,
    { scan, counted }: { scan?: ScanState | null; counted?: CountedField } = {},
  ): void {
    const info = infoOf(source, hasOpenActions, fingerprint);
    this.store(info, text, scan);
    if (this.engine.has(source.id)) this.engine.discard(source.id);
    if (counted) this.bulk.add(indexedFields(info, ''), counted);
    else this.engine.add(indexedFields(info, text));
    this.talks.set(source.id, info);
  }

  /** A build is over: what it remembered to add faster is let go (bulkAdd.ts). */
  endBuild(): void {
    this.bulk.release();
  }

  /**
   * The text the index holds for a talk, with the scan that gave it: kept
   * in memory for the talks saved lately (a save while typing reads
   * nothing), else one read of the text store, kept from then on.
   * Undefined for a talk not indexed or whose text is unreadable.
   */
  indexed(id: string): Pick<KeptText, 'text' | 'scan'> | undefined {
    return this.keptText(id);
  }

  /**
   * Re-indexes a saved talk: in place when it can, only its changed words
   * going in and out (replaceDocument.ts), else (a new talk, its indexed
   * text unreadable) by `upsert`. True when it was in place. What it
   * indexed is kept for the talk's next save (`indexed`).
   */
  replace(
    source: TalkSource,
    text: string,
    hasOpenActions: boolean,
    fingerprint: string,
    scan?: ScanState | null,
  ): boolean {
    const before = this.talks.get(source.id);
    const previous = before && this.keptText(source.id);
    const after = infoOf(source, hasOpenActions, fingerprint);
    const tokens: KeptTokens = { field: 'text', tokens: previous?.tokens };
    const inPlace =
      previous !== undefined &&
      replaceDocument(
        this.engine,
        indexedFields(before!, previous.text),
        indexedFields(after, text),
        tokens,
      );
    if (inPlace) {
      // Stored even when the fingerprint is unchanged (two saves within one tick of the file
      // clock, same size): the store must hold what the index holds.
      if (text !== previous.text || !this.texts.has(source.id, fingerprint))
        this.texts.put(source.id, fingerprint, text, hasOpenActions, scan);
      this.talks.set(source.id, after);
    } else this.upsert(source, text, hasOpenActions, fingerprint, { scan });
    this.kept.set(source.id, {
      shortId: this.engine.shortIdOf(source.id)!,
      text,
      scan: scan ?? null,
      tokens: inPlace ? tokens.tokens : undefined,
    });
    return inPlace;
  }

  /** The kept entry of what the index holds for a talk; read from the text store when not kept. */
  private keptText(id: string): KeptText | undefined {
    const shortId = this.engine.shortIdOf(id);
    if (shortId === undefined) return undefined;
    const kept = this.kept.get(id, shortId);
    if (kept) return kept;
    const stored = this.texts.textAndScan(id);
    return stored && this.kept.set(id, { shortId, text: stored.text, scan: stored.scan ?? null });
  }

  private store(info: TalkInfo, text: string, scan?: ScanState | null): void {
    if (!this.texts.has(info.id, info.fingerprint))
      this.texts.put(info.id, info.fingerprint, text, info.hasOpenActions, scan);
  }

  /**
   * Re-indexes a talk whose notes are unchanged (its conference was renamed,
   * or the index was lost but the text store kept them) without parsing the
   * Markdown again; false when the text store has no text of that version.
   */
  refresh(source: TalkSource, fingerprint: string): boolean {
    const entry = this.texts.entry(source.id);
    const text = entry?.fingerprint === fingerprint ? this.texts.get(source.id) : undefined;
    if (!entry || text === undefined) return false;
    this.upsert(source, text, entry.open, fingerprint, { counted: countTerms(text) });
    return true;
  }

  remove(id: string): void {
    if (this.engine.has(id)) this.engine.discard(id);
    this.talks.delete(id);
    this.texts.remove(id);
  }

  /** Every talk matching `test`, oldest conference first, then by time and title. */
  list(test: (talk: TalkInfo) => boolean): TalkRef[] {
    return [...this.talks.values()].filter(test).sort(chronological).map(toRef);
  }
}

function toRef(talk: TalkInfo): TalkRef {
  return {
    talkId: talk.id,
    conferenceId: talk.conferenceId,
    title: talk.title,
    conference: talk.conference,
    conferenceStarts: talk.conferenceStarts,
    year: talk.year,
    speakers: talk.speakers,
    tags: talk.tags,
    kind: talk.kind,
    track: talk.track,
    path: talk.path,
    hasOpenActions: talk.hasOpenActions,
  };
}

export function chronological(a: TalkInfo, b: TalkInfo): number {
  return (
    (a.conferenceStarts ?? a.conferenceFolder).localeCompare(
      b.conferenceStarts ?? b.conferenceFolder,
    ) ||
    (a.starts ?? '').localeCompare(b.starts ?? '') ||
    a.title.localeCompare(b.title)
  );
}

function sameFields(a: TalkInfo, b: TalkInfo): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
