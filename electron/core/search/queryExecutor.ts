import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import type { SearchEngine } from './searchEngine';
import { NoteTable } from './noteTable';
import { andColumns, andNotColumns, orColumns, ScoredColumns } from './scoredColumns';
import { TermMatches, type MatchDetails, type TermSpec } from './termScorer';

/*
 * MiniSearch 7.2.0's private `executeQuery`, step for step (searchEngine.ts is
 * the seam; rankedSearch.ts uses it), but with every intermediate
 * result in columns (scoredColumns.ts): scoring a query costs its
 * postings, not an object per note and a key per matched word. Which words
 * matched a note (`terms`, `match`) is rebuilt afterwards, for the notes
 * asked about only, by replaying the same combinations on them.
 */

/** One node of the executed query: a term, or a combination of sub-results. */
type Executed =
  | { kind: 'term'; columns: ScoredColumns; matches: TermMatches }
  | { kind: 'combined'; columns: ScoredColumns; operator: Operator; parts: Executed[] };

type Operator = 'or' | 'and' | 'and_not';
const OPERATORS = new Set<string>(['or', 'and', 'and_not']);

/** Query terms a note can match, each a bit of its `terms` column. */
const MAX_TERMS = 31;

/** An executed query: all matching notes in MiniSearch's order, and their matches on demand. */
export interface ExecutedQuery {
  columns: ScoredColumns;
  /** MiniSearch's `{terms, match}` of each note `wanted` accepts. */
  details(wanted: (shortId: number) => boolean): Map<number, MatchDetails>;
}

/**
 * Runs `query` as `miniSearch.search` would before ranking; null when it
 * cannot (a wildcard, or more distinct terms than the bits of a column):
 * then ask MiniSearch.
 */
export function executeQuery(
  engine: SearchEngine,
  query: Query,
  options: SearchOptions,
): ExecutedQuery | null {
  // Planned in full before anything runs: scoring has side effects (a discarded note's postings
  // are dropped as met), so a query handed back to MiniSearch must not have been half run.
  const bits = new Map<string, number>();
  const planned = plan(engine, query, options, bits);
  if (!planned) return null;
  const table = new NoteTable(engine);
  const run = (node: Plan): Executed => {
    if (node.kind === 'combined') return combine(engine, node.parts.map(run), node.combineWith);
    const matches = new TermMatches(engine, node.spec, node.bit).run(node.options, table);
    return { kind: 'term', columns: matches.columns, matches };
  };
  const root = run(planned);
  return {
    columns: root.columns,
    details: (wanted) => {
      const found = new Map<number, MatchDetails>();
      const perTerm = new Map<TermMatches, Map<number, MatchDetails>>();
      collectTerms(root, (matches) => perTerm.set(matches, matches.details(wanted)));
      for (let i = 0; i < root.columns.length; i++) {
        const shortId = root.columns.ids[i];
        if (!wanted(shortId)) continue;
        const details = replay(root, shortId, perTerm);
        if (details) found.set(shortId, details);
      }
      return found;
    },
  };
}

/** The query as MiniSearch's `executeQuery` takes it apart: terms with their options, and how they combine. */
type Plan =
  | { kind: 'term'; spec: TermSpec; options: SearchOptions; bit: number }
  | { kind: 'combined'; combineWith?: string; parts: Plan[] };

/** The plan of `query`; null for a wildcard or more distinct terms than MAX_TERMS. */
function plan(
  engine: SearchEngine,
  query: Query,
  options: SearchOptions,
  bits: Map<string, number>,
): Plan | null {
  if (query === MiniSearch.wildcard) return null;
  if (typeof query !== 'string') {
    const merged = { ...options, ...query, queries: undefined };
    const parts: Plan[] = [];
    for (const part of query.queries) {
      const planned = plan(engine, part, merged, bits);
      if (!planned) return null;
      parts.push(planned);
    }
    return { kind: 'combined', combineWith: merged.combineWith, parts };
  }
  const { tokenize, processTerm, searchOptions } = engine.settings;
  const merged = { tokenize, processTerm, ...searchOptions, ...options };
  const terms = merged
    .tokenize(query)
    .flatMap((term) => merged.processTerm(term))
    .filter((term): term is string => !!term);
  const parts: Plan[] = [];
  for (const [i, term] of terms.entries()) {
    let bit = bits.get(term);
    if (bit === undefined) {
      if (bits.size >= MAX_TERMS) return null;
      bits.set(term, (bit = 1 << bits.size));
    }
    parts.push({ kind: 'term', spec: termSpec(merged, term, i, terms), options: merged, bit });
  }
  return { kind: 'combined', combineWith: merged.combineWith, parts };
}

/** MiniSearch's `termToQuerySpec`. */
function termSpec(options: SearchOptions, term: string, i: number, terms: string[]): TermSpec {
  const fuzzy =
    typeof options.fuzzy === 'function' ? options.fuzzy(term, i, terms) : options.fuzzy || false;
  const prefix =
    typeof options.prefix === 'function' ? options.prefix(term, i, terms) : options.prefix === true;
  const termBoost = typeof options.boostTerm === 'function' ? options.boostTerm(term, i, terms) : 1;
  return { term, fuzzy, prefix, termBoost };
}

/** MiniSearch's `combineResults`: the parts reduced left to right with one operator. */
function combine(engine: SearchEngine, parts: Executed[], combineWith = 'or'): Executed {
  const operator = combineWith.toLowerCase();
  if (parts.length === 0)
    return {
      kind: 'combined',
      operator: 'or',
      parts,
      columns: new ScoredColumns(engine.shortIdLimit),
    };
  if (!OPERATORS.has(operator)) throw new Error(`Invalid combination operator: ${combineWith}`);
  const op = operator as Operator;
  const join = op === 'and' ? andColumns : op === 'or' ? orColumns : andNotColumns;
  const columns = parts.map((p) => p.columns).reduce(join);
  return { kind: 'combined', operator: op, parts, columns };
}

function collectTerms(node: Executed, visit: (matches: TermMatches) => void): void {
  if (node.kind === 'term') visit(node.matches);
  else for (const part of node.parts) collectTerms(part, visit);
}

/** A note's `{terms, match}` as MiniSearch's combinators leave them; null where a part drops it. */
function replay(
  node: Executed,
  shortId: number,
  perTerm: Map<TermMatches, Map<number, MatchDetails>>,
): MatchDetails | null {
  if (node.kind === 'term') return perTerm.get(node.matches)?.get(shortId) ?? null;
  if (node.parts.length === 0) return null;
  let result = replay(node.parts[0], shortId, perTerm);
  for (const part of node.parts.slice(1)) {
    const next = replay(part, shortId, perTerm);
    if (node.operator === 'and') {
      if (!result || !next) result = null;
      else {
        uniqueInto(result.terms, next.terms);
        result = { terms: result.terms, match: Object.assign(result.match, next.match) };
      }
    } else if (node.operator === 'or') {
      if (!result) result = next;
      else if (next) {
        result.match = Object.assign(result.match, next.match);
        uniqueInto(result.terms, next.terms);
      }
    } else if (next) result = null;
  }
  return result;
}

function uniqueInto(target: string[], source: readonly string[]): void {
  for (const term of source) if (!target.includes(term)) target.push(term);
}
