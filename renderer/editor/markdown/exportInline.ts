import { $isAutoLinkNode, $isLinkNode } from '@lexical/link';
import { $getState, $isLineBreakNode, $isTextNode, type LexicalNode } from 'lexical';
import type { PhrasingContent } from 'mdast';
import { $isHardBreakNode } from '../nodes/HardBreakNode';
import { $isImageNode } from '../nodes/ImageNode';
import { markChainState } from '../nodes/markdownState';
import { $writeLink } from './linkForms';
import { buildMarks, type Item, type Mark } from './markRuns';

/** How a block treats line breaks: tables cannot hold them, headings only some. */
export type BreakMode = 'keep' | 'spaces';

const FORMAT_MARKS: ReadonlyArray<readonly [Mark, 'bold' | 'italic' | 'strikethrough']> = [
  ['strong', 'bold'],
  ['emphasis', 'italic'],
  ['delete', 'strikethrough'],
];

/**
 * Lexical inline nodes → mdast phrasing content. Text formats become nested
 * marks again (see markRuns.ts); a soft line break is a newline in the text,
 * and a second break in a row is written as a hard break so a blank line the
 * user typed stays visible without splitting the block.
 * Must run inside `editor.read` or `editor.update`.
 */
export function $exportInline(nodes: LexicalNode[], mode: BreakMode = 'keep'): PhrasingContent[] {
  return buildMarks(tidyBreaks($flatten(nodes), mode, true));
}

function $flatten(nodes: LexicalNode[]): Item[] {
  const items: Item[] = [];
  for (const node of nodes) {
    if ($isHardBreakNode(node))
      items.push({ node: { type: 'break' }, marks: [], chain: '', wild: 'hard' });
    else if ($isLineBreakNode(node))
      items.push({ node: { type: 'text', value: '\n' }, marks: [], chain: '', wild: 'soft' });
    else if ($isImageNode(node)) {
      const { src, alt, title } = node.getFields();
      items.push({
        node: { type: 'image', url: src, alt, title },
        marks: [],
        chain: '',
        wild: 'image',
      });
    } else if ($isTextNode(node)) {
      const value = node.getTextContent();
      if (value === '') continue;
      const marks = FORMAT_MARKS.filter(([, format]) => node.hasFormat(format)).map(
        ([mark]) => mark,
      );
      const leaf: PhrasingContent = node.hasFormat('code')
        ? { type: 'inlineCode', value }
        : { type: 'text', value };
      items.push({ node: leaf, marks, chain: $getState(node, markChainState) });
    } else if ($isAutoLinkNode(node) && node.getIsUnlinked()) {
      // The user undid the auto-link: its words are plain text.
      items.push(...$flatten(node.getChildren()));
    } else if ($isLinkNode(node)) {
      // A link's inner spaces are part of its text (`[ a ](u)`), so its edges stay.
      const children = tidyBreaks($flatten(node.getChildren()), 'keep', false);
      if (children.length === 0) continue; // `[](url)` shows nothing and would reopen as an empty link
      const hoisted = hoistableMarks(children);
      for (const child of children)
        child.marks = child.marks.filter((mark) => !hoisted.includes(mark));
      const chain = children.find((child) => !child.wild)?.chain ?? '';
      const url = node.getURL();
      const title = node.getTitle();
      items.push({
        node: $writeLink(node, {
          type: 'link',
          url,
          title: title ?? null,
          children: buildMarks(children),
        }),
        marks: hoisted,
        chain: chain.includes('L') ? chain.slice(0, chain.indexOf('L')) : chain,
      });
    } else {
      // An inline node this exporter does not know: keep its words.
      const value = node.getTextContent();
      if (value) items.push({ node: { type: 'text', value }, marks: [], chain: '' });
    }
  }
  return items;
}

/**
 * Marks every child of a link shares move outside it (`*[a](u)*`), unless the
 * source had them inside the link (`[*a*](u)`), as markChainState records.
 */
function hoistableMarks(children: Item[]): Mark[] {
  const solid = children.filter((child) => !child.wild);
  if (solid.length === 0) return [];
  return solid[0].marks.filter((mark) =>
    solid.every((child) => {
      if (!child.marks.includes(mark)) return false;
      const at = child.chain.indexOf('L');
      return at < 0 || child.chain.slice(0, at).includes(LETTER[mark]);
    }),
  );
}

const LETTER: Record<Mark, string> = { strong: 'S', emphasis: 'E', delete: 'D' };

/**
 * Drops breaks at the edges of a block, trims the spaces around soft breaks
 * (Markdown would read two trailing spaces as a hard break) and turns a
 * break right after another break into a hard one.
 */
function tidyBreaks(items: Item[], mode: BreakMode, trimEdges: boolean): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const isBreak = item.wild === 'soft' || item.wild === 'hard';
    if (isBreak && (out.length === 0 || mode === 'spaces')) {
      if (mode === 'spaces' && out.length > 0)
        out.push({ node: { type: 'text', value: ' ' }, marks: [], chain: '', wild: 'soft' });
      continue;
    }
    const previous = out[out.length - 1];
    if (isBreak && (previous?.wild === 'soft' || previous?.wild === 'hard')) {
      out.push({ node: { type: 'break' }, marks: [], chain: '', wild: 'hard' });
      continue;
    }
    out.push(item);
  }
  while (out.length > 0 && isBreakItem(out[out.length - 1])) out.pop();
  for (let i = 0; i < out.length; i++) {
    const node = out[i].node;
    if (node.type !== 'text' || out[i].wild) continue;
    let value = node.value;
    if ((trimEdges && i === 0) || isBreakItem(out[i - 1])) value = value.replace(/^[ \t]+/, '');
    if ((trimEdges && i === out.length - 1) || out[i + 1]?.wild === 'soft')
      value = trimSpacesEnd(value);
    node.value = value;
  }
  return out.filter((item) => !(item.node.type === 'text' && item.node.value === ''));
}

/**
 * Drops trailing spaces and tabs. Not `/[ \t]+$/`: a regex anchored at the
 * end retries from every space of a long run, quadratic on a pasted line of
 * 40,000 spaces (seconds per save).
 */
function trimSpacesEnd(value: string): string {
  let end = value.length;
  while (end > 0 && (value[end - 1] === ' ' || value[end - 1] === '\t')) end--;
  return value.slice(0, end);
}

function isBreakItem(item: Item | undefined): boolean {
  return item?.wild === 'soft' || item?.wild === 'hard';
}
