import { createState } from 'lexical';

/**
 * Markdown facts that Lexical's own nodes have no field for, kept as node
 * state so that opening and saving a note gives back the same bytes.
 */

/** Loose list or item: blank lines between items / between an item's parts. */
export const spreadState = createState('mdSpread', {
  parse: (value) => value === true,
});

/** A list item that holds only a sub-list in the source (`- - a`). */
export const ownItemState = createState('mdOwnItem', {
  parse: (value) => value === true,
});

/**
 * The order of a text's enclosing marks in the source, outermost first:
 * S strong, E emphasis, D delete, L link. Lexical flattens `*_a_*` and
 * `_*a*_` to the same bold italic text; this tells them apart again.
 */
export const markChainState = createState('mdMarks', {
  parse: (value) => (typeof value === 'string' ? value : ''),
});

export type ColumnAlign = 'left' | 'right' | 'center' | null;

/** GFM column alignment of a table, one entry per column. */
export const tableAlignState = createState('mdAlign', {
  parse: (value: unknown): ColumnAlign[] =>
    Array.isArray(value)
      ? (value as unknown[]).map((v): ColumnAlign =>
          v === 'left' || v === 'right' || v === 'center' ? v : null,
        )
      : [],
  isEqual: (a, b) => a.length === b.length && a.every((v, i) => v === b[i]),
});

/** The info string after a code fence's language (```js title="x"). */
export const codeMetaState = createState('mdCodeMeta', {
  parse: (value) => (typeof value === 'string' ? value : ''),
});

/**
 * How the source wrote a link: `literal` for a GFM autolink literal (a bare
 * `https://…`, `www.…` or email), `angle` for `<…>`, '' for `[text](url)`.
 * The engine writes every link as `[text](url)`; this lets an unedited link
 * go back in the form the user wrote (see markdown/linkForms.ts).
 */
export const linkFormState = createState('mdLinkForm', {
  parse: (value): LinkSourceForm => (value === 'literal' || value === 'angle' ? value : ''),
});

export type LinkSourceForm = 'literal' | 'angle' | '';
