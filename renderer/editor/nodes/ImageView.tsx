import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { $getNodeByKey, type NodeKey } from 'lexical';
import type { JSX } from 'react';
import { useEditorEnvironment } from '../editorEnvironment';
import { $isImageNode } from './ImageNode';

interface Props {
  nodeKey: NodeKey;
  src: string;
  alt: string;
  title: string | null;
}

/** An image with its caption field; the caption is the Markdown alt text. */
export function ImageView({ nodeKey, src, alt, title }: Props): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const { resolveImageSrc } = useEditorEnvironment();
  return (
    <span className="cn-image-frame">
      <img
        className="cn-image-img"
        src={resolveImageSrc(src)}
        alt={alt}
        title={title ?? undefined}
        draggable={false}
      />
      <input
        className="cn-image-caption"
        aria-label="Caption"
        placeholder="Caption"
        readOnly={!editable}
        value={alt}
        onChange={(event) => {
          const next = event.target.value;
          editor.update(() => {
            const node = $getNodeByKey(nodeKey);
            if ($isImageNode(node)) node.setAlt(next);
          });
        }}
      />
    </span>
  );
}
