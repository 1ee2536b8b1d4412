/**
 * Lines that name a part of a write-up rather than a talk: days and dates,
 * "Keynotes", "Introduction", "Conclusion", a table of contents, "things to
 * read", labels such as "Speaker:". A careful reader skips them in any
 * write-up; so does the importer, in the languages notes are written in.
 */
const DAY = String.raw`(?:day|jour|tag|día|dia|giorno|dag|dzień)\s*\d+|\d+(?:er|ème|e|st|nd|rd|th|\.)?\s*(?:day|jour|tag|día|dia|giorno)|(?:first|second|third|fourth|last|final)\s+day|day\s+(?:one|two|three|four|five)|premier jour|deuxième jour|troisième jour|erster tag|zweiter tag|dritter tag|\d+日目`;
const WEEKDAY =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica';
const MONTH =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
const GENERIC = [
  'introduction|intro|overview|summary|in summary|conclusion|conclusions|closing thoughts|closing remarks|opening remarks|wrap[- ]?up|wrapping up|final thoughts|takeaways|key takeaways|highlights|tl;?dr|about|agenda|schedule|program|programme|table of contents|contents|toc|links|resources|references|further reading|read more|to read|to watch|to do|todo|things to .*|notes|my notes|misc|miscellaneous|other|others|q ?& ?a|questions|lunch|break|coffee break|dinner|party|after ?party|social event|registration|welcome|venue|the venue|travel|hotel|sponsors|expo|booths|keynotes|talks|sessions|workshops|lightning talks|open spaces?|hallway track|top [0-9]+.*|best talks.*|favou?rite talks.*',
  'einleitung|fazit|zusammenfassung|résumé|conclusion|bilan|en bref|sommaire|à voir|a voir|à faire|a faire|à lire|pour aller plus loin|liens|ressources|pause|déjeuner|introducción|resumen|conclusión|enlaces|recursos|pausa|comida|almuerzo|premessa|conclusioni|da leggere|da vedere|da fare|link utili|riepilogo|まとめ|はじめに|概要|所感|感想|おわりに|最後に|目次',
].join('|');

const SECTION = new RegExp(
  `^(?:${DAY}|(?:${WEEKDAY})\\b.*|\\d{1,2}[./-]\\d{1,2}[./-]?(?:\\d{2,4})?\\.?(?:\\s*[-–—,:]?\\s*(?:${WEEKDAY}))?|(?:${MONTH})\\.?\\s+\\d{1,2}.*|\\d{1,2}\\.?\\s+(?:${MONTH})\\b.*|${GENERIC})[\\s:.!?]*$`,
  'iu',
);

/** Labels that introduce a value in a talk's notes ("Speaker: …", "Slides: …"). */
const LABEL =
  /^(?:speakers?|sprecher(?:in)?|referent(?:in)?|intervenant(?:e)?s?|orateurs?|ponentes?|presenters?|slides|video|vidéo|recording|link|links|lien|where|when|room|track)$/i;

export function isSectionLine(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length === 0 || SECTION.test(line) || LABEL.test(line.replace(/[:：]\s*$/, ''));
}

/** "Watch the talk", "Video", "Slides", "Recording": a line that points at a talk's recording. */
export const WATCH_LINE =
  /^(?:\W*)(?:watch|video|vidéo|vídeo|slides?|recording|replay|youtube|voir la vidéo|regarder|ver (?:el|la) (?:vídeo|charla)|folien|aufzeichnung|動画|スライド|資料)\b/iu;
