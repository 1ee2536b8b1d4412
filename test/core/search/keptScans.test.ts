import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IndexHost } from '../../../electron/core/search/indexHost';
import { sourcesOf } from '../../../electron/core/search/documents';
import { TextStore } from '../../../electron/core/search/textStore';
import { scanPlainText } from '../../../shared/markdown/fastPlainText';
import { rescan, scanWithState } from '../../../shared/markdown/incrementalPlainText';
import { buildFixtureLibrary } from './fixtureLibrary';

/**
 * A note's scan is kept in the text store beside its text, so that its
 * first save (even in a later session) re-parses only what changed.
 */
const note = Array.from({ length: 120 }, (_, i) => `Paragraph ${i} with - [ ] words.`).join('\n\n');

describe('scans kept in the text store', () => {
  it('come back as they were put, from the index or the file alone, and through compaction', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'confnotes-scans-'));
    try {
      const store = TextStore.open(dir, 0);
      const { text, hasOpenTasks, state } = scanWithState(note);
      store.put('a', 'fp1', text, hasOpenTasks, state);
      store.put('b', 'fp1', 'plain text only', false);
      expect(store.scan('a')).toEqual(state);
      expect(store.scan('b')).toBeUndefined();
      expect(store.get('a')).toBe(text);
      store.close();

      const reopened = TextStore.open(dir, 0);
      expect(reopened.scan('a')).toEqual(state);
      const compacted = reopened.compact();
      expect(compacted.scan('a')).toEqual(state);
      expect(compacted.get('b')).toBe('plain text only');
      reopened.close();

      // The kept scan serves a re-scan as the one in memory does.
      const edited = note.replace('Paragraph 60 with', 'Paragraph 60, edited, with');
      const again = rescan(compacted.scan('a')!, edited);
      expect(again.text).toBe(scanPlainText(edited).text);
      expect(again.parsed).toBeLessThan(200);
      compacted.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('are kept for every note a build parses', async () => {
    const fixture = await buildFixtureLibrary();
    try {
      const dir = path.join(fixture.dataDir, 'index');
      await mkdir(dir, { recursive: true });
      const host = new IndexHost(dir, fixture.library.root, () => {}, { size: 0 });
      await host.open();
      const { conferences } = await fixture.library.list();
      await host.sync(sourcesOf(conferences));
      await host.close();
      const store = TextStore.open(dir, TextStore.latestGeneration(dir));
      let kept = 0;
      for (const talk of fixture.talks) {
        const scan = store.scan(talk.id);
        if (!scan) continue;
        kept++;
        const { body } = await fixture.library.readTalk(talk.id);
        expect(scan.markdown).toBe(body);
        expect(scan.lines.join('\n')).toBe(store.get(talk.id));
      }
      store.close();
      expect(kept).toBeGreaterThan(fixture.talks.length / 2);
    } finally {
      await fixture.cleanup();
    }
  }, 120_000);
});
