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
import { ImageView } from './ImageView';
import { $insertSlideText } from './insertSlideText';

export interface ImageFields {
  /** As written in the note: usually `assets/<talk-slug>-NN.png`. */
  src: string;
  /** The caption; Markdown stores it as the alt text. */
  alt: string;
  title: string | null;
}

export type SerializedImageNode = Spread<ImageFields, SerializedLexicalNode>;

/**
 * An image inside a paragraph (`![caption](assets/x.png "title")`), typically
 * a photo of a slide. The caption is edited under the picture.
 */
export class ImageNode extends DecoratorNode<JSX.Element> {
  __src: string;
  __alt: string;
  __title: string | null;

  static getType(): string {
    return 'image';
  }

  static clone(node: ImageNode): ImageNode {
    return new ImageNode({ src: node.__src, alt: node.__alt, title: node.__title }, node.__key);
  }

  static importJSON(json: SerializedPartial<SerializedImageNode>): ImageNode {
    return $createImageNode({ src: '', alt: '', title: null }).updateFromJSON(json);
  }

  constructor(fields: ImageFields = { src: '', alt: '', title: null }, key?: NodeKey) {
    super(key);
    this.__src = fields.src;
    this.__alt = fields.alt;
    this.__title = fields.title;
  }

  /** Saved editor state is untrusted input: every field is checked. */
  updateFromJSON(json: SerializedPartial<SerializedImageNode>): this {
    const node = super.updateFromJSON(json).getWritable();
    node.__src = typeof json.src === 'string' ? json.src : '';
    node.__alt = typeof json.alt === 'string' ? json.alt : '';
    node.__title = typeof json.title === 'string' ? json.title : null;
    return node;
  }

  exportJSON(): SerializedImageNode {
    return { ...super.exportJSON(), ...this.getFields() };
  }

  createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'cn-image';
    return span;
  }

  updateDOM(): false {
    return false;
  }

  getFields(): ImageFields {
    const self = this.getLatest();
    return { src: self.__src, alt: self.__alt, title: self.__title };
  }

  setAlt(alt: string): this {
    const writable = this.getWritable();
    writable.__alt = alt;
    return writable;
  }

  /** The caption counts as the image's words (search, empty checks). */
  getTextContent(): string {
    return this.getLatest().__alt;
  }

  isInline(): true {
    return true;
  }

  decorate(editor: LexicalEditor): JSX.Element {
    const key = this.getKey();
    const edit = (change: (node: ImageNode) => void) =>
      editor.update(() => {
        const node = $getNodeByKey(key);
        if ($isImageNode(node)) change(node);
      });
    return (
      <ImageView
        src={this.__src}
        alt={this.__alt}
        title={this.__title}
        setCaption={(alt) => edit((node) => node.setAlt(alt))}
        insertSlideText={(text) => edit((node) => $insertSlideText(node, text))}
      />
    );
  }
}

export function $createImageNode(fields: ImageFields): ImageNode {
  return $applyNodeReplacement(new ImageNode(fields));
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
