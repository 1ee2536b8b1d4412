import {
  $applyNodeReplacement,
  LineBreakNode,
  type LexicalNode,
  type SerializedPartial,
  type SerializedLineBreakNode,
} from 'lexical';

/**
 * A Markdown hard line break (`\` or two spaces at the end of a line). Plain
 * `LineBreakNode`s stand for soft breaks, so a note keeps both kinds apart
 * and renders the same after a round trip. It extends `LineBreakNode` so
 * Lexical's selection and deletion treat it as the line break it is.
 */
export class HardBreakNode extends LineBreakNode {
  static getType(): string {
    return 'hardbreak';
  }

  static clone(node: HardBreakNode): HardBreakNode {
    return new HardBreakNode(node.__key);
  }

  static importJSON(_json: SerializedPartial<SerializedLineBreakNode>): HardBreakNode {
    return $createHardBreakNode();
  }

  createDOM(): HTMLElement {
    const br = document.createElement('br');
    br.className = 'cn-hardbreak';
    return br;
  }
}

export function $createHardBreakNode(): HardBreakNode {
  return $applyNodeReplacement(new HardBreakNode());
}

export function $isHardBreakNode(node: LexicalNode | null | undefined): node is HardBreakNode {
  return node instanceof HardBreakNode;
}
