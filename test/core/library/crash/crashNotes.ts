/** Note sizes from empty to large: small files and big ones tear differently. */
export const NOTE_SIZES = [0, 10, 4_000, 100_000, 1_000_000, 10_000_000];

/** The body of version `version` of a note: self-describing, so any tear is detectable. */
export function expectedBody(title: string, version: number): string {
  const size = NOTE_SIZES[Number(/\d+$/.exec(title)?.[0] ?? 0) % NOTE_SIZES.length];
  const header = `${title} version ${version}\n`;
  return header + 'x'.repeat(Math.max(0, size - header.length)) + '\n';
}

/** True when `body` is exactly some complete version of the note. */
export function isWholeVersion(title: string, body: string): boolean {
  const version = /version (\d+)\n/.exec(body)?.[1];
  if (version === undefined) return body === '';
  return body === expectedBody(title, Number(version));
}
