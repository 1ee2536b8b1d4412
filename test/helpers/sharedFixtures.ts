import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The folders of real attendees' write-ups the tests and benches read:
 * `../shared/fixtures/<name>` beside the checkout, or below `CONFNOTES_SHARED`
 * when the checkout sits elsewhere (.ci/run sets it for a clone made in a
 * temp folder). A missing folder fails with where it was looked for.
 */
function sharedFixturesDir(name: string): string {
  const shared =
    process.env['CONFNOTES_SHARED'] ?? path.resolve(import.meta.dirname, '../../../shared');
  const dir = path.join(shared, 'fixtures', name);
  if (!existsSync(dir)) {
    throw new Error(
      `The attendees' write-ups are missing: looked in ${dir}. Put the project's shared/ folder ` +
        `beside the checkout, or set CONFNOTES_SHARED to the folder that holds fixtures/${name}.`,
    );
  }
  return dir;
}

/** Three All Day DevOps write-ups (plain text). */
export function sharedNotesDir(): string {
  return sharedFixturesDir('notes');
}

/** Twelve write-ups in many shapes and languages, with a careful reader's `labels.json`. */
export function sharedRealworldDir(): string {
  return sharedFixturesDir('realworld');
}
