/**
 * Many small objects of one shape (the talks' fields, the text store's
 * entries) saved column by column: JSON.parse builds a few long arrays
 * faster than 10,000 objects spelling out every key, and a column of few
 * distinct strings (conference, kind, folder) is saved once per value.
 */
export interface Table {
  rows: number;
  columns: Column[];
}

interface Column {
  key: string;
  /** The values by row, or indexes into `distinct`. */
  values: unknown[];
  distinct?: string[];
  /** Rows without this key (or with it undefined, which JSON drops too). */
  absent?: number[];
}

/** The rows as columns, keys in the order the rows first have them. */
export function toTable(rows: readonly object[]): Table {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
  const columns = [...keys].map((key): Column => {
    const values = rows.map((row) => (row as Record<string, unknown>)[key]);
    const absent: number[] = [];
    values.forEach((value, i) => value === undefined && absent.push(i));
    const column: Column = { key, values };
    if (absent.length > 0) column.absent = absent;
    const strings = values.every((v) => v === undefined || typeof v === 'string');
    const distinct = strings ? [...new Set(values)].filter((v) => v !== undefined) : [];
    if (strings && distinct.length <= rows.length / 4) {
      const index = new Map(distinct.map((value, i) => [value, i]));
      column.distinct = distinct;
      column.values = values.map((v) => (v === undefined ? -1 : index.get(v)));
    }
    return column;
  });
  return { rows: rows.length, columns };
}

/**
 * The rows back, as objects with the keys the saved rows had. `Row` is the
 * caller's word for what was saved: the table's file vouches for it (the
 * snapshot's checksum), not this function.
 */
export function fromTable<Row extends object>(table: Table): Row[] {
  const rows: Array<Record<string, unknown>> = Array.from({ length: table.rows }, () => ({}));
  for (const { key, values, distinct, absent } of table.columns) {
    if (!Array.isArray(values) || values.length !== table.rows)
      throw new Error(`column ${key} does not have ${table.rows} rows`);
    const skip = new Set(absent ?? []);
    for (let i = 0; i < table.rows; i++) {
      if (skip.has(i)) continue;
      const value = distinct ? distinct[values[i] as number] : values[i];
      if (value === undefined) throw new Error(`column ${key} has no value ${String(values[i])}`);
      rows[i][key] = value;
    }
  }
  return rows as Row[];
}
