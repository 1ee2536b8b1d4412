import {
  $applyNodeReplacement,
  $getNodeByKey,
  DecoratorNode,
  type LexicalEditor,
  type LexicalNode,
  type SerializedPartial,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { JSX } from 'react';
import { RawMarkdownView } from './RawMarkdownView';

export type SerializedRawMarkdownNode = Spread<{ markdown: string }, SerializedLexicalNode>;

/**
 * A block of Markdown the editor cannot show as rich text (raw HTML,
 * footnotes, reference links, definition lists, math, anything unknown).
 * It holds the exact source slice and is written back verbatim, so nothing
 * is ever dropped; the user sees and edits it as plain Markdown.
 */
export class RawMarkdownNode extends DecoratorNode<JSX.Element> {
  __markdown: string;

  static getType(): string {
    return 'raw-markdown';
  }

  static clone(node: RawMarkdownNode): RawMarkdownNode {
    return new RawMarkdownNode(node.__markdown, node.__key);
  }

  static importJSON(json: SerializedPartial<SerializedRawMarkdownNode>): RawMarkdownNode {
    return $createRawMarkdownNode('').updateFromJSON(json);
  }

  constructor(markdown = '', key?: NodeKey) {
    super(key);
    this.__markdown = markdown;
  }

  updateFromJSON(json: SerializedPartial<SerializedRawMarkdownNode>): this {
    return super
      .updateFromJSON(json)
      .setMarkdown(typeof json.markdown === 'string' ? json.markdown : '');
  }

  exportJSON(): SerializedRawMarkdownNode {
    return { ...super.exportJSON(), markdown: this.getMarkdown() };
  }

  createDOM(): HTMLElement {
    const div = document.createElement('div');
    div.className = 'cn-raw';
    div.contentEditable = 'false';
    return div;
  }

  updateDOM(): false {
    return false;
  }

  getMarkdown(): string {
    return this.getLatest().__markdown;
  }

  setMarkdown(markdown: string): this {
    const writable = this.getWritable();
    writable.__markdown = markdown;
    return writable;
  }

  /** The source counts as text, so an editor holding only raw blocks is not "empty". */
  getTextContent(): string {
    return this.getLatest().__markdown;
  }

  isInline(): false {
    return false;
  }

  decorate(editor: LexicalEditor): JSX.Element {
    const key = this.getKey();
    const setMarkdown = (markdown: string) =>
      editor.update(() => {
        const node = $getNodeByKey(key);
        if ($isRawMarkdownNode(node)) node.setMarkdown(markdown);
      });
    return <RawMarkdownView markdown={this.__markdown} setMarkdown={setMarkdown} />;
  }
}

export function $createRawMarkdownNode(markdown: string): RawMarkdownNode {
  return $applyNodeReplacement(new RawMarkdownNode(markdown));
}

export function $isRawMarkdownNode(node: LexicalNode | null | undefined): node is RawMarkdownNode {
  return node instanceof RawMarkdownNode;
}
