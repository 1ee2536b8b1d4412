import { describe, expect, it } from 'vitest';
import { formatSpeakers, parseSpeakers, parseTitleLine } from '../../../renderer/app/titleLine';
import { fuzzyFilter } from '../../../renderer/app/fuzzy';
import { queryChips, removeChip } from '../../../renderer/panels/queryChips';

describe('parseTitleLine: what people type in the title at the start of a talk', () => {
  it.each([
    [
      'Gamification of Chaos Testing — Bram Vogelaar',
      'Gamification of Chaos Testing',
      [{ name: 'Bram Vogelaar' }],
    ],
    [
      'Gamification of Chaos Testing – Bram Vogelaar',
      'Gamification of Chaos Testing',
      [{ name: 'Bram Vogelaar' }],
    ],
    [
      'Gamification of Chaos Testing - Bram Vogelaar',
      'Gamification of Chaos Testing',
      [{ name: 'Bram Vogelaar' }],
    ],
    [
      'Observability — Liz Fong-Jones (Honeycomb)',
      'Observability',
      [{ name: 'Liz Fong-Jones', affiliation: 'Honeycomb' }],
    ],
    [
      'Zero-downtime deploys - a primer - Ann Poe and Bo Li',
      'Zero-downtime deploys - a primer',
      [{ name: 'Ann Poe' }, { name: 'Bo Li' }],
    ],
    ['Just a title', 'Just a title', []],
    ['Self-healing systems', 'Self-healing systems', []],
  ])('%s', (line, title, speakers) => {
    expect(parseTitleLine(line)).toEqual({ title, speakers });
  });

  it('reads a leading "Keynote:" as the kind', () => {
    expect(parseTitleLine('Keynote: The future of DevOps — Gene Kim')).toEqual({
      title: 'The future of DevOps',
      speakers: [{ name: 'Gene Kim' }],
      kind: 'keynote',
    });
  });

  it('formats speakers as one line and reads them back', () => {
    const speakers = [{ name: 'Ann Poe', affiliation: 'Acme, Inc' }, { name: 'Bo Li' }];
    expect(formatSpeakers(speakers)).toBe('Ann Poe (Acme, Inc), Bo Li');
    expect(parseSpeakers(formatSpeakers(speakers))).toEqual(speakers);
  });
});

describe('fuzzyFilter (quick switcher)', () => {
  const titles = [
    'Gamification of Chaos Testing',
    'Chaos engineering 101',
    'Shifting security left',
    'All Day DevOps 2021',
  ];
  it('matches letters in order, word starts first', () => {
    expect(fuzzyFilter('gct', titles, (t) => t)[0]).toBe('Gamification of Chaos Testing');
    expect(fuzzyFilter('chaos', titles, (t) => t)[0]).toBe('Chaos engineering 101');
    expect(fuzzyFilter('zzz', titles, (t) => t)).toEqual([]);
  });
});

describe('queryChips (search filters)', () => {
  it('finds field filters, quoted or not, and removes one cleanly', () => {
    const query = 'slo speaker:"Liz Fong-Jones" tag:security -kind:panel';
    const chips = queryChips(query);
    expect(chips.map((c) => c.text)).toEqual([
      'speaker:"Liz Fong-Jones"',
      'tag:security',
      '-kind:panel',
    ]);
    expect(removeChip(query, chips[0])).toBe('slo tag:security -kind:panel');
  });
});
