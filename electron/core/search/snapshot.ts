import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { atomicWrite } from '../fs/atomicWrite';
import { ByteReader, ByteWriter } from './compactCodec';
import { compactIndex, loadCompactIndex } from './compactIndex';
import { fromTable, toTable, type Table } from './compactTable';
import type { TalkInfo } from './documents';
import type { IndexParts, SearchEngine } from './searchEngine';
import { INDEX_VERSION, MINISEARCH_OPTIONS } from './indexConfig';
import type { CompactTerms } from './lazyTree';
import type { TextEntry } from './textStore';

/**
 * The saved index: one file in the app's data folder, a header line
 * (format, version, checksum) and a binary payload: the small parts as
 * JSON, then the terms and their postings in compact form (see
 * compactIndex.ts). Anything off (missing, another version, a checksum that
 * does not match, sections that do not add up) is reported as a reason to
 * rebuild, never as an error for the user.
 */
const FORMAT = 'confnotes-search-index';
export const SNAPSHOT_FILE = 'index.snapshot';

interface Header {
  format: string;
  version: number;
  sha256: string;
  textGeneration: number;
  savedAt: string;
}

interface Meta {
  parts: IndexParts;
  talks: Table;
  texts: Table;
}

interface LoadedSnapshot {
  engine: SearchEngine;
  talks: Map<string, TalkInfo>;
  texts: Map<string, TextEntry>;
  textGeneration: number;
}

export type SnapshotResult =
  | { ok: true; snapshot: LoadedSnapshot }
  | { ok: false; reason: 'missing' | 'version' | 'corrupt'; detail: string };

/**
 * Writes the index (vacuuming it: see compactIndex) with the talks' small
 * fields and the text store's entries, atomically.
 */
export async function saveSnapshot(
  dir: string,
  engine: SearchEngine,
  talks: Iterable<TalkInfo>,
  texts: Array<[string, TextEntry]>,
  textGeneration: number,
): Promise<void> {
  const { parts, terms } = compactIndex(engine);
  const payload = encodePayload(
    {
      parts,
      talks: toTable([...talks]),
      texts: toTable(texts.map(([id, entry]) => ({ id, ...entry }))),
    },
    terms,
  );
  const hash = createHash('sha256');
  for (const chunk of payload) hash.update(chunk);
  const header: Header = {
    format: FORMAT,
    version: INDEX_VERSION,
    sha256: hash.digest('hex'),
    textGeneration,
    savedAt: new Date().toISOString(),
  };
  const file = Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...payload]);
  await atomicWrite(path.join(dir, SNAPSHOT_FILE), file);
}

export async function loadSnapshot(dir: string): Promise<SnapshotResult> {
  const file = path.join(dir, SNAPSHOT_FILE);
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { ok: false, reason: 'missing', detail: `${file} does not exist` };
    return {
      ok: false,
      reason: 'corrupt',
      detail: `${file} cannot be read: ${(error as Error).message}`,
    };
  }
  const newline = content.indexOf(0x0a);
  let header: Header;
  try {
    header = JSON.parse(content.toString('utf8', 0, Math.max(0, newline))) as Header;
  } catch {
    return { ok: false, reason: 'corrupt', detail: `${file} has no valid header` };
  }
  if (header.format !== FORMAT)
    return { ok: false, reason: 'corrupt', detail: `${file} is not a search index` };
  if (header.version !== INDEX_VERSION) {
    return {
      ok: false,
      reason: 'version',
      detail: `${file} is version ${header.version}, this app writes ${INDEX_VERSION}`,
    };
  }
  const payload = content.subarray(newline + 1);
  if (createHash('sha256').update(payload).digest('hex') !== header.sha256) {
    return { ok: false, reason: 'corrupt', detail: `${file} fails its checksum` };
  }
  try {
    const { meta, terms } = decodePayload(payload);
    return {
      ok: true,
      snapshot: {
        engine: loadCompactIndex(meta.parts, terms, MINISEARCH_OPTIONS),
        talks: new Map(fromTable<TalkInfo>(meta.talks).map((t) => [t.id, t])),
        texts: new Map(
          fromTable<TextEntry & { id: string }>(meta.texts).map(({ id, ...entry }) => [id, entry]),
        ),
        textGeneration: header.textGeneration,
      },
    };
  } catch (error) {
    return {
      ok: false,
      reason: 'corrupt',
      detail: `${file} cannot be loaded: ${(error as Error).message}`,
    };
  }
}

/**
 * The payload, as chunks: the meta JSON, the terms' directory (per term its
 * length in UTF-16 units and its postings' length in bytes), all terms as
 * one UTF-8 string, then the postings.
 */
function encodePayload(meta: Meta, compact: CompactTerms): Uint8Array[] {
  const { terms, bounds, postings } = compact;
  const head = new ByteWriter(1 << 20);
  const metaBytes = Buffer.from(JSON.stringify(meta));
  head.varint(metaBytes.length);
  head.write(metaBytes);
  head.varint(terms.length);
  for (let i = 0; i < terms.length; i++) {
    head.varint(terms[i].length);
    head.varint(bounds[i + 1] - bounds[i]);
  }
  const termBytes = Buffer.from(terms.join(''));
  head.varint(termBytes.length);
  head.write(termBytes);
  return [head.view(), postings];
}

function decodePayload(payload: Buffer): { meta: Meta; terms: CompactTerms } {
  const reader = new ByteReader(payload, 0, payload.length);
  const metaLength = reader.varint();
  const meta = JSON.parse(payload.toString('utf8', reader.at, (reader.at += metaLength))) as Meta;
  const count = reader.varint();
  const lengths = new Array<number>(count);
  const bounds = new Array<number>(count + 1);
  bounds[0] = 0;
  for (let i = 0; i < count; i++) {
    lengths[i] = reader.varint();
    bounds[i + 1] = bounds[i] + reader.varint();
  }
  const termBytes = reader.varint();
  const joined = payload.toString('utf8', reader.at, (reader.at += termBytes));
  const postings = new Uint8Array(payload.subarray(reader.at));
  if (bounds[count] !== postings.length) throw new Error('postings do not fill the payload');
  const terms = new Array<string>(count);
  let at = 0;
  for (let i = 0; i < count; i++) terms[i] = joined.slice(at, (at += lengths[i]));
  if (at !== joined.length) throw new Error('terms do not fill their section');
  return { meta, terms: { terms, bounds, postings } };
}
