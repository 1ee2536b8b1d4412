import { describe, expect, it } from 'vitest';
import { isSectionLine } from '../../../electron/core/import/sectionWords';

describe('lines that name a part of a write-up, not a talk', () => {
  it.each(['Day 2', 'Dzień 1', 'Keynotes', 'Bilan', 'Fazit', 'まとめ', 'September 24 - Tuesday'])(
    '"%s" is a section',
    (line) => expect(isSectionLine(line)).toBe(true),
  );

  it.each(['Le bilan carbone du cloud', 'Day of the Developer', 'Streams without state'])(
    '"%s" may be a talk',
    (line) => expect(isSectionLine(line)).toBe(false),
  );
});
