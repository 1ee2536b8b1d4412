import { STOP_WORDS, terms } from '../../../shared/search/text';
import type { SearchRequest } from '../../../shared/search/types';
import type { SearchIndex } from './searchIndex';

/** Titles read for words: enough to find a long and a short one in any library. */
const TITLES_READ = 50;
/**
 * How often the searches run. V8 compiles the hot loops (decoding postings,
 * scoring) only once they have run a while: at 10,000 talks the first real
 * search then costs ~60 ms of CPU cold, 20-30 after one round, 6-11 after
 * two (a later search's cost), for ~110 ms of warming.
 */
const ROUNDS = 2;

/**
 * The searches that warm a loaded index: the kinds the search box sends as
 * people type, made of words of this library's own titles (so they reach
 * real postings, prefixes and typos): a long word (exact, prefix and two
 * typos), its first three letters (a prefix of hundreds of words, most
 * postings), and two words together. Empty for an index with no word to use.
 */
export function warmUpRequests(index: SearchIndex): SearchRequest[] {
  const words = new Set<string>();
  let read = 0;
  for (const talk of index.talks.values()) {
    for (const word of terms(talk.title))
      if (word.length >= 5 && !STOP_WORDS.has(word)) words.add(word);
    if (++read >= TITLES_READ) break;
  }
  const [long, other] = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (!long) return [];
  const once: SearchRequest[] = [
    { query: long },
    { query: long.slice(0, 3) },
    { query: other ? `${other} ${long}` : long },
  ];
  return Array.from({ length: ROUNDS }, () => once).flat();
}
