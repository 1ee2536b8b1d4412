import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeNote } from '../../../electron/core/library/noteFile';
import { splitFrontMatter } from '../../../shared/markdown';
import { scanPlainText, treeScan, walkMarkdown } from '../../../shared/markdown/fastPlainText';
import { InertText, PLACEHOLDER } from '../../../shared/markdown/inertLines';
import { seededRandom, writeCorpus } from '../../bench/searchCorpus';
import { noteCases } from '../../fixtures/hostile/cases';
import { sharedNotesDir } from '../../helpers/sharedFixtures';
import { adversarialCases, randomDocument } from './inertPieces';

/**
 * The walk hands the parser each note with its inert line rests hidden
 * (shared/markdown/inertLines.ts). Whatever it hides, it must give what the
 * parser gives on the note as written, down to the top-level blocks an
 * incremental re-scan starts from, and what the engine's tree gives.
 */
const fixtures = sharedNotesDir();
const arm = { marker: '/nonexistent/marker', secret: '/nonexistent/secret' };

/** Hidden and as written walk alike, and the scan equals the tree; returns how many rests stayed hidden. */
function expectSame(markdown: string): number {
  const hidden = walkMarkdown(markdown);
  const written = walkMarkdown(markdown, false);
  expect(hidden === null).toBe(written === null);
  if (hidden && written) {
    expect(hidden.lines).toEqual(written.lines);
    expect(hidden.blocks).toEqual(written.blocks);
    expect(hidden.hasOpenTasks).toBe(written.hasOpenTasks);
    expect(written.hidden).toBe(0);
  }
  const reference = treeScan(markdown);
  const scanned = scanPlainText(markdown);
  expect(scanned.text).toBe(reference.text);
  expect(scanned.hasOpenTasks).toBe(reference.hasOpenTasks);
  return hidden?.hidden ?? 0;
}

describe('inert line rests', () => {
  it('are hidden as one placeholder each and read back at their original offsets', () => {
    const markdown = '# Title words\n\n- item one  \n- [ ] task (open)\n\nPlain words\n';
    const inert = new InertText(markdown);
    expect(inert.hidden).toBe(4);
    expect(inert.text).toBe(
      `# ${PLACEHOLDER}\n\n- ${PLACEHOLDER}  \n- [ ] ${PLACEHOLDER}\n\n${PLACEHOLDER}\n`,
    );
    const last = inert.text.lastIndexOf(PLACEHOLDER);
    expect(inert.original(last)).toBe(markdown.indexOf('Plain'));
    const lines = [`Title ${PLACEHOLDER}`, `${PLACEHOLDER}  x`, PLACEHOLDER, `a${PLACEHOLDER}`];
    expect(inert.revealLines(lines)).toBe(true);
    expect(lines).toEqual(['Title Title words', 'item one x', 'task (open)', 'aPlain words']);
    // One placeholder short, or one too many: not every rest came back exactly once.
    expect(inert.revealLines([PLACEHOLDER, PLACEHOLDER, PLACEHOLDER])).toBe(false);
    expect(inert.revealLines([PLACEHOLDER.repeat(5)])).toBe(false);
  });

  it('are not hidden in notes holding the placeholder or CR line endings', () => {
    expect(new InertText(`a ${PLACEHOLDER}\nwords\n`).hidden).toBe(0);
    expect(new InertText('words\r\nmore words\r\n').hidden).toBe(0);
  });

  it('hide most of the attendees’ write-ups, and the walk takes them', async () => {
    const files = (await readdir(fixtures)).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBe(3);
    for (const file of files) {
      const text = await readFile(path.join(fixtures, file), 'utf8');
      const inert = new InertText(text);
      expect(inert.text.length).toBeLessThan(text.length / 4);
      expect(expectSame(text)).toBe(inert.hidden);
    }
  });

  it('give the same answer on the hostile notes', () => {
    let taken = 0;
    for (const note of noteCases(arm).filter((c) => c.large !== true)) {
      const text = typeof note.content === 'string' ? note.content : decodeNote(note.content).text;
      for (const markdown of [text, splitFrontMatter(text).body])
        if (expectSame(markdown) > 0) taken++;
    }
    expect(taken).toBeGreaterThan(10);
  });

  describe('on a generated library', () => {
    let base: string;
    beforeAll(async () => {
      base = await mkdtemp(path.join(os.tmpdir(), 'confnotes-inert-'));
    });
    afterAll(async () => {
      await rm(base, { recursive: true, force: true });
    });

    it('every note through the hidden walk', async () => {
      const corpus = await writeCorpus(
        path.join(base, 'library'),
        { notes: 100, conferences: 2, bytesPerNote: 3000, seed: 11 },
        fixtures,
      );
      for (const talk of corpus.talks) {
        const file = await readFile(path.join(corpus.root, talk.path), 'utf8');
        const body = splitFrontMatter(file).body;
        expect(expectSame(body)).toBe(new InertText(body).hidden);
      }
    }, 60_000);
  });

  it.each(adversarialCases)('on %s', (_, markdown) => {
    // Every case hides something, so each one puts the trick itself to the test.
    expect(new InertText(markdown).hidden).toBeGreaterThan(0);
    expectSame(markdown);
  });

  it('on 2,000 random documents built from those pieces', () => {
    const random = seededRandom(2024);
    let taken = 0;
    let declined = 0;
    for (let i = 0; i < 2000; i++) {
      const markdown = randomDocument(random);
      const hidden = new InertText(markdown).hidden;
      const walkedHidden = expectSame(markdown);
      if (walkedHidden > 0) taken++;
      else if (hidden > 0) declined++;
    }
    // Both ways out are exercised: the walk that reads rests back, and the check that declines.
    expect(taken).toBeGreaterThan(1000);
    expect(declined).toBeGreaterThan(20);
  }, 120_000);
});
