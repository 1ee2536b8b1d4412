import { tmpdir } from 'node:os';
import { basename, dirname, extname, resolve } from 'node:path';

/**
 * The conference a write-up is about, and its year, read the way a reader
 * reads them: the front matter's `conference`, else the post's title or
 * first heading once the blog's own words are taken off ("Notes from X",
 * "X - Recap", "Xに参加しました", "Persönlicher Eindruck | X"), else the
 * file's or folder's name (`2019-06_WeAreDevelopers`, `postgres-2024/day1.md`)
 * unless it is a generic or temporary one. The year comes from the title,
 * the path, or the post's date.
 */
export interface ConferenceNameInput {
  conference?: string;
  postTitle?: string;
  firstHeading?: string;
  /** Absolute path of the file (feeds: undefined, their entries have no path of their own). */
  path?: string;
  /** `YYYY-MM-DD`: the post's date. */
  date?: string;
  /** The document's text, to recover how a name from the path is written ("NewCrafts"). */
  text?: string;
}

export interface ConferenceName {
  title: string;
  year?: number;
}

const YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/;
const PREFIX =
  /^(?:(?:my |some |quick |short )?(?:notes|impressions|thoughts|takeaways|highlights|learnings|recap|report|summary|review|lessons)\s+(?:from|of|on|about|at)\s+(?:the\s+)?|(?:retour|retours) sur (?:la |le |les )?|compte[- ]rendu (?:de |du |des )?|(?:mes )?notes (?:de |du |sur )(?:la |le )?|résumé (?:de |du )|crónica (?:de |del )|resumen (?:de |del )|(?:mis )?notas (?:de |del |sobre )(?:las |los |la |el )?|(?:i miei )?appunti (?:da |di |dal |della |del )(?:la |lo )?|eindrücke (?:von |vom )|bericht (?:von |vom |zur |zum )|post |after |back from |live from )/iu;
const SUFFIX =
  /(?:[\s,:–—|-]+(?:recap|notes|report|review|summary|takeaways|highlights|retrospective|write-?up|trip report|impressions|retour|compte[- ]rendu|bericht|resumen|crónica|notas))+$|(?:に参加しました|に参加してきました|に行ってきました|参加レポート|参加報告|参加記|レポート|まとめ)+$/iu;
const CONFERENCE_WORD =
  /\b(?:conf|conference|con|summit|days?|tage|forum|congress|world|fest|camp|meetup|symposium|expo|week|jours?|jornadas?|konferenz|conférence|conferencia)\b|conf\b|con\b/i;
const GENERIC_FOLDER =
  /^(?:tmp|temp|te?mp\d*|notes?|posts?|_posts|content|blog|docs?|documents?|desktop|downloads?|drafts?|archives?|exports?|imports?|inbox|misc|new folder|untitled.*|conference[-_ ]?notes|conferences?|talks?|realworld|fixtures?|sources?|files?|data|writing|articles?|src|home|users?|public|static|index|readme|vault|obsidian|www|html|site|pages?|\d+|[a-z]|day\d*)$/i;

export function conferenceName(input: ConferenceNameInput): ConferenceName {
  const fromPath = input.path ? pathName(input.path, input.text ?? '') : undefined;
  const candidates = [input.conference, input.postTitle, input.firstHeading]
    .map((t) => (t ? cleanTitle(t) : undefined))
    .filter((t): t is string => t !== undefined && namesAConference(t));
  let title: string | undefined = candidates[0];
  // A title without a year that the path spells out in full ("Pycon" beside "pycon-us-2016").
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

/** The post title less the blog's own words, and the part of "A | B" that names the event. */
function cleanTitle(raw: string): string {
  const parts = raw
    .split(/\s+[|·•]\s+|\s+[–—]\s+|\s+::\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const part =
    parts.find((p) => YEAR.test(p) && CONFERENCE_WORD.test(p)) ??
    parts.find((p) => YEAR.test(p)) ??
    parts[0] ??
    raw;
  let title = part.replace(PREFIX, '').replace(SUFFIX, '').trim();
  // "Devoxx France 2021, Edition spéciale": what follows the year is the edition's nickname.
  const comma = /^(.*?(?:19|20)\d{2})\s*,\s+.+$/.exec(title);
  if (comma) title = comma[1];
  return title.replace(/[\s:,–—-]+$/u, '').trim();
}

/** Not a sentence, not a question, not a day: something an event would be called. */
function namesAConference(title: string): boolean {
  const words = title.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10) return false;
  if (/[?!]/.test(title) || /,\s+\p{Ll}/u.test(title)) return false;
  return !/^(?:day|jour|tag)\s*\d+$|^\d+(?:er|ème|e)?\s+jour$/i.test(title);
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

/** `2019-06_WeAreDevelopers-WorldCongress` → "WeAreDevelopers WorldCongress", 2019; generic names skipped. */
function pathName(path: string, text: string): ConferenceName | undefined {
  const folders = [dirname(path), dirname(dirname(path))].filter((f) => !isTemporary(f));
  return namesFromPath([basename(path, extname(path)), ...folders.map((f) => basename(f))], text);
}

/**
 * The conference that a folder of one-talk notes stands for: its name, unless
 * it is generic ("notes", "Downloads") or temporary.
 */
export function folderTitle(folder: string): string {
  const name = isTemporary(folder) ? undefined : namesFromPath([basename(folder)], '');
  return name?.title ?? 'Imported notes';
}

/** A folder made in the system's temporary folder (`mkdtemp`): its name is random. */
function isTemporary(folder: string): boolean {
  return dirname(resolve(folder)) === tmpdir() || resolve(folder) === tmpdir();
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

/** A word from a path, written as the document writes it ("newcrafts" → "NewCrafts"), else capitalised. */
function spelled(word: string, text: string): string {
  if (/\p{Lu}/u.test(word)) return word;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  const written = match?.[0];
  if (written && /\p{Lu}/u.test(written)) return written;
  return word.charAt(0).toUpperCase() + word.slice(1);
}
