import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeNote } from '../../../electron/core/library/noteFile';
import { scanPlainText } from '../../../shared/markdown/fastPlainText';
import { findTerms } from '../../../shared/search/findTerms';
import { terms, tokenize } from '../../../shared/search/text';
import { seededRandom } from '../../bench/searchCorpus';
import { noteCases } from '../../fixtures/hostile/cases';
import { sharedNotesDir } from '../../helpers/sharedFixtures';

/**
 * Snippets find the matched words with findTerms instead of tokenizing the
 * whole note; it must give exactly the tokens tokenize keeps, or snippets
 * would mark other words (or miss `Café` for `cafe`).
 */
const fixtures = sharedNotesDir();
const arm = { marker: '/nonexistent/marker', secret: '/nonexistent/secret' };

function expectSameAsTokenize(text: string, random: () => number, rounds = 40): void {
  const vocabulary = [...new Set(terms(text))];
  for (let i = 0; i < rounds; i++) {
    const wanted = new Set<string>();
    for (let n = 1 + (i % 6); n > 0 && vocabulary.length > 0; n--)
      wanted.add(vocabulary[Math.floor(random() * vocabulary.length)]);
    expect(findTerms(text, wanted)).toEqual(tokenize(text, (t) => wanted.has(t)));
  }
}

describe('findTerms', () => {
  it('finds words whatever their case, accents or neighbours, at their offsets', () => {
    const text =
      'Café, CAFE and cafeteria; naïve nave. \u212Aube kube-proxy 𝐀bc abc x2 İstanbul straße';
    const found = (...wanted: string[]) =>
      findTerms(text, new Set(wanted)).map((t) => text.slice(t.start, t.end));
    expect(found('cafe')).toEqual(['Café', 'CAFE']);
    expect(found('naive', 'nave')).toEqual(['naïve', 'nave']);
    expect(found('kube')).toEqual(['\u212Aube', 'kube']);
    expect(found('abc')).toEqual(['abc']);
    expect(found('straße')).toEqual(['straße']);
    expect(found('istanbul')).toEqual(['İstanbul']);
    expect(found('x')).toEqual([]);
    expect(findTerms(text, new Set())).toEqual([]);
  });

  it('gives what tokenize keeps, on the attendees’ notes', async () => {
    const random = seededRandom(11);
    for (const name of await readdir(fixtures)) {
      const text = scanPlainText(await readFile(path.join(fixtures, name), 'utf8')).text;
      expectSameAsTokenize(text, random);
    }
  });

  it('gives what tokenize keeps, on the hostile notes', () => {
    const random = seededRandom(12);
    for (const note of noteCases(arm)) {
      const raw = typeof note.content === 'string' ? note.content : decodeNote(note.content).text;
      // Snippets look at the first 256 K characters only.
      expectSameAsTokenize(raw.slice(0, 256 * 1024), random, note.large ? 3 : 20);
    }
  }, 60_000);
});
