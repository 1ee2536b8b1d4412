import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeNote } from '../../../electron/core/library/noteFile';
import { splitFrontMatter } from '../../../shared/markdown';
import { scanPlainText } from '../../../shared/markdown/fastPlainText';
import {
  rescan,
  scanWithState,
  type ScanState,
} from '../../../shared/markdown/incrementalPlainText';
import { seededRandom } from '../../bench/searchCorpus';
import { noteCases } from '../../fixtures/hostile/cases';
import { sharedNotesDir } from '../../helpers/sharedFixtures';

/**
 * An incremental re-scan must give exactly what a full scan gives. Held by
 * random edits (inserts, deletes, replacements at random places, of text
 * full of block syntax: fences, lists, tables, setext underlines, HTML,
 * quotes, blank lines) chained on the attendees' notes and the hostile
 * corpus, each compared with scanPlainText of the edited note.
 */
const fixtures = sharedNotesDir();
const arm = { marker: '/nonexistent/marker', secret: '/nonexistent/secret' };

const PIECES = [
  '\n',
  '\n\n',
  'word ',
  ' more words here',
  '\n```\n',
  '\n```js\ncode line\n',
  '\n~~~\n',
  '\n    indented code\n',
  '\n- item\n',
  '\n- [ ] open task\n',
  '\n- [x] done task\n',
  '\n1. first\n',
  '\n2) second\n',
  '\n  continued\n',
  '\n| a | b |\n',
  '\n|---|---|\n',
  '| c | d |\n',
  '\n===\n',
  '\n---\n',
  '\n***\n',
  '\n# Heading\n',
  '\n> quoted\n',
  '>',
  '\n<div>\n',
  '</div>\n',
  '\n<!-- comment\n',
  '-->\n',
  '<b>bold</b>',
  '*emph*',
  '**',
  '[link](http://x.y)',
  '![alt *text*](img.png)',
  '`code`',
  '\\',
  '&amp; &copy;',
  '\t',
  '   ',
  'https://example.com ',
];

function edit(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const piece = PIECES[Math.floor(random() * PIECES.length)];
  const roll = random();
  if (roll < 0.45) return text.slice(0, at) + piece + text.slice(at);
  const length = Math.floor(random() * 40);
  if (roll < 0.75) return text.slice(0, at) + text.slice(at + length);
  return text.slice(0, at) + piece + text.slice(at + length);
}

/** Edits `markdown` `rounds` times, each re-scan compared with a full scan; how many were partial. */
function expectSameAsFullScan(markdown: string, random: () => number, rounds: number): number {
  let partial = 0;
  let state: ScanState | null = scanWithState(markdown).state;
  let text = markdown;
  for (let i = 0; i < rounds; i++) {
    text = edit(text, random);
    const scan = rescan(state, text);
    const expected = scanPlainText(text);
    if (scan.text !== expected.text || scan.hasOpenTasks !== expected.hasOpenTasks) {
      // Name the edit that broke it, so a failure can be replayed.
      expect({ before: state?.markdown, after: text, got: scan }).toEqual({
        before: state?.markdown,
        after: text,
        got: { ...scan, ...expected },
      });
    }
    state = scan.state;
    if (scan.parsed < text.length) partial++;
  }
  return partial;
}

describe('incremental plain text', () => {
  it('equals a full scan after random edits of the attendees’ notes', async () => {
    const random = seededRandom(21);
    for (const name of await readdir(fixtures)) {
      const whole = await readFile(path.join(fixtures, name), 'utf8');
      // Whole write-ups are long: edit slices of them, as notes of a talk.
      for (let start = 0; start < whole.length; start += 30_000)
        expectSameAsFullScan(whole.slice(start, start + 12_000), random, 60);
    }
  }, 120_000);

  it('re-parses a small part of notes written in paragraphs when words are typed', async () => {
    const random = seededRandom(24);
    let parsed = 0;
    let full = 0;
    for (const name of await readdir(fixtures)) {
      const whole = await readFile(path.join(fixtures, name), 'utf8');
      // One write-up runs its lines together without blank lines: a single block, always parsed whole.
      if (whole.split('\n\n').length < 50) continue;
      let text = whole.slice(0, 12_000);
      let state = scanWithState(text).state;
      for (let i = 0; i < 60; i++) {
        const at = Math.floor(random() * text.length);
        text = `${text.slice(0, at)} typed words ${text.slice(at + Math.floor(random() * 10))}`;
        const scan = rescan(state, text);
        expect(scan.text).toBe(scanPlainText(text).text);
        state = scan.state;
        parsed += scan.parsed;
        full += text.length;
      }
    }
    expect(full).toBeGreaterThan(0);
    expect(parsed).toBeLessThan(full / 5);
  }, 120_000);

  it('equals a full scan after random edits of the hostile notes', () => {
    const random = seededRandom(22);
    for (const note of noteCases(arm).filter((c) => c.large !== true)) {
      const raw = typeof note.content === 'string' ? note.content : decodeNote(note.content).text;
      expectSameAsFullScan(raw, random, 20);
      expectSameAsFullScan(splitFrontMatter(raw).body, random, 20);
    }
  }, 120_000);

  it('equals a full scan on block syntax built up and torn down at random', () => {
    const random = seededRandom(23);
    let partial = 0;
    for (let n = 0; n < 40; n++) {
      let text = '';
      for (let i = 0; i < 30; i++) text += PIECES[Math.floor(random() * PIECES.length)];
      partial += expectSameAsFullScan(
        `Intro paragraph.\n\n${text}\n\nClosing paragraph.\n`,
        random,
        80,
      );
    }
    // The comparisons above must have been of partial re-scans, not only of full ones.
    expect(partial).toBeGreaterThan(40 * 80 * 0.2);
  }, 120_000);

  it('re-parses only around an edit in the middle of a long note', () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} of the talk.`);
    const before = paragraphs.join('\n\n');
    const after = before.replace('Paragraph 100 of', 'Paragraph 100, edited, of');
    const scan = rescan(scanWithState(before).state, after);
    expect(scan.text).toBe(scanPlainText(after).text);
    expect(scan.parsed).toBeLessThan(200);
    // A definition anywhere reaches across blocks: scanned in full.
    const withDefinition = `${after}\n\n[x]: http://example.com`;
    expect(rescan(scan.state, withDefinition).parsed).toBe(withDefinition.length);
  });
});
