import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { sourcesOf } from '../../../electron/core/search/documents';
import { IndexHost } from '../../../electron/core/search/indexHost';
import { KeptTexts, type KeptText } from '../../../electron/core/search/keptTexts';
import { TextStore } from '../../../electron/core/search/textStore';
import { tempDir } from '../../helpers/tempLibrary';

/**
 * What the index holds for the notes saved lately stays in memory, so a
 * save while typing reads nothing back from the text store; an entry is
 * never trusted once the talk was indexed again another way.
 */
const entry = (shortId: number, chars: number): KeptText => ({
  shortId,
  text: 'x'.repeat(chars),
  scan: null,
});

describe('KeptTexts', () => {
  it('keeps the latest talks within its limits, and each for the short id it was kept for', () => {
    const kept = new KeptTexts(3, 100);
    for (const id of ['a', 'b', 'c', 'd']) kept.set(id, entry(1, 10));
    expect(kept.size).toBe(3);
    expect(kept.get('a', 1)).toBeUndefined();
    expect(kept.get('d', 1)?.text).toBe('x'.repeat(10));
    // Re-indexed another way since: another short id.
    expect(kept.get('d', 2)).toBeUndefined();
    // Too many characters: the oldest go, the newest stays even alone over the limit.
    kept.set('b', entry(1, 85));
    expect([kept.get('c', 1), kept.get('d', 1), kept.get('b', 1)].map(Boolean)).toEqual([
      false,
      true,
      true,
    ]);
    kept.set('huge', entry(1, 500));
    expect(kept.size).toBe(1);
    expect(kept.get('huge', 1)).toBeDefined();
  });
});

describe('saves while typing', () => {
  afterEach(() => vi.restoreAllMocks());

  it('read the text store once, for the first save; never after the talk was re-added', async () => {
    const root = await tempDir();
    const library = await FileLibrary.open(root);
    const conference = await library.createConference({ title: 'Conf' });
    const talk = await library.createTalk(conference.id, { title: 'Typed' }, 'First words.\n');
    await library.createTalk(conference.id, { title: 'Other' }, 'Other words.\n');
    const host = new IndexHost(await tempDir(), root, () => {}, { size: 0 });
    await host.open();
    await host.sync(sourcesOf((await library.list()).conferences));
    const source = sourcesOf((await library.list()).conferences).find((s) => s.id === talk.id)!;
    const reads = vi.spyOn(TextStore.prototype, 'textAndScan');
    const found = async (word: string) =>
      (await host.query({ query: word })).hits.map((hit) => hit.talkId);

    let body = 'First words.\n\nThen quokka.\n';
    await host.upsert(source, body);
    expect(reads).toHaveBeenCalledTimes(1);
    for (const word of ['wombat', 'numbat', 'bilby']) {
      body = body.replace(/\w+\.\n$/, `${word}.\n`);
      await host.upsert(source, body);
    }
    expect(reads).toHaveBeenCalledTimes(1);
    expect(await found('bilby')).toEqual([talk.id]);
    expect(await found('quokka')).toEqual([]);
    expect(await found('wombat')).toEqual([]);

    // Edited outside: the sync adds the talk anew, and the next save must not diff against
    // the text it kept from before (its words would be taken out twice, or not at all).
    await writeFile(join(root, source.path), `---\nid: ${talk.id}\ntitle: Typed\n---\nPlatypus.\n`);
    await host.sync(sourcesOf((await library.list()).conferences));
    await host.upsert(source, 'Platypus and echidna.\n');
    expect(reads).toHaveBeenCalledTimes(2);
    expect(await found('echidna platypus')).toEqual([talk.id]);
    expect(await found('bilby')).toEqual([]);
    expect(await found('words')).not.toContain(talk.id);
    await host.close();
    await library.close();
  });
});
