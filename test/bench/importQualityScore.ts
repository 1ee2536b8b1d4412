/**
 * How the import-quality bench compares what import found with what a careful
 * reader listed (`labels.json` beside the write-ups). Kept apart from the
 * runner so the rules are read in one place:
 *
 * - A found talk matches a labelled one when their titles share most words:
 *   more than half of the longer title's words (the label's `alt_titles`
 *   count too). Pairs are matched one to one, best first.
 * - A labelled talk without a title matches a found talk with its speakers.
 * - `optional` labelled talks count neither for nor against: a found talk
 *   matched to one is left out of precision, a missed one out of recall.
 * - Speakers are exact when the two lists hold the same names (case and
 *   spacing aside; affiliations are not compared).
 * - The conference title is right when, years left out, it shares at least
 *   three quarters of its words with the label's title or an alias.
 */
interface LabelledTalk {
  title: string;
  speakers: string[];
  alt_titles?: string[];
  optional?: boolean;
}

export interface LabelledFile {
  file: string;
  conference: { title: string; year: number; aliases?: string[] };
  talks: LabelledTalk[];
}

interface FoundTalk {
  title: string;
  speakers: Array<{ name: string }>;
}

export interface FoundConference {
  title: string;
  starts?: string;
  talks: FoundTalk[];
}

export interface FileScore {
  file: string;
  labelled: number;
  found: number;
  matched: number;
  /** Found talks matched to optional labelled ones: outside both figures. */
  matchedOptional: number;
  speakersExact: number;
  conferenceTitle: string;
  conferenceYear: number | null;
  titleRight: boolean;
  yearRight: boolean;
  missed: string[];
  extra: string[];
  wrongSpeakers: Array<{ title: string; found: string[]; labelled: string[] }>;
}

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** The words of a title, lower case: works for spaced scripts and for Japanese alike. */
function words(text: string): string[] {
  return [...segmenter.segment(text.normalize('NFKC').toLowerCase())]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment);
}

/** Shared words over the longer list's length (each word counted as often as both lists hold it). */
function similarity(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const left = new Map<string, number>();
  for (const word of a) left.set(word, (left.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const count = left.get(word) ?? 0;
    if (count > 0) {
      shared += 1;
      left.set(word, count - 1);
    }
  }
  return shared / Math.max(a.length, b.length);
}

const nameKey = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

function sameSpeakers(found: string[], labelled: string[]): boolean {
  const a = found.map(nameKey).sort();
  const b = labelled.map(nameKey).sort();
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

function titleScore(found: FoundTalk, label: LabelledTalk): number {
  if (!label.title) {
    const names = found.speakers.map((s) => s.name);
    return names.length > 0 && sameSpeakers(names, label.speakers) ? 1 : 0;
  }
  const foundWords = words(found.title);
  return Math.max(
    ...[label.title, ...(label.alt_titles ?? [])].map((t) => similarity(foundWords, words(t))),
  );
}

const withoutYears = (text: string) => words(text).filter((w) => !/^(?:19|20)\d\d$/.test(w));

function conferenceTitleRight(found: string, label: LabelledFile['conference']): boolean {
  const mine = withoutYears(found);
  return [label.title, ...(label.aliases ?? [])].some(
    (t) => similarity(mine, withoutYears(t)) >= 0.75,
  );
}

/** The year a reader sees: the conference's start date, else a year in its title. */
function conferenceYear(conference: FoundConference | undefined): number | null {
  const text = conference?.starts ?? conference?.title ?? '';
  const match = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(text);
  return match ? Number(match[1]) : null;
}

export function scoreFile(label: LabelledFile, conferences: FoundConference[]): FileScore {
  const found = conferences.flatMap((c) => c.talks);
  // The file's conference is the one holding most of its talks.
  const main = [...conferences].sort((a, b) => b.talks.length - a.talks.length)[0];
  const pairs: Array<{ f: number; l: number; score: number }> = [];
  found.forEach((talk, f) =>
    label.talks.forEach((labelled, l) => {
      const score = titleScore(talk, labelled);
      if (score > 0.5) pairs.push({ f, l, score });
    }),
  );
  pairs.sort((a, b) => b.score - a.score);
  const foundTaken = new Map<number, number>();
  const labelTaken = new Set<number>();
  for (const { f, l } of pairs) {
    if (foundTaken.has(f) || labelTaken.has(l)) continue;
    foundTaken.set(f, l);
    labelTaken.add(l);
  }
  let matched = 0;
  let matchedOptional = 0;
  let speakersExact = 0;
  const wrongSpeakers: FileScore['wrongSpeakers'] = [];
  for (const [f, l] of foundTaken) {
    const labelled = label.talks[l];
    if (labelled.optional) {
      matchedOptional += 1;
      continue;
    }
    matched += 1;
    const names = found[f].speakers.map((s) => s.name);
    if (sameSpeakers(names, labelled.speakers)) speakersExact += 1;
    else wrongSpeakers.push({ title: labelled.title, found: names, labelled: labelled.speakers });
  }
  const year = conferenceYear(main);
  return {
    file: label.file,
    labelled: label.talks.filter((t) => !t.optional).length,
    found: found.length,
    matched,
    matchedOptional,
    speakersExact,
    conferenceTitle: main?.title ?? '',
    conferenceYear: year,
    titleRight: main ? conferenceTitleRight(main.title, label.conference) : false,
    yearRight: year === label.conference.year,
    missed: label.talks
      .filter((t, l) => !t.optional && !labelTaken.has(l))
      .map((t) => t.title || `(untitled: ${t.speakers.join(', ')})`),
    extra: found.filter((_, f) => !foundTaken.has(f)).map((t) => t.title),
    wrongSpeakers,
  };
}
