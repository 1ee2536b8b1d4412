import { $getRoot } from 'lexical';
import { stringifyMarkdown } from '../../../shared/markdown';
import { $exportBlock } from './exportBlocks';

/**
 * The whole note as Markdown, written by the project's one engine in the
 * house style. Must run inside `editor.read` or `editor.update`.
 */
export function $exportMarkdown(): string {
  const children = $getRoot().getChildren().flatMap($exportBlock);
  return stringifyMarkdown({ type: 'root', children });
}
