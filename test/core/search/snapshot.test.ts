import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../electron/core/search/searchEngine';
import { INDEX_VERSION, MINISEARCH_OPTIONS } from '../../../electron/core/search/indexConfig';
import {
  loadSnapshot,
  saveSnapshot,
  SNAPSHOT_FILE,
  type SnapshotResult,
} from '../../../electron/core/search/snapshot';
import type { TalkInfo } from '../../../electron/core/search/documents';
import type { TextEntry } from '../../../electron/core/search/textStore';
import { generatedDocs } from './indexDocs';

let dir: string;
let file: string;
let saved: Buffer;
const docs = generatedDocs(200, 11);
const texts: Array<[string, TextEntry]> = docs.map((d, i) => [
  d.id,
  { offset: i * 100, length: 100, fingerprint: `fp-${i}`, open: i % 2 === 0 },
]);

/** Talks as infoOf makes them: every key present, optional ones sometimes undefined. */
const talks: TalkInfo[] = docs.map((d, i) => ({
  id: d.id,
  conferenceId: `conf${i % 7}`,
  path: `2024-conf-${i % 7}/${d.id}.md`,
  title: d.title,
  conference: `Conf ${i % 7}`,
  conferenceFolder: `2024-conf-${i % 7}`,
  conferenceStarts: i % 7 === 3 ? undefined : '2024-05-01',
  conferenceTags: i % 2 ? ['devops'] : [],
  year: i % 7 === 3 ? undefined : 2024,
  speakers: [`Speaker ${i}`],
  affiliations: [],
  tags: d.tags.split(' '),
  kind: 'talk',
  track: i % 3 ? undefined : 'Track 1',
  starts: undefined,
  hasOpenActions: i % 5 === 0,
  fingerprint: `3:${1700000000000 + i}:${i * 13}`,
}));

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'confnotes-snapshot-'));
  file = path.join(dir, SNAPSHOT_FILE);
  const engine = new SearchEngine(MINISEARCH_OPTIONS);
  engine.addAll(docs);
  await saveSnapshot(dir, engine, talks, texts, 3);
  saved = await readFile(file);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function loadBytes(bytes: Uint8Array): Promise<SnapshotResult> {
  await writeFile(file, bytes);
  return loadSnapshot(dir);
}

const headerEnd = () => saved.indexOf(0x0a);

describe('the saved index', () => {
  it('reads back what was saved', async () => {
    const loaded = await loadBytes(saved);
    if (!loaded.ok) throw new Error(loaded.detail);
    expect(loaded.snapshot.textGeneration).toBe(3);
    expect([...loaded.snapshot.texts]).toEqual(texts);
    // Same keys in the same order as the talks saved (the index compares talks by their JSON).
    expect([...loaded.snapshot.talks.values()].map((t) => JSON.stringify(t))).toEqual(
      talks.map((t) => JSON.stringify(t)),
    );
    expect(loaded.snapshot.engine.documentCount).toBe(docs.length);
    expect(loaded.snapshot.engine.search('kalomi').length).toBeGreaterThan(0);
  });

  it('is corrupt when cut short anywhere: in the header, the small parts, the terms or the postings', async () => {
    for (const fraction of [0.001, 0.01, 0.1, 0.3, 0.5, 0.9, 0.999]) {
      const cut = Math.max(1, Math.floor(saved.length * fraction));
      expect(await loadBytes(saved.subarray(0, cut)), `cut at ${cut}`).toMatchObject({
        ok: false,
        reason: 'corrupt',
      });
    }
    expect(await loadBytes(saved.subarray(0, headerEnd() + 1))).toMatchObject({
      reason: 'corrupt',
    });
  });

  it('is corrupt when any byte of the payload is flipped', async () => {
    for (const at of [headerEnd() + 1, headerEnd() + 40, saved.length >> 1, saved.length - 1]) {
      const bytes = Buffer.from(saved);
      bytes[at] ^= 0x01;
      expect(await loadBytes(bytes), `byte ${at}`).toMatchObject({
        ok: false,
        reason: 'corrupt',
        detail: expect.stringContaining('checksum'),
      });
    }
  });

  it('is corrupt when its checksum matches but its sections do not add up', async () => {
    const header = JSON.parse(saved.toString('utf8', 0, headerEnd())) as { sha256: string };
    for (const payload of [
      Buffer.from([0x05, 0x7b, 0x7d]),
      Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
      saved.subarray(headerEnd() + 1, saved.length - 3),
    ]) {
      const forged = { ...header, sha256: createHash('sha256').update(payload).digest('hex') };
      const bytes = Buffer.concat([Buffer.from(`${JSON.stringify(forged)}\n`), payload]);
      expect(await loadBytes(bytes)).toMatchObject({
        ok: false,
        reason: 'corrupt',
        detail: expect.stringContaining('cannot be loaded'),
      });
    }
  });

  it('is of another version when written by another version, and missing when absent', async () => {
    const header = JSON.parse(saved.toString('utf8', 0, headerEnd())) as { version: number };
    expect(header.version).toBe(INDEX_VERSION);
    for (const version of [INDEX_VERSION - 1, INDEX_VERSION + 1]) {
      const other = Buffer.from(JSON.stringify({ ...header, version }));
      const result = await loadBytes(Buffer.concat([other, saved.subarray(headerEnd())]));
      expect(result).toMatchObject({ ok: false, reason: 'version' });
    }
    expect(await loadBytes(Buffer.from('{"format":"something-else"}\n'))).toMatchObject({
      reason: 'corrupt',
    });
    expect(await loadBytes(Buffer.from('not json\n'))).toMatchObject({ reason: 'corrupt' });
    await rm(file);
    expect(await loadSnapshot(dir)).toMatchObject({ ok: false, reason: 'missing' });
  });
});
