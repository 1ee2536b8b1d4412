import { createHash } from 'node:crypto';

/**
 * The fingerprint of an imported body, stored as the talk's `sourceHash`. A
 * re-import compares it with the body on disk (has the user edited it?) and
 * with the new import (did the source change?), for every talk, so it works
 * on the text rather than a syntax tree: line endings, trailing spaces and
 * blank lines at either end do not count, and neither do the addresses of
 * local images, because copying them into `assets/` rewrites those
 * addresses without anyone editing the note.
 */
export function bodyHash(markdown: string): string {
  const canonical = markdown
    .replace(/\r\n?/g, '\n')
    // Only from the start of a run: `/[ \t]+$/gm` retries every space of a
    // deeply indented line and took 36 s over a 2,000-level nested list.
    .replace(/(?<![ \t])[ \t]+$/gm, '')
    .replace(/(!\[[^\]\n]*\]\()(<[^>\n]*>|[^)\s]*)/g, (whole, opening: string, url: string) =>
      /^<?(?:https?:)?\/\//i.test(url) ? whole : `${opening}`,
    )
    .trim();
  return `sha256:${createHash('sha256').update(canonical).digest('hex').slice(0, 32)}`;
}
