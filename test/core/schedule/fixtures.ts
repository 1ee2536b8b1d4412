import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Schedule files written for these tests from the formats' published descriptions. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/schedule/${name}`, import.meta.url));
}

export function readFixture(name: string): Promise<string> {
  return readFile(fixturePath(name), 'utf8');
}
