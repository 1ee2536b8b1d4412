import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { atomicWrite } from '../fs/atomicWrite';
import type { TalkInfo } from './documents';
import { INDEX_VERSION, MINISEARCH_OPTIONS, type IndexedFields } from './indexConfig';
import type { TextEntry } from './textStore';

/**
 * The saved index: one file in the app's data folder, a header line
 * (format, version, checksum) and a JSON payload. Anything off (missing,
 * another version, a checksum that does not match, JSON that does not parse)
 * is reported as a reason to rebuild, never as an error for the user.
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

interface Payload {
  index: AsPlainObject;
  talks: TalkInfo[];
  texts: Array<[string, TextEntry]>;
}

export interface LoadedSnapshot {
  miniSearch: MiniSearch<IndexedFields>;
  talks: Map<string, TalkInfo>;
  texts: Map<string, TextEntry>;
  textGeneration: number;
}

export type SnapshotResult =
  | { ok: true; snapshot: LoadedSnapshot }
  | { ok: false; reason: 'missing' | 'version' | 'corrupt'; detail: string };

export async function saveSnapshot(
  dir: string,
  miniSearch: MiniSearch<IndexedFields>,
  talks: Iterable<TalkInfo>,
  texts: Array<[string, TextEntry]>,
  textGeneration: number,
): Promise<void> {
  const payload = JSON.stringify({
    index: miniSearch.toJSON(),
    talks: [...talks],
    texts,
  } satisfies Payload);
  const header: Header = {
    format: FORMAT,
    version: INDEX_VERSION,
    sha256: createHash('sha256').update(payload).digest('hex'),
    textGeneration,
    savedAt: new Date().toISOString(),
  };
  await atomicWrite(path.join(dir, SNAPSHOT_FILE), `${JSON.stringify(header)}\n${payload}`);
}

export async function loadSnapshot(dir: string): Promise<SnapshotResult> {
  const file = path.join(dir, SNAPSHOT_FILE);
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { ok: false, reason: 'missing', detail: `${file} does not exist` };
    return {
      ok: false,
      reason: 'corrupt',
      detail: `${file} cannot be read: ${(error as Error).message}`,
    };
  }
  const newline = content.indexOf('\n');
  let header: Header;
  try {
    header = JSON.parse(content.slice(0, newline)) as Header;
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
  const payloadText = content.slice(newline + 1);
  if (createHash('sha256').update(payloadText).digest('hex') !== header.sha256) {
    return { ok: false, reason: 'corrupt', detail: `${file} fails its checksum` };
  }
  try {
    const payload = JSON.parse(payloadText) as Payload;
    return {
      ok: true,
      snapshot: {
        miniSearch: MiniSearch.loadJS(payload.index, MINISEARCH_OPTIONS),
        talks: new Map(payload.talks.map((t) => [t.id, t])),
        texts: new Map(payload.texts),
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

export async function deleteSnapshot(dir: string): Promise<void> {
  await rm(path.join(dir, SNAPSHOT_FILE), { force: true });
}
