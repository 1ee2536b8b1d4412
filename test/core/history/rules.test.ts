import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLibraryFile, LIBRARY_GITIGNORE } from '../../../electron/core/history/gitignore';
import { mergeChoice } from '../../../electron/core/history/treeMerge';
import { countWords, wordDelta } from '../../../electron/core/history/wordDelta';
import { tempDir } from '../../helpers/tempLibrary';

describe('what history keeps', () => {
  it('is what the real git reads in the .gitignore Confnotes writes', async () => {
    const root = await tempDir();
    execFileSync('git', ['init', '--quiet', root]);
    writeFileSync(join(root, '.gitignore'), LIBRARY_GITIGNORE);
    const files = [
      'conf/talk.md',
      'conf/talk (conflict 2024-01-01 101010).md',
      'conf/assets/slide-01.png',
      'conf/assets/deeper/slide.png',
      'conf/.talk.md.0123456789ab.tmp',
      'conf/notes.txt',
      'conf/sub/lost.md',
      'stray.md',
      '.trash/01J/entry.json',
      '.trash/01J/talk.md',
      '.trash/01K/conf/assets/i.png',
      '.confnotes',
      '.obsidian/workspace.json',
      '.obsidian/note.md',
      'conf/.DS_Store',
      'Thumbs.db',
    ];
    for (const file of files) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), 'x');
    }
    const status = execFileSync(
      'git',
      ['-C', root, 'status', '--porcelain', '--untracked-files=all', '-z'],
      {
        encoding: 'utf8',
      },
    );
    const seen = new Set(
      status
        .split('\0')
        .filter(Boolean)
        .map((line) => line.slice(3)),
    );
    for (const file of [...files, '.gitignore'])
      expect([file, isLibraryFile(file)]).toEqual([file, seen.has(file)]);
  });
});

describe('the merge rule', () => {
  const a = { oid: 'a'.repeat(40), mode: '100644' };
  const b = { oid: 'b'.repeat(40), mode: '100644' };
  const c = { oid: 'c'.repeat(40), mode: '100644' };
  it.each([
    ['unchanged', a, a, a, 'ours'],
    ['changed here only', a, b, a, 'ours'],
    ['changed there only', a, a, b, 'theirs'],
    ['the same change on both sides', a, b, b, 'ours'],
    ['changed on both sides', a, b, c, 'both'],
    ['added on both sides differently', null, b, c, 'both'],
    ['added there', null, null, c, 'theirs'],
    ['removed there, unchanged here', a, a, null, 'theirs'],
    ['removed there, changed here: the text stays', a, b, null, 'ours'],
    ['removed here, changed there: the text comes back', a, null, c, 'theirs'],
  ] as const)('%s', (_name, base, ours, theirs, choice) => {
    expect(mergeChoice(base, ours, theirs)).toBe(choice);
  });
});

describe('words added and removed', () => {
  it('counts words as multisets, Japanese by character', () => {
    const delta = (before: string, after: string) =>
      wordDelta(countWords(before), countWords(after));
    expect(delta('the cat sat', 'the cat sat on the mat')).toEqual({ added: 3, removed: 0 });
    expect(delta('one two three', 'three one')).toEqual({ added: 0, removed: 1 });
    expect(delta("don't stop", 'do not stop')).toEqual({ added: 2, removed: 1 });
    expect(delta('可観測性', '可観測性の話')).toEqual({ added: 2, removed: 0 });
  });
});
