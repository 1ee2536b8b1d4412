import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_FROM_CHARS,
  BACKGROUND_FROM_LIST_ITEMS,
  parsesInBackground,
} from '../../../renderer/editor/markdown/backgroundParse';

/** Which notes go to the parse workers: long ones, and list-heavy ones whatever their length. */
const bullets = (count: number, indent = '') =>
  Array.from({ length: count }, (_, i) => `${indent}- point ${i}`).join('\n');

describe('parsesInBackground', () => {
  it('parses a short note of paragraphs on the spot', () => {
    const note = 'A paragraph of notes.\n\n'.repeat(1000);
    expect(note.length).toBeLessThan(BACKGROUND_FROM_CHARS);
    expect(parsesInBackground(note)).toBe(false);
  });

  it('sends a long note to the workers', () => {
    expect(parsesInBackground('x'.repeat(BACKGROUND_FROM_CHARS))).toBe(true);
  });

  it('sends a short note of many bullets to the workers, nested, numbered or quoted alike', () => {
    const n = BACKGROUND_FROM_LIST_ITEMS;
    expect(parsesInBackground(bullets(n - 1))).toBe(false);
    expect(parsesInBackground(bullets(n))).toBe(true);
    expect(parsesInBackground(`${bullets(n / 2)}\n${bullets(n / 2, '  ')}\n`)).toBe(true);
    const numbered = Array.from({ length: n }, (_, i) => `${i + 1}. step`).join('\n');
    expect(parsesInBackground(numbered)).toBe(true);
    expect(parsesInBackground(bullets(n, '> '))).toBe(true);
  });

  it('does not count hyphens inside lines or rules as list items', () => {
    const note = Array.from({ length: 400 }, () => 'pre-flight check - done\n\n---').join('\n\n');
    expect(note.length).toBeLessThan(BACKGROUND_FROM_CHARS);
    expect(parsesInBackground(note)).toBe(false);
  });
});
