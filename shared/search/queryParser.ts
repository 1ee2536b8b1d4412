import { TALK_KINDS } from '../talkKinds';
import type { FilterChip, ParsedQuery, SearchFilters, SearchScope } from './types';

/**
 * The query language a person types in the search box:
 *
 * - `slo error budget`: talks with all these words (prefix and typo tolerant)
 * - `"error budget"`: the words in this order
 * - `-kubernetes`, `-"service mesh"`: leave out talks that mention it
 * - `speaker:"Liz Fong-Jones"`, `tag:security`, `year:2022`, `year:2019..2021`,
 *   `conference:devops`, `kind:keynote`, `is:open` (open action items);
 *   a leading `-` negates a filter: `-tag:security`, `-is:open`.
 * - `in:slides`: words on the photos of slides only (alone: talks with
 *   slide text); `in:notes` (or `-in:slides`): everything but the slides.
 *
 * Unknown `key:` prefixes stay ordinary words, so pasting `http://x` works.
 */
const KEYS: Record<string, keyof SearchFilters> = {
  speaker: 'speaker',
  by: 'speaker',
  tag: 'tag',
  tags: 'tag',
  year: 'year',
  conference: 'conference',
  conf: 'conference',
  at: 'conference',
  kind: 'kind',
  type: 'kind',
};
const OPEN_VALUES = new Set(['open', 'todo', 'action', 'actions']);
/** What `in:` takes, by the words people would type for it. */
const SCOPES: Record<string, SearchScope> = {
  slides: 'slides',
  slide: 'slides',
  photos: 'slides',
  images: 'slides',
  notes: 'notes',
  text: 'notes',
};

/** One piece of the input: optionally negated, optionally `key:`, a value, quoted or not. */
const PIECE = /(-?)(?:([A-Za-z]+):)?(?:"([^"]*)"?|(\S+))/g;

export function parseQuery(input: string): ParsedQuery {
  const parsed: ParsedQuery = {
    words: [],
    phrases: [],
    excluded: [],
    filters: {},
    excludedFilters: {},
    chips: [],
    warnings: [],
  };
  for (const match of input.matchAll(PIECE)) {
    const negated = match[1] === '-';
    const rawKey = match[2]?.toLowerCase();
    const quoted = match[3];
    const value = (quoted ?? match[4] ?? '').trim();
    if (rawKey && (rawKey === 'is' || rawKey === 'has') && OPEN_VALUES.has(value.toLowerCase())) {
      (negated ? parsed.excludedFilters : parsed.filters).open = true;
      parsed.chips.push({ key: 'open', value: 'open', negated });
      continue;
    }
    if (rawKey === 'in') {
      addScope(parsed, value, negated);
      continue;
    }
    const key = rawKey ? KEYS[rawKey] : undefined;
    if (key) {
      if (value) addFilter(parsed, key, value, negated);
      continue;
    }
    // Not a known filter: the whole piece is text (`note:` stays a word).
    const text = rawKey ? `${match[2]}:${value}` : value;
    if (!text) continue;
    if (negated) parsed.excluded.push(text);
    else if (quoted !== undefined && !rawKey) parsed.phrases.push(text);
    else parsed.words.push(text);
  }
  return parsed;
}

function addFilter(
  parsed: ParsedQuery,
  key: keyof SearchFilters,
  value: string,
  negated: boolean,
): void {
  const target = negated ? parsed.excludedFilters : parsed.filters;
  const chip: FilterChip = { key, value, negated };
  switch (key) {
    case 'year': {
      const years = parseYears(value);
      if (!years) {
        parsed.warnings.push(`year:${value} is not a year (try year:2022 or year:2019..2022)`);
        return;
      }
      target.year = [...(target.year ?? []), ...years];
      break;
    }
    case 'kind': {
      const kind = TALK_KINDS.find((k) => k === value.toLowerCase());
      if (!kind) {
        parsed.warnings.push(`kind:${value} is not a kind (one of ${TALK_KINDS.join(', ')})`);
        return;
      }
      target.kind = [...(target.kind ?? []), kind];
      break;
    }
    case 'speaker':
    case 'tag':
    case 'conference':
      target[key] = [...(target[key] ?? []), value];
      break;
    default:
      return;
  }
  parsed.chips.push(chip);
}

/** `in:slides` / `in:notes`; negated, the other one (words are looked for everywhere else). */
function addScope(parsed: ParsedQuery, value: string, negated: boolean): void {
  const named = SCOPES[value.toLowerCase()];
  if (!named) {
    parsed.warnings.push(`in:${value} is not a place to search (in:slides or in:notes)`);
    return;
  }
  const scope: SearchScope = negated ? (named === 'slides' ? 'notes' : 'slides') : named;
  parsed.filters.in = [...new Set([...(parsed.filters.in ?? []), scope])];
  parsed.chips.push({ key: 'in', value: scope, negated: false });
}

/** `2022`, `2019..2022` or `2019,2021`; null when it is none of these. */
function parseYears(value: string): number[] | null {
  const range = /^(\d{4})\.\.(\d{4})$/.exec(value);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to < from || to - from > 200) return null;
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  const parts = value.split(',');
  if (parts.every((p) => /^\d{4}$/.test(p))) return parts.map(Number);
  return null;
}

/** Filters from two sources (typed and chips), as one: lists joined, `open` from either. */
export function mergeFilters(a: SearchFilters, b: SearchFilters | undefined): SearchFilters {
  if (!b) return a;
  const merged: SearchFilters = { ...a };
  for (const key of ['conference', 'year', 'speaker', 'tag', 'kind', 'in'] as const) {
    const values = [...(a[key] ?? []), ...(b[key] ?? [])];
    if (values.length > 0) (merged as Record<string, unknown>)[key] = values;
  }
  if (b.open !== undefined) merged.open = b.open;
  return merged;
}
