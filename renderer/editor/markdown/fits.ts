import type { List, ListItem, PhrasingContent, RootContent, Table } from 'mdast';

/**
 * Which Markdown the editor can show as rich text. Anything else becomes a
 * raw-Markdown block holding its exact source, so the rule here is strict:
 * a block only "fits" when exporting it again gives the same Markdown tree.
 */

export type ListKind = 'bullet' | 'number' | 'check';

/** True when a top-level block can become editor nodes without losing meaning. */
export function canShowBlock(node: RootContent): boolean {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return phrasingFits(node.children, false, []);
    case 'thematicBreak':
    case 'code':
      return true;
    case 'blockquote':
      // Lexical quotes hold inline text; paragraphs map to blank lines within.
      return (
        node.children.length > 0 &&
        node.children.every(
          (child) => child.type === 'paragraph' && phrasingFits(child.children, false, []),
        )
      );
    case 'list':
      return listFits(node);
    case 'table':
      return tableFits(node);
    default:
      return false;
  }
}

/**
 * Syntax of Markdown extensions the engine does not parse, so that it reads
 * as plain text: math (`$$…$$`, `$x^2$`) and definition lists (`Term` then
 * `: definition`). Written back as text it could gain escapes that break it
 * for the tools that do read it, so such blocks are kept raw.
 */
export function hasExtensionSyntax(source: string): boolean {
  return DISPLAY_MATH.test(source) || INLINE_MATH.test(source) || DEFINITION.test(source);
}

const DISPLAY_MATH = /\$\$[\s\S]*?\$\$/;
// Pandoc's rule: `$` then non-space … non-space then `$` not followed by a digit ("$5 and $10" is money).
const INLINE_MATH = /(?:^|[^\\$])\$(?=[^\s$])[^$\n]*[^\s$\\]\$(?!\d)/;
const DEFINITION = /\n:[ \t]+\S/;

/** The editor's list type for an mdast list, or null when no Lexical list matches it. */
export function listKind(list: List): ListKind | null {
  const checked = list.children.map((item) => item.checked ?? null);
  if (checked.every((c) => c === null)) return list.ordered ? 'number' : 'bullet';
  if (!list.ordered && checked.every((c) => c !== null)) return 'check';
  return null;
}

function listFits(list: List): boolean {
  return listKind(list) !== null && list.children.every(itemFits);
}

/** An item is `[paragraph?, ...lists]`; two same-kind sub-lists in a row would merge. */
function itemFits(item: ListItem): boolean {
  const [first, ...rest] = item.children;
  if (first === undefined) return true;
  const nested = first.type === 'paragraph' ? rest : item.children;
  if (first.type === 'paragraph' && !phrasingFits(first.children, false, [])) return false;
  let previous: ListKind | null = null;
  for (const child of nested) {
    if (child.type !== 'list' || !listFits(child)) return false;
    const kind = listKind(child);
    if (kind === previous) return false;
    previous = kind;
  }
  return true;
}

function tableFits(table: Table): boolean {
  const width = table.children[0]?.children.length ?? 0;
  return (
    width > 0 &&
    table.children.every(
      (row) =>
        row.children.length <= width &&
        row.children.every(
          (cell) => phrasingFits(cell.children, false, []) && !hasBreak(cell.children),
        ),
    )
  );
}

function hasBreak(nodes: PhrasingContent[]): boolean {
  return nodes.some(
    (node) => node.type === 'break' || ('children' in node && hasBreak(node.children)),
  );
}

/**
 * Inline content the editor can hold: text with bold/italic/strike/code,
 * links around such text, hard breaks, and images outside marks and links.
 */
function phrasingFits(nodes: PhrasingContent[], inLink: boolean, marks: string[]): boolean {
  return nodes.every((node) => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'break':
        return true;
      case 'emphasis':
      case 'strong':
      case 'delete':
        // `**a **b** c**` nests a mark in itself; flat text formats cannot say that.
        return (
          node.children.length > 0 &&
          !marks.includes(node.type) &&
          phrasingFits(node.children, inLink, [...marks, node.type])
        );
      case 'link':
        return !inLink && node.children.length > 0 && phrasingFits(node.children, true, marks);
      case 'image':
        return !inLink && marks.length === 0;
      default:
        return false;
    }
  });
}
