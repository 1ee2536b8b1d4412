import { rowLabel, type TreeRow } from './treeRows';

/**
 * What a key does in the library tree, as the WAI-ARIA tree pattern has
 * it: Up/Down move, Right unfolds or enters, Left folds or goes up,
 * Home/End jump, Enter opens, and typed letters jump to the next row
 * whose title starts with them. Pure, so it is tested without a browser.
 */
export type TreeAction =
  | { do: 'move'; to: number }
  | { do: 'fold'; key: string; expanded: boolean }
  | { do: 'open'; row: TreeRow }
  | { do: 'none' };

export function treeAction(rows: TreeRow[], at: number, key: string): TreeAction {
  const row = rows[at];
  if (!row) return rows.length ? { do: 'move', to: 0 } : { do: 'none' };
  const foldable = row.kind !== 'talk';
  switch (key) {
    case 'ArrowDown':
      return at + 1 < rows.length ? { do: 'move', to: at + 1 } : { do: 'none' };
    case 'ArrowUp':
      return at > 0 ? { do: 'move', to: at - 1 } : { do: 'none' };
    case 'Home':
      return { do: 'move', to: 0 };
    case 'End':
      return { do: 'move', to: rows.length - 1 };
    case 'ArrowRight':
      if (foldable && !row.expanded) return { do: 'fold', key: row.key, expanded: true };
      // Unfolded: into its first child, if it has one.
      if (foldable && rows[at + 1]?.parent === row.key) return { do: 'move', to: at + 1 };
      return { do: 'none' };
    case 'ArrowLeft': {
      if (foldable && row.expanded) return { do: 'fold', key: row.key, expanded: false };
      const parent = rows.findIndex((r) => r.key === row.parent);
      return parent >= 0 ? { do: 'move', to: parent } : { do: 'none' };
    }
    case 'Enter':
      if (row.kind === 'year') return { do: 'fold', key: row.key, expanded: !row.expanded };
      return { do: 'open', row };
    default:
      return { do: 'none' };
  }
}

/**
 * Type-ahead: the next row (after `at`, wrapping) whose title starts with
 * `typed`, ignoring case and accents. While a word is being typed the
 * current row may match again ("ku" stays on "KubeCon" after "k").
 */
export function typeAhead(rows: TreeRow[], at: number, typed: string): number | undefined {
  const wanted = fold(typed);
  if (!wanted) return undefined;
  const start = typed.length > 1 ? at : at + 1;
  for (let step = 0; step < rows.length; step++) {
    const index = (start + step) % rows.length;
    if (fold(rowLabel(rows[index])).startsWith(wanted)) return index;
  }
  return undefined;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}
