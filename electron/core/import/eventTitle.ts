/**
 * The event a post's title names, once the blog's own words are taken off,
 * read the way a reader reads a title: "Notes from X", "X - Recap",
 * "Xに参加しました", "Trip report: X", "Team @ X", "X - Day 2", "X (1/2)",
 * "X - <a sentence about it>", "Blog name | X". What is left of the title is
 * the event's name when it still reads as one (see `namesAnEvent`).
 */
export const YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/;

/** The common phrases bloggers put before an event's name, in the languages notes are written in. */
const PREFIX =
  /^(?:(?:my |some |quick |short )?(?:notes|impressions|thoughts|takeaways|highlights|learnings|recap|report|summary|review|lessons)\s+(?:from|of|on|about|at)\s+(?:the\s+)?|(?:retour|retours) sur (?:la |le |les )?|compte[- ]rendu (?:de |du |des )?|(?:mes )?notes (?:de |du |sur )(?:la |le )?|résumé (?:de |du )|crónicas? (?:de |del )|resumen (?:de |del )|(?:mis )?notas (?:de |del |sobre )(?:las |los |la |el )?|(?:i miei )?appunti (?:da |di |dal |della |del )(?:la |lo )?|eindrücke (?:von |vom )|bericht (?:von |vom |zur |zum )|post[- ]|after |back from |live from )/iu;
/** …and after it. */
const SUFFIX =
  /(?:[\s,:–—|-]+(?:recap|notes|report|review|summary|takeaways|highlights|retrospective|retrospektive|rückblick|write-?up|trip report|impressions|retour|compte[- ]rendu|bericht|resumen|crónica|notas))+$|(?:に参加しました|に参加してきました|に参加した|に行ってきました|に行ってきた|に行った|参加レポート|参加報告|参加記|レポート|まとめ)+$/iu;
/** A whole part of a title that is the blog's words, not a name: "Trip report: …", "… - Recap". */
const BLOG_PART =
  /^(?:(?:my |a |some |quick |short )?(?:trip report|recap|notes|report|summary|review|takeaways|highlights|impressions|write-?up|retrospective|retour|compte[- ]rendu|résumé|crónica|resumen|bericht|rückblick|retrospektive))$/iu;
/** "Day 2", "Part 1", "Episodio I", "Teil 2", "(1/2)": which piece of a series the post is. */
const PIECE =
  /^\(?(?:(?:day|jour|tag|día|dia|giorno|dzień|part|partie|parte|teil|episode|épisode|episodio|folge|vol\.?|volume)\s*(?:\d+|[ivx]+|one|two|three)|\d+\s*\/\s*\d+)\)?$/iu;
/** "Conf 2012 (1/2)", "Conf (part 2)": the piece of a series, in brackets after the name. */
const PIECE_AFTER =
  /\s*\((?:\d+\s*\/\s*\d+|(?:part|partie|parte|teil|episode|épisode|episodio)\s*\d+)\)$/iu;
/** Separators between a title's parts; the strong ones join a site's name to a post's. */
const STRONG = /\s+[|·•]\s+|\s+[–—]\s+|\s+::\s+/;
const WEAK = /(\s+-{1,2}\s+|:\s+)/;
const CONFERENCE_WORD =
  /\b(?:conf|conference|con|summit|days?|tage|forum|congress|world|fest|camp|meetup|symposium|expo|week|jours?|jornadas?|konferenz|conférence|conferencia)\b|conf\b|con\b/i;

export function eventNameIn(raw: string): string {
  const parts = raw
    .split(STRONG)
    .map((p) => p.trim())
    .filter(Boolean);
  const part =
    parts.find((p) => YEAR.test(p) && CONFERENCE_WORD.test(p)) ??
    parts.find((p) => YEAR.test(p)) ??
    parts[0] ??
    raw;
  // "Team @ Conf 2019": what follows the at sign is where they were.
  const at = part.split(/\s+@\s+/);
  let title = withoutAsides(at[at.length - 1])
    .replace(PREFIX, '')
    .replace(SUFFIX, '')
    .trim();
  // "Conf 2021, Special edition": what follows the year is the edition's nickname.
  const comma = /^(.*?(?:19|20)\d{2})\s*,\s+.+$/.exec(title);
  if (comma) title = comma[1];
  return title.replace(/[\s:,–—-]+$/u, '').trim();
}

/**
 * Drops the parts joined by " - " or ": " that cannot be part of a name (the
 * piece of a series, the blog's words, a sentence about the event) and keeps
 * the rest as written: "We are Developers - World Congress 2019" stays whole.
 */
function withoutAsides(text: string): string {
  const pieces = text.replace(PIECE_AFTER, '').split(WEAK);
  let kept = '';
  // Pieces sit at even places, the separators between them at odd ones.
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i].trim();
    if (!piece || namesNothing(piece)) continue;
    kept += (kept ? pieces[i - 1] : '') + piece;
  }
  return kept.trim() || text;
}

function namesNothing(piece: string): boolean {
  if (PIECE.test(piece) || BLOG_PART.test(piece)) return true;
  if (YEAR.test(piece)) return false;
  // A sentence or a subtitle: an exclamation, a question, or mostly lower-case words.
  if (/[!?]$/.test(piece)) return true;
  const words = piece.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return words.length >= 3 && lower / words.length > 0.5;
}

/** Not a sentence, not a question, not a day: something an event would be called. */
export function namesAnEvent(title: string): boolean {
  const words = title.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10) return false;
  if (/[?!]/.test(title) || /,\s+\p{Ll}/u.test(title)) return false;
  return !/^(?:day|jour|tag)\s*\d+$|^\d+(?:er|ème|e)?\s+jour$/i.test(title);
}
