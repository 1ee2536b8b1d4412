import { expect } from 'vitest';

/** Names Windows refuses for a file whatever its extension (`COM¹` is COM1; spaces before the dot are dropped). */
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³]) *(\..*)?$/i;
/** The bound on every name the app makes (fileNames.ts), suffixes included. */
const MAX_NAME_BYTES = 200;

/**
 * Checks that a library- or destination-relative path the app created is
 * portable and stays where it belongs: `/` separators, no `.`/`..` segment,
 * no segment starting with `-` or `.` or ending with `.` or a space, no
 * control or bidi characters, no Windows device names, at most 200 bytes a
 * segment (so a temporary or conflict copy beside it stays under 255).
 */
export function assertPortablePath(path: string): void {
  expect(path, 'relative').not.toMatch(/^[/\\]|^[a-z]:/i);
  expect(path, 'no backslash').not.toContain('\\');
  for (const segment of path.split('/')) {
    expect(segment, `segment of ${JSON.stringify(path)}`).not.toBe('');
    expect(segment).not.toMatch(/^[-.]|[. ]$/);
    // eslint-disable-next-line no-control-regex
    expect(segment).not.toMatch(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069:*?"<>|]/);
    expect(segment).not.toMatch(RESERVED);
    expect(new TextEncoder().encode(segment).length, segment).toBeLessThanOrEqual(MAX_NAME_BYTES);
  }
}
