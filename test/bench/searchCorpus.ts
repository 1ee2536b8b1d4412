import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { joinFrontMatter } from '../../shared/markdown';
import { TALK_KINDS } from '../../shared/schemas';

/**
 * A synthetic library for the search benchmark: conferences and talk notes
 * written straight in the library's on-disk format. Word frequencies follow
 * Zipf's law over a vocabulary whose head is the real attendees' notes ranked
 * by frequency (so "the", "security", "devops" are as common as in life) and
 * whose long tail is made-up words, as real notes have names and jargon.
 */
export interface CorpusOptions {
  notes: number;
  conferences: number;
  /** Average body size in bytes; 5,000 gives ~50 MB for 10,000 notes. */
  bytesPerNote: number;
  seed?: number;
  /**
   * Gives each talk a slot in its conference's schedule (45 minutes, twelve a
   * day from 09:00), as an imported schedule does. Off by default, so the
   * search benchmark's library stays as it was; it draws no random numbers.
   */
  scheduled?: boolean;
}

interface CorpusTalk {
  id: string;
  conferenceId: string;
  path: string;
  title: string;
}

export interface Corpus {
  root: string;
  talks: CorpusTalk[];
  /** Words by falling frequency, for picking query terms of known rank. */
  vocabulary: string[];
  speakers: string[];
  textBytes: number;
}

const SYLLABLES =
  'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo zu gra tre pli sko fen dor mar vin tal'.split(
    ' ',
  );
const FIRST =
  'Ada Alan Ana Bram Chris Dana Erik Fatima Grace Hiro Ines Jan Kim Liz Maria Nia Omar Priya Quinn Rosa Sam Tim Uma Vera Wei Yara Zoe'.split(
    ' ',
  );

/** mulberry32: a small seeded generator, so every run writes the same library. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function fixtureWords(fixturesDir: string): Promise<string[]> {
  const counts = new Map<string, number>();
  const files = await readdir(fixturesDir).catch(() => [] as string[]);
  for (const file of files.filter((f) => f.endsWith('.txt'))) {
    const text = await readFile(path.join(fixturesDir, file), 'utf8');
    for (const word of text.toLowerCase().match(/[a-z][a-z]+/g) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

function buildVocabulary(head: string[], size: number, random: () => number): string[] {
  const seen = new Set(head);
  const words = [...head];
  while (words.length < size) {
    const syllables = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

/** Samples ranks with probability ∝ 1/rank (Zipf, s = 1) by binary search on the cumulative sum. */
function zipfSampler(size: number, random: () => number): () => number {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let rank = 0; rank < size; rank++) cumulative[rank] = sum += 1 / (rank + 1);
  return () => {
    const target = random() * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Writes the library under `root` and returns what the benchmark needs to query it. */
export async function writeCorpus(
  root: string,
  options: CorpusOptions,
  fixturesDir: string,
): Promise<Corpus> {
  const random = seededRandom(options.seed ?? 42);
  const vocabulary = buildVocabulary(await fixtureWords(fixturesDir), 80_000, random);
  const nextRank = zipfSampler(vocabulary.length, random);
  const word = () => vocabulary[nextRank()];
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const speakers = Array.from(
    { length: 3000 },
    (_, i) => `${pick(FIRST)} ${capitalise(vocabulary[500 + i * 7])}`,
  );
  const sentence = (min: number, spread: number) => {
    const words = Array.from({ length: min + Math.floor(random() * spread) }, word);
    return `${capitalise(words.join(' '))}.`;
  };

  const talks: CorpusTalk[] = [];
  let textBytes = 0;
  for (let c = 0; c < options.conferences; c++) {
    const year = 2010 + (c % 16);
    const conferenceId = `conf${String(c).padStart(4, '0')}`;
    const folder = `${year}-${vocabulary[200 + c]}-conf-${c}`;
    await mkdir(path.join(root, folder), { recursive: true });
    const conferenceMeta = {
      id: conferenceId,
      title: `${capitalise(vocabulary[200 + c])} Conf ${year}`,
      starts: `${year}-0${1 + (c % 9)}-10`,
      tags: [word()],
    };
    await writeFile(
      path.join(root, folder, 'conference.md'),
      joinFrontMatter(stringify(conferenceMeta), `${sentence(10, 20)}\n`),
    );
    const count =
      Math.floor(options.notes / options.conferences) +
      (c < options.notes % options.conferences ? 1 : 0);
    for (let t = 0; t < count; t++) {
      const id = `talk${String(talks.length).padStart(6, '0')}`;
      const title = capitalise(
        Array.from({ length: 3 + Math.floor(random() * 5) }, word).join(' '),
      );
      const body = noteBody(options.bytesPerNote, sentence, word, random);
      const meta = {
        id,
        title,
        speakers: [{ name: pick(speakers), affiliation: capitalise(word()) }],
        kind: pick(TALK_KINDS),
        track: `Track ${1 + Math.floor(random() * 5)}`,
        tags: [word(), word()],
        ...(options.scheduled ? scheduleSlot(conferenceMeta.starts, t) : {}),
      };
      const file = `${folder}/${id}.md`;
      await writeFile(path.join(root, file), joinFrontMatter(stringify(meta), body));
      textBytes += Buffer.byteLength(body);
      talks.push({ id, conferenceId, path: file, title });
    }
  }
  return { root, talks, vocabulary, speakers, textBytes };
}

function noteBody(
  bytes: number,
  sentence: (min: number, spread: number) => string,
  word: () => string,
  random: () => number,
): string {
  const parts: string[] = [];
  let size = 0;
  const target = bytes * (0.5 + random());
  while (size < target) {
    const roll = random();
    let block: string;
    if (roll < 0.1) block = `## ${capitalise(word())} ${word()}`;
    else if (roll < 0.35)
      block = Array.from(
        { length: 2 + Math.floor(random() * 4) },
        () => `- ${sentence(4, 10)}`,
      ).join('\n');
    else if (roll < 0.38) block = `- [${random() < 0.5 ? ' ' : 'x'}] ${sentence(3, 6)}`;
    else if (roll < 0.42)
      block = `See [${word()} ${word()}](https://example.com/${word()}) and \`${word()}\`.`;
    else
      block = Array.from({ length: 2 + Math.floor(random() * 4) }, () => sentence(6, 14)).join(' ');
    parts.push(block);
    size += block.length + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

/** The `t`-th talk's times: twelve 45-minute slots a day from 09:00, the days following `day`. */
function scheduleSlot(day: string, t: number): { starts: string; ends: string } {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + Math.floor(t / 12));
  const at = (minutes: number) =>
    `${date.toISOString().slice(0, 10)}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
  const start = 9 * 60 + (t % 12) * 45;
  return { starts: at(start), ends: at(start + 40) };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
