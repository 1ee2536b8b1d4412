import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInside, realInside, resolveInside } from '../../../electron/core/fs/containment';

/**
 * The one containment check (electron/core/fs/containment.ts). Before it
 * there were five, with two meanings: `startsWith('..')` refused a file
 * named `..x` inside the folder, and a check by text prefix would let
 * `library-2/` pass for `library/`.
 */
describe('isInside', () => {
  it.each([
    ['/lib', '/lib/a.md', true],
    ['/lib', '/lib/..x', true],
    ['/lib', '/lib/..x/a.md', true],
    ['/lib', '/lib/a/../b.md', true],
    ['/lib', '/lib', true],
    ['/lib', '/lib/../x', false],
    ['/lib', '/lib-2/a.md', false],
    ['/lib', '/', false],
    ['/lib', '/other/lib/a.md', false],
  ])('posix: %s holds %s → %s', (root, target, inside) => {
    expect(isInside(root, target, {}, path.posix)).toBe(inside);
  });

  it.each([
    ['C:\\Lib', 'C:\\Lib\\a.md', true],
    ['C:\\Lib', 'c:\\lib\\..x', true],
    ['C:\\Lib', 'C:\\Lib\\..\\x', false],
    ['C:\\Lib', 'D:\\Lib\\a.md', false],
    ['C:\\Lib', '\\\\server\\share\\a.md', false],
    ['C:\\Lib', 'C:\\Lib2\\a.md', false],
  ])('win32: %s holds %s → %s', (root, target, inside) => {
    expect(isInside(root, target, {}, path.win32)).toBe(inside);
  });

  it('does not count the folder itself when strict', () => {
    expect(isInside('/lib', '/lib', { strict: true }, path.posix)).toBe(false);
    expect(isInside('/lib', '/lib/a', { strict: true }, path.posix)).toBe(true);
  });
});

describe('resolveInside', () => {
  it('resolves parts that stay and refuses parts that climb out or hold NUL', () => {
    expect(resolveInside('/lib', ['a', 'b.md'], path.posix)).toBe('/lib/a/b.md');
    expect(resolveInside('/lib', ['..x'], path.posix)).toBe('/lib/..x');
    expect(resolveInside('/lib', ['a', '../../x'], path.posix)).toBeUndefined();
    expect(resolveInside('/lib', ['/etc/passwd'], path.posix)).toBeUndefined();
    expect(resolveInside('/lib', ['a\0.png'], path.posix)).toBeUndefined();
    expect(resolveInside('C:\\Lib', ['D:\\x'], path.win32)).toBeUndefined();
  });
});

describe('realInside', () => {
  let base: string;
  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'confnotes-containment-'));
    await mkdir(path.join(base, 'lib', '..x'), { recursive: true });
    await writeFile(path.join(base, 'lib', '..x', 'a.png'), 'inside');
    await writeFile(path.join(base, 'secret.png'), 'outside');
    await symlink(path.join(base, 'secret.png'), path.join(base, 'lib', 'escape.png'));
    await symlink(path.join(base, 'lib', '..x'), path.join(base, 'lib', 'alias'));
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('follows links: a link out is refused, a link that stays is resolved', async () => {
    const lib = path.join(base, 'lib');
    expect(await realInside(lib, path.join(lib, '..x', 'a.png'))).toBe(
      path.join(lib, '..x', 'a.png'),
    );
    expect(await realInside(lib, path.join(lib, 'alias', 'a.png'))).toBe(
      path.join(lib, '..x', 'a.png'),
    );
    expect(await realInside(lib, path.join(lib, 'escape.png'))).toBeUndefined();
    expect(await realInside(lib, path.join(lib, 'missing.png'))).toBeUndefined();
    expect(await realInside(lib, lib)).toBeUndefined();
  });
});

describe('one helper', () => {
  it('is the only place in electron/ that compares paths by relative()', async () => {
    const root = fileURLToPath(new URL('../../../electron', import.meta.url));
    const offenders: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) await walk(file);
        else if (file.endsWith('.ts') && !file.endsWith(path.join('fs', 'containment.ts'))) {
          const text = await readFile(file, 'utf8');
          // A hand-made check: relative() and a test of its result for `..` or an absolute path.
          const handMade =
            /startsWith\(\s*['"`]\.\./.test(text) ||
            (/\brelative\(/.test(text) && /\bisAbsolute\(/.test(text));
          if (handMade) offenders.push(path.relative(root, file));
        }
      }
    };
    await walk(root);
    expect(offenders).toEqual([]);
  });
});
