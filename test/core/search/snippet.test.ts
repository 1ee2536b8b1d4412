import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSnippet, matchWeights } from '../../../electron/core/search/snippet';
import { TextStore } from '../../../electron/core/search/textStore';
import { extractNote } from '../../../electron/core/search/documents';

const words = (snippet: { snippet: string; highlights: Array<[number, number]> }) =>
  snippet.highlights.map(([s, e]) => snippet.snippet.slice(s, e));

describe('snippets', () => {
  const filler = 'lorem ipsum dolor sit amet '.repeat(20);
  const text = `${filler}error here. ${filler}The error budget is spent when the budget runs out. ${filler}`;

  it('pick the passage with the most matched words and mark them', () => {
    const snippet = makeSnippet(text, matchWeights(['error', 'budget'], ['error', 'budget']));
    expect(words(snippet)).toEqual(['error', 'budget', 'budget']);
    expect(snippet.snippet.startsWith('… ')).toBe(true);
    expect(snippet.snippet.endsWith(' …')).toBe(true);
    expect(text.slice(snippet.match!.textOffset).startsWith('error budget')).toBe(true);
    expect(snippet.match!.occurrence).toBe(1);
  });

  it('mark phrases only where the words are in order', () => {
    const snippet = makeSnippet('budget error, then error budget.', new Map(), [
      ['error', 'budget'],
    ]);
    expect(words(snippet)).toEqual(['error', 'budget']);
    expect(snippet.match).toMatchObject({ text: 'error', textOffset: 19 });
  });

  it('prefer the word as typed over a typo’s correction', () => {
    const snippet = makeSnippet(
      `sync issues. ${filler}${filler} tools: ksync.`,
      matchWeights(['sync', 'ksync'], ['ksync']),
    );
    expect(snippet.match!.text).toBe('ksync');
  });

  it('show the start of the note when nothing in the text matched', () => {
    const snippet = makeSnippet(text, new Map([['absent', 3]]));
    expect(snippet.snippet.startsWith('lorem ipsum')).toBe(true);
    expect(snippet.match).toBeNull();
    expect(snippet.highlights).toEqual([]);
  });
});

describe('extracting the notes’ text', () => {
  it('keeps words, drops Markdown syntax, and sees open action items', () => {
    const note = extractNote(
      '## Links\n\nSee [the docs](https://example.com/x) and `kubectl`.\n\n- [x] done\n- [ ] follow up\n',
    );
    expect(note.text).toBe('Links\nSee the docs and kubectl.\ndone\nfollow up');
    expect(note.hasOpenActions).toBe(true);
    expect(extractNote('- [x] all done\n').hasOpenActions).toBe(false);
  });
});

describe('the text store', () => {
  it('keeps texts on disk, survives reopening from the file alone, and compacts', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'confnotes-texts-'));
    try {
      const store = TextStore.open(dir, 0);
      store.put('a', 'fp1', 'first text é', false);
      store.put('b', 'fp1', 'second text', true);
      store.put('a', 'fp2', 'first text, edited', false);
      expect(store.get('a')).toBe('first text, edited');
      store.close();

      const reopened = TextStore.open(dir, 0);
      expect(reopened.get('a')).toBe('first text, edited');
      expect(reopened.entry('b')).toMatchObject({ fingerprint: 'fp1', open: true });
      const compacted = reopened.compact();
      reopened.close();
      compacted.dropOtherGenerations();
      expect(TextStore.latestGeneration(dir)).toBe(1);
      expect(compacted.get('b')).toBe('second text');
      compacted.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses bytes that are not the entry asked for, and ignores a damaged tail', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'confnotes-texts-'));
    try {
      const store = TextStore.open(dir, 0);
      store.put('a', 'fp', 'alpha', false);
      store.put('b', 'fp', 'beta', false);
      const snapshot = new Map(store.snapshot());
      store.close();
      const file = path.join(dir, 'texts-0.dat');
      const bytes = await readFile(file);
      await writeFile(file, bytes.subarray(0, bytes.length - 3));
      const damaged = TextStore.open(dir, 0);
      expect(damaged.get('a')).toBe('alpha');
      expect(damaged.get('b')).toBeUndefined();
      damaged.close();
      // Offsets from a snapshot that point at the wrong entry are refused, not misread.
      const swapped = new Map([['b', snapshot.get('a')!]]);
      const wrong = TextStore.open(dir, 0, swapped);
      expect(wrong.get('b')).toBeUndefined();
      wrong.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
