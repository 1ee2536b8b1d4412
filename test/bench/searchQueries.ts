import type { Corpus } from './searchCorpus';
import { seededRandom } from './searchCorpus';

/** One benchmark query: the text typed, and the words a plain scan looks for. */
export interface BenchQuery {
  query: string;
  words: string[];
}

/**
 * Queries as people type them: content words (ranks 50–5,000 of the
 * vocabulary: past the stop words, common enough to find many notes),
 * pairs of them, prefixes of words being typed, typos, and filters.
 */
export function querySets(
  corpus: Corpus,
  count: number,
): { exact: BenchQuery[]; fuzzy: BenchQuery[]; filtered: BenchQuery[] } {
  const random = seededRandom(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const word = (minLength = 3) => {
    for (;;) {
      const w = corpus.vocabulary[50 + Math.floor(random() * 4950)];
      if (w.length >= minLength) return w;
    }
  };
  const exact: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 3;
    if (kind === 0) {
      const w = word();
      exact.push({ query: w, words: [w] });
    } else if (kind === 1) {
      const [a, b] = [word(), word()];
      exact.push({ query: `${a} ${b}`, words: [a, b] });
    } else {
      const w = word(6);
      const prefix = w.slice(0, 3 + Math.floor(random() * (w.length - 3)));
      exact.push({ query: prefix, words: [prefix] });
    }
  }
  const fuzzy: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const w = word(6);
    const at = 1 + Math.floor(random() * (w.length - 2));
    const typo = w.slice(0, at) + pick([...'aeiouy'].filter((c) => c !== w[at])) + w.slice(at + 1);
    fuzzy.push({ query: typo, words: [w] });
  }
  const years = [...new Set(corpus.talks.map((t) => t.path.slice(0, 4)))];
  const filters = [
    () => `year:${pick(years)}`,
    () => `speaker:"${pick(corpus.speakers)}"`,
    () => `kind:${pick(['talk', 'keynote', 'workshop'])}`,
    () => `tag:${corpus.vocabulary[Math.floor(random() * 200)]}`,
  ];
  const filtered = exact.map((q, i) => ({
    query: `${q.query} ${filters[i % filters.length]()}`,
    words: q.words,
  }));
  return { exact, fuzzy, filtered };
}
