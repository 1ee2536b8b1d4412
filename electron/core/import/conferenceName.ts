import { homedir, tmpdir } from 'node:os';
import { basename, dirname, extname, resolve } from 'node:path';
import { eventNameIn, namesAnEvent, YEAR } from './eventTitle';

/**
 * The conference a write-up is about, and its year, read the way a reader
 * reads them: the front matter's `conference`, else the post's title or
 * first heading once the blog's own words are taken off ("Notes from X",
 * "X - Recap", "Xに参加しました", "Blog name | X"; eventTitle.ts), else the
 * file's or folder's name (`2019-06_SomeConf`, `someconf-2024/day1.md`)
 * unless it is a generic or temporary one. The year comes from the title,
 * the path, or the post's date.
 */
export interface ConferenceNameInput {
  conference?: string;
  postTitle?: string;
  firstHeading?: string;
  /** The page's first top-level heading, to find the post's title inside its page title. */
  pageHeading?: string;
  /** Absolute path of the file (feeds: undefined, their entries have no path of their own). */
  path?: string;
  /** `YYYY-MM-DD`: the post's date. */
  date?: string;
  /** The document's text, to recover how a name from the path is written ("DevConf"). */
  text?: string;
}

export interface ConferenceName {
  title: string;
  year?: number;
}

/**
 * Folder names people give to collections of notes, and names tools give to
 * folders: they say where notes are kept, not which event they are about.
 */
const GENERIC_FOLDER =
  /^(?:tmp|temp|te?mp\d*|notes?|posts?|_posts|content|blog|docs?|documents?|desktop|downloads?|drafts?|archives?|exports?|imports?|inbox|misc|new folder|untitled.*|conference[-_ ]?notes|conferences?|talks?|sources?|files?|data|writing|articles?|src|home|users?|public|static|index|readme|vault|obsidian|www|html|site|pages?|\d+|[a-z]|day\d*)$/i;

export function conferenceName(input: ConferenceNameInput): ConferenceName {
  const fromPath = input.path ? pathName(input.path, input.text ?? '') : undefined;
  const candidates = [input.conference, pageTitle(input), input.firstHeading]
    .map((t) => (t ? eventNameIn(t) : undefined))
    .filter((t): t is string => t !== undefined && namesAnEvent(t));
  let title: string | undefined = candidates[0];
  // A title without a year that the path spells out in full ("KubeCon" beside "kubecon-eu-2023/").
  if (title && !YEAR.test(title) && fromPath && covers(fromPath.title, title))
    title = fromPath.title;
  title ??= fromPath?.title;
  const year =
    yearOf(title) ??
    candidates.map(yearOf).find(Boolean) ??
    fromPath?.year ??
    yearOf(input.date) ??
    undefined;
  let named = title ?? (input.postTitle?.trim() || input.firstHeading?.trim() || 'Imported notes');
  if (year && !YEAR.test(named)) named = `${named.replace(/\s+(?:conference|conf)$/i, '')} ${year}`;
  return { title: named, ...(year ? { year } : {}) };
}

/**
 * A page's title that holds the post's own first heading ("Site name: Post
 * title") is that heading with the site's name around it.
 */
function pageTitle({ postTitle, firstHeading, pageHeading }: ConferenceNameInput) {
  const key = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  const heading = firstHeading ?? pageHeading;
  if (postTitle && heading && key(postTitle).includes(key(heading))) return heading;
  return postTitle;
}

function covers(longer: string, shorter: string): boolean {
  const words = (t: string) =>
    new Set(
      t
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    );
  const big = words(longer);
  const small = [...words(shorter)];
  return small.length > 0 && small.every((w) => big.has(w)) && big.size > small.length;
}

function yearOf(text: string | undefined): number | undefined {
  const match = text ? YEAR.exec(text) : null;
  return match ? Number(match[1]) : undefined;
}

/** `2019-06_SomeDevs-WorldSummit` → "SomeDevs WorldSummit", 2019; generic names skipped. */
function pathName(path: string, text: string): ConferenceName | undefined {
  const folders = [dirname(path), dirname(dirname(path))].filter(
    (f) => !isTemporary(f) && !isHome(f),
  );
  return namesFromPath([basename(path, extname(path)), ...folders.map((f) => basename(f))], text);
}

/**
 * The conference that a folder of one-talk notes stands for: its name, unless
 * it is generic ("notes", "Downloads") or temporary.
 */
export function folderTitle(folder: string): string {
  const name =
    isTemporary(folder) || isHome(folder) ? undefined : namesFromPath([basename(folder)], '');
  return name?.title ?? 'Imported notes';
}

/** A folder made in the system's temporary folder (`mkdtemp`): its name is random. */
function isTemporary(folder: string): boolean {
  return dirname(resolve(folder)) === tmpdir() || resolve(folder) === tmpdir();
}

/** A user's home folder (`/home/ann`, `C:\\Users\\ann`): named after a person, not an event. */
function isHome(folder: string): boolean {
  return resolve(folder) === homedir() || /^(?:home|users)$/i.test(basename(dirname(folder)));
}

function namesFromPath(names: string[], text: string): ConferenceName | undefined {
  let year: number | undefined;
  for (const name of names) {
    year ??= yearOf(name);
    const words = name
      .replace(/^\d{1,3}[-_. ]+(?=\D)/, '')
      .replace(/^(?:19|20)\d{2}(?:[-_.]\d{1,2}){0,2}[-_. ]*/, '')
      .replace(/[-_. ]*(?:day|jour|tag|dia|día)[-_ ]?\d+$/i, '')
      .split(/[-_.\s]+/)
      .filter((w) => w && !/^(?:19|20)\d{2}$/.test(w) && !/^\d{1,2}$/.test(w));
    const title = words.map((w) => spelled(w, text)).join(' ');
    if (title && !GENERIC_FOLDER.test(title) && /\p{L}{3}/u.test(title)) {
      return { title: year ? `${title} ${year}` : title, ...(year ? { year } : {}) };
    }
  }
  return undefined;
}

/** A word from a path, written as the document writes it ("devconf" → "DevConf" when the text writes it so), else capitalised. */
function spelled(word: string, text: string): string {
  if (/\p{Lu}/u.test(word)) return word;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  const written = match?.[0];
  if (written && /\p{Lu}/u.test(written)) return written;
  return word.charAt(0).toUpperCase() + word.slice(1);
}
