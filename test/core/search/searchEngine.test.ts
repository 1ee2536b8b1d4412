import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { MINISEARCH_VERSION, PRIVATE_STEPS } from '../../../electron/core/search/searchEngine';

/**
 * searchEngine.ts reads MiniSearch's protected fields (the compiler checks those)
 * and calls four of its private methods, as MINISEARCH_VERSION defines
 * them. Another release may change what they do without a type error:
 * installing one must fail here first, and the equivalence tests beside
 * this one (bulkAdd, replaceDocument, compactIndex, rankedSearch) then say
 * what changed.
 */
describe('the seam to MiniSearch', () => {
  it('is on the minisearch release it was written for, pinned exactly', () => {
    // The package's exports hide its package.json: found from its entry point.
    let dir = path.dirname(createRequire(import.meta.url).resolve('minisearch'));
    while (!isPackageRoot(dir, 'minisearch')) dir = path.dirname(dir);
    expect(readJson(path.join(dir, 'package.json')).version).toBe(MINISEARCH_VERSION);
    const project = readJson(path.resolve(import.meta.dirname, '../../../package.json'));
    expect(project.dependencies?.minisearch).toBe(MINISEARCH_VERSION);
  });

  it('finds each private method it calls, taking the parameters it was written for', () => {
    for (const [name, parameters] of Object.entries(PRIVATE_STEPS)) {
      const method: unknown = Object.getOwnPropertyDescriptor(MiniSearch.prototype, name)?.value;
      expect(typeof method, name).toBe('function');
      expect((method as (...args: unknown[]) => unknown).length, name).toBe(parameters);
    }
  });
});

interface PackageJson {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
}

function readJson(file: string): PackageJson {
  return JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
}

function isPackageRoot(dir: string, name: string): boolean {
  if (dir === path.dirname(dir))
    throw new Error(`no package.json of ${name} above its entry point`);
  try {
    return readJson(path.join(dir, 'package.json')).name === name;
  } catch {
    return false;
  }
}
