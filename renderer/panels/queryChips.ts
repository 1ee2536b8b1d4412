/** One `field:value` filter inside a typed query, shown as a chip. */
export interface QueryChip {
  text: string;
  start: number;
  end: number;
}

const FILTER = /(^|\s)(-?(?:conference|year|speaker|tag|kind|has|in):(?:"[^"]*"|\S+))/g;

/** The filters of a query in the search language (`speaker:"Liz Fong-Jones" tag:security`). */
export function queryChips(query: string): QueryChip[] {
  return [...query.matchAll(FILTER)].map((match) => {
    const start = match.index + match[1].length;
    return { text: match[2], start, end: start + match[2].length };
  });
}

/** The query without one of its chips, spaces tidied. */
export function removeChip(query: string, chip: QueryChip): string {
  return `${query.slice(0, chip.start)}${query.slice(chip.end)}`.replace(/\s+/g, ' ').trim();
}
