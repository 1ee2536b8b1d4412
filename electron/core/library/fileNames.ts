import { createHash } from 'node:crypto';
import { OutsideLibraryError } from '../errors';
import { resolveInside } from '../fs/containment';

/**
 * The one module that makes file and folder names from text someone else
 * chose (a title, a schedule, an imported file): library notes, conference
 * folders, assets, temporaries and every export flavour. A name is at most
 * MAX_NAME_BYTES of UTF-8 including its suffixes (most file systems stop at
 * 255 bytes, and a temporary or conflict copy adds to the name), is cut on a
 * character boundary with a short hash of what was cut, and is never one of
 * the names Windows keeps for devices.
 */
export const MAX_NAME_BYTES = 200;
/**
 * What a stem may take, leaving room for what is added around it: a Jekyll
 * date (`2024-03-19-`), a `-12` that makes it unique, `.md` or an image's
 * extension.
 */
const MAX_STEM_BYTES = 160;
const MAX_SLUG_CHARS = 80;
const MAX_READABLE_CHARS = 100;

/**
 * Device names Windows refuses whatever the extension (`nul.txt` is NUL),
 * superscript digits included (`COM¹` is COM1), and also with spaces
 * before the dot, which Windows drops.
 */
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³]) *(\..*)?$/i;
/** Characters Windows, macOS or Obsidian's link syntax cannot have in a file name. */
const UNSAFE = /[\\/:*?"<>|#^[\]\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
const encoder = new TextEncoder();

function byteLength(text: string): number {
  return encoder.encode(text).length;
}

/**
 * `stem + suffix` in at most `max` bytes. A stem that does not fit is cut
 * after its last whole character (a grapheme: an accent or an emoji
 * sequence is never split) and ends with `-` and six hex digits of the
 * whole stem, so two long titles that share their start still get two names.
 */
export function fitName(stem: string, suffix = '', max = MAX_NAME_BYTES): string {
  if (byteLength(stem) + byteLength(suffix) <= max) return `${stem}${suffix}`;
  const hash = `-${createHash('sha256').update(stem).digest('hex').slice(0, 6)}`;
  const budget = max - byteLength(suffix) - hash.length;
  let cut = '';
  let used = 0;
  for (const { segment } of graphemes.segment(stem)) {
    const size = byteLength(segment);
    if (used + size > budget) break;
    cut += segment;
    used += size;
  }
  return `${cut.replace(/[-.\s]+$/, '')}${hash}${suffix}`;
}

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
  const slug = fitName(shorten(full), '', MAX_STEM_BYTES);
  if (!slug) return fallback;
  return RESERVED.test(slug) ? `${slug}-note` : slug;
}

/**
 * Cuts a long slug to MAX_SLUG_CHARS at a word boundary, so a long talk
 * title becomes `…-even-if` rather than `…-even-if-yo`; a single huge word
 * is cut where it must be.
 */
function shorten(slug: string): string {
  const chars = [...slug];
  if (chars.length <= MAX_SLUG_CHARS) return slug;
  const cut = chars.slice(0, MAX_SLUG_CHARS + 1).join('');
  const boundary = cut.lastIndexOf('-');
  const kept = boundary > cut.length / 2 ? cut.slice(0, boundary) : cut.slice(0, -1);
  return kept.replace(/-+$/, '');
}

/**
 * A file name stem that keeps the title as people wrote it (spaces, case,
 * accents), for Obsidian vaults where the file name is the note's title.
 * Long titles are cut at a word boundary, never mid-character.
 */
export function readableStem(title: string, fallback = 'Untitled'): string {
  let stem = title.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...stem];
  if (chars.length > MAX_READABLE_CHARS) {
    const cut = chars.slice(0, MAX_READABLE_CHARS).join('');
    const space = cut.lastIndexOf(' ');
    stem = space > cut.length / 2 ? cut.slice(0, space) : cut;
  }
  stem = fitName(stem, '', MAX_STEM_BYTES);
  // A leading `-` reads as an option to every command given the file.
  stem = stem.replace(/^[-.\s]+|[.\s]+$/g, '');
  if (!stem) return fallback;
  // `nul.txt` → `nul note.txt`: the device name is the part before the first dot.
  return RESERVED.test(stem) ? stem.replace(/^[^.]*?(?= *(\.|$))/, '$& note') : stem;
}

/** True for names Windows keeps for devices, whatever follows the first dot. */
export function isReservedName(name: string): boolean {
  return RESERVED.test(name);
}

/**
 * The first of `stem.ext`, `stem-2.ext`, … that `taken` does not hold
 * (case-insensitively), each fitted into MAX_NAME_BYTES with its suffix.
 */
export function uniqueName(stem: string, ext: string, taken: (name: string) => boolean): string {
  for (let n = 1; ; n++) {
    const name = fitName(stem, n === 1 ? ext : `-${n}${ext}`);
    if (!taken(name.toLowerCase())) return name;
  }
}

/** Joins library-relative parts and refuses anything that would land outside the library. */
export function insideLibrary(root: string, ...parts: string[]): string {
  const target = resolveInside(root, parts);
  if (target === undefined) throw new OutsideLibraryError(parts.join('/'));
  return target;
}
