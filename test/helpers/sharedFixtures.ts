import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The folder of the three attendees' write-ups the tests and benches read:
 * `../shared/fixtures/notes` beside the checkout, or below `CONFNOTES_SHARED`
 * when the checkout sits elsewhere (.ci/run sets it for a clone made in a
 * temp folder). A missing folder fails with where it was looked for.
 */
export function sharedNotesDir(): string {
  const shared =
    process.env['CONFNOTES_SHARED'] ?? path.resolve(import.meta.dirname, '../../../shared');
  const dir = path.join(shared, 'fixtures', 'notes');
  if (!existsSync(dir)) {
    throw new Error(
      `The attendees' write-ups are missing: looked in ${dir}. Put the project's shared/ folder ` +
        'beside the checkout, or set CONFNOTES_SHARED to the folder that holds fixtures/notes.',
    );
  }
  return dir;
}
