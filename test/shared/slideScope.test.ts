import { describe, expect, it } from 'vitest';
import { mergeFilters, parseQuery } from '../../shared/search/queryParser';

describe('in:slides in the query language', () => {
  it('narrows words to the slides, or to everything else', () => {
    expect(parseQuery('in:slides burn rate')).toMatchObject({
      words: ['burn', 'rate'],
      filters: { in: ['slides'] },
      chips: [{ key: 'in', value: 'slides', negated: false }],
    });
    expect(parseQuery('in:photos x').filters.in).toEqual(['slides']);
    expect(parseQuery('in:notes x').filters.in).toEqual(['notes']);
    // Negated, it is the other place: words anywhere but on a slide.
    expect(parseQuery('-in:slides x').filters.in).toEqual(['notes']);
    expect(parseQuery('in:slides in:notes x').filters.in).toEqual(['slides', 'notes']);
  });

  it('warns about a place it does not know, keeping the words', () => {
    const parsed = parseQuery('in:fridge milk');
    expect(parsed.filters.in).toBeUndefined();
    expect(parsed.words).toEqual(['milk']);
    expect(parsed.warnings).toEqual(['in:fridge is not a place to search (in:slides or in:notes)']);
  });

  it("merges with the chips' filters", () => {
    expect(mergeFilters({ in: ['slides'] }, { in: ['notes'], tag: ['sre'] })).toEqual({
      in: ['slides', 'notes'],
      tag: ['sre'],
    });
  });
});
