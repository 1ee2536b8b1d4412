import { relative, sep } from 'node:path';
import { OutsideLibraryError } from '../errors';
import { resolveInside } from '../fs/containment';

/** Names Windows refuses for a file whatever its extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_SLUG = 80;

/**
 * A readable, portable file name stem from a title: lower case, dashes for
 * spaces and punctuation, accents folded, no dots or slashes, no reserved
 * names, never empty, never starting with `-` (it would read as a flag).
 */
export function slugify(title: string, fallback = 'untitled'): string {
  const full = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const slug = shorten(full);
  if (!slug) return fallback;
  return RESERVED.test(slug) ? `${slug}-note` : slug;
}

/**
 * Cuts a long slug to MAX_SLUG at a word boundary, so a long talk title
 * becomes `…-even-if` rather than `…-even-if-yo`; a single huge word is cut
 * where it must be.
 */
function shorten(slug: string): string {
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > MAX_SLUG / 2 ? cut.slice(0, boundary) : cut.slice(0, MAX_SLUG)).replace(
    /-+$/,
    '',
  );
}

/** The first of `stem.ext`, `stem-2.ext`, … that `taken` does not hold (case-insensitively). */
export function uniqueName(stem: string, ext: string, taken: (name: string) => boolean): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}${ext}` : `${stem}-${n}${ext}`;
    if (!taken(name.toLowerCase())) return name;
  }
}

/** Joins library-relative parts and refuses anything that would land outside the library. */
export function insideLibrary(root: string, ...parts: string[]): string {
  const target = resolveInside(root, parts);
  if (target === undefined) throw new OutsideLibraryError(parts.join('/'));
  return target;
}

/** Library-relative path with `/` separators, as the core reports paths. */
export function toLibraryPath(root: string, absolute: string): string {
  return relative(root, absolute).split(sep).join('/');
}
