import { expect } from 'vitest';

/** Names Windows refuses for a file whatever its extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * Checks that a library- or destination-relative path the app created is
 * portable and stays where it belongs: `/` separators, no `.`/`..` segment,
 * no segment starting with `-` or `.` or ending with `.` or a space, no
 * control or bidi characters, no Windows device names, at most 255 bytes a
 * segment.
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
    expect(new TextEncoder().encode(segment).length).toBeLessThanOrEqual(255);
  }
}
