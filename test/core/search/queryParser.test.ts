import { describe, expect, it } from 'vitest';
import { mergeFilters, parseQuery } from '../../../shared/search/queryParser';
import { findOccurrence, markHighlights } from '../../../shared/search/highlight';
import { normalizeTerm, tokenize } from '../../../shared/search/text';

describe('parseQuery', () => {
  it('takes apart the examples from the issue', () => {
    expect(parseQuery('speaker:"Liz Fong-Jones" slo')).toMatchObject({
      words: ['slo'],
      filters: { speaker: ['Liz Fong-Jones'] },
      chips: [{ key: 'speaker', value: 'Liz Fong-Jones', negated: false }],
    });
    expect(parseQuery('tag:security year:2022')).toMatchObject({
      words: [],
      filters: { tag: ['security'], year: [2022] },
    });
    expect(parseQuery('"exact phrase" -excluded -"two words"')).toMatchObject({
      words: [],
      phrases: ['exact phrase'],
      excluded: ['excluded', 'two words'],
    });
  });

  it('knows conference, kind, open items, ranges and negated filters', () => {
    const parsed = parseQuery('conf:devops kind:Keynote is:open year:2019..2021 -tag:sales by:ana');
    expect(parsed.filters).toEqual({
      conference: ['devops'],
      kind: ['keynote'],
      open: true,
      year: [2019, 2020, 2021],
      speaker: ['ana'],
    });
    expect(parsed.excludedFilters).toEqual({ tag: ['sales'] });
    expect(parseQuery('-is:open').excludedFilters).toEqual({ open: true });
  });

  it('keeps unknown prefixes and stray characters as words, and warns about bad values', () => {
    expect(parseQuery('http://example.com note:this').words).toEqual([
      'http://example.com',
      'note:this',
    ]);
    const parsed = parseQuery('year:someday kind:talkshow "unterminated phrase');
    expect(parsed.warnings).toHaveLength(2);
    expect(parsed.phrases).toEqual(['unterminated phrase']);
    expect(parseQuery('').words).toEqual([]);
  });

  it('merges typed filters with chips', () => {
    expect(mergeFilters({ year: [2020], tag: ['a'] }, { year: [2021], open: true })).toEqual({
      year: [2020, 2021],
      tag: ['a'],
      open: true,
    });
  });
});

describe('words', () => {
  it('are lower-cased with accents folded, offsets into the original', () => {
    expect(normalizeTerm('Amélie')).toBe('amelie');
    expect(tokenize('Fong-Jones, Amélie!')).toEqual([
      { term: 'fong', start: 0, end: 4 },
      { term: 'jones', start: 5, end: 10 },
      { term: 'amelie', start: 12, end: 18 },
    ]);
  });

  it('mark highlights and find the n-th occurrence of a word', () => {
    expect(
      markHighlights('use slo and slos', [
        [12, 16],
        [4, 7],
      ]),
    ).toBe('use **slo** and **slos**');
    expect(findOccurrence('SLO, then slo again; slos', 'slo', 1)).toBe(10);
    expect(findOccurrence('Amélie', 'amelie', 0)).toBe(0);
    expect(findOccurrence('nothing', 'slo', 0)).toBe(-1);
  });
});
