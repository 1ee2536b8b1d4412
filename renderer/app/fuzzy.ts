/**
 * A small fuzzy matcher for the quick switcher: every query character must
 * appear in order; consecutive runs and word starts score higher, so `gct`
 * finds "Gamification of Chaos Testing" and ranks it above looser matches.
 * Returns undefined when the text does not match at all.
 */
function fuzzyScore(query: string, text: string): number | undefined {
  const q = query.toLowerCase().replace(/\s+/g, '');
  if (!q) return 0;
  const t = text.toLowerCase();
  let score = 0;
  let run = 0;
  let from = 0;
  for (const char of q) {
    const at = t.indexOf(char, from);
    if (at < 0) return undefined;
    const wordStart = at === 0 || /[\s\-—–:/(]/.test(t[at - 1]);
    run = at === from ? run + 1 : 0;
    score += 1 + run * 2 + (wordStart ? 3 : 0) - Math.min(at - from, 5) * 0.1;
    from = at + 1;
  }
  // Shorter texts with the same matches are more likely what was meant.
  return score - t.length * 0.01;
}

/** Items sorted by fuzzy score, best first, without the ones that do not match. */
export function fuzzyFilter<T>(query: string, items: readonly T[], text: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, score: fuzzyScore(query, text(item)) }))
    .filter((entry): entry is { item: T; score: number } => entry.score !== undefined)
    .sort((a, b) => b.score - a.score)
    .map((entry) => entry.item);
}
