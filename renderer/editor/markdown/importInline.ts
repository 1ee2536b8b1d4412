import { $createLinkNode } from '@lexical/link';
import {
  $createLineBreakNode,
  $createTextNode,
  $setState,
  type LexicalNode,
  type TextFormatType,
} from 'lexical';
import type { PhrasingContent } from 'mdast';
import { $createHardBreakNode } from '../nodes/HardBreakNode';
import { $createImageNode } from '../nodes/ImageNode';
import { linkFormState, markChainState } from '../nodes/markdownState';
import { sourceLinkForm } from './linkForms';

/** mdast mark → Lexical text format, and the letter recorded in `markChainState`. */
const MARKS = {
  strong: { format: 'bold', letter: 'S' },
  emphasis: { format: 'italic', letter: 'E' },
  delete: { format: 'strikethrough', letter: 'D' },
} as const satisfies Record<string, { format: TextFormatType; letter: string }>;

interface Context {
  formats: TextFormatType[];
  /** Enclosing marks and links, outermost first (see markChainState). */
  chain: string;
}

/**
 * Turns mdast inline content into Lexical inline nodes. Lexical has no
 * nesting for bold/italic, so marks become text formats, and their source
 * order is kept in `markChainState` for the way back. Soft line breaks
 * (a newline inside text) become LineBreakNodes, hard breaks HardBreakNodes.
 * A link records the form it has in `source`, the Markdown the nodes were
 * parsed from (linkFormState).
 * Must run inside `editor.update`; callers check `canShowBlock` first.
 */
export function $importPhrasing(
  nodes: PhrasingContent[],
  source: string,
  context: Context = { formats: [], chain: '' },
): LexicalNode[] {
  const out: LexicalNode[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(...$textLines(node.value, context, []));
        break;
      case 'inlineCode':
        out.push(...$textLines(node.value, context, ['code']));
        break;
      case 'emphasis':
      case 'strong':
      case 'delete': {
        const mark = MARKS[node.type];
        out.push(
          ...$importPhrasing(node.children, source, {
            formats: [...context.formats, mark.format],
            chain: context.chain + mark.letter,
          }),
        );
        break;
      }
      case 'link': {
        const link = $createLinkNode(node.url, { title: node.title ?? null });
        const form = sourceLinkForm(node, source);
        if (form) $setState(link, linkFormState, form);
        link.append(
          ...$importPhrasing(node.children, source, {
            formats: context.formats,
            chain: `${context.chain}L`,
          }),
        );
        out.push(link);
        break;
      }
      case 'image':
        out.push(
          $createImageNode({ src: node.url, alt: node.alt ?? '', title: node.title ?? null }),
        );
        break;
      case 'break':
        out.push($createHardBreakNode());
        break;
      default:
        throw new Error(`The editor cannot show inline Markdown of type "${node.type}"`);
    }
  }
  return out;
}

function $textLines(value: string, context: Context, extra: TextFormatType[]): LexicalNode[] {
  const out: LexicalNode[] = [];
  value.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (index > 0) out.push($createLineBreakNode());
    if (line === '') return;
    const text = $createTextNode(line);
    for (const format of new Set([...context.formats, ...extra])) text.toggleFormat(format);
    if (context.chain) $setState(text, markChainState, context.chain);
    out.push(text);
  });
  return out;
}
