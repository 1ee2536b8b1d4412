import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $getSelection,
  $insertNodes,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { $createImageNode } from '../nodes/ImageNode';

/** Stores an image file (under the conference's assets/) and says how the note refers to it. */
export type ImageFileHandler = (file: File) => Promise<{ src: string }>;

interface Props {
  onImageFile: ImageFileHandler;
  /** Called when storing an image fails, so the app can tell the user. */
  onError?: (error: unknown) => void;
}

/**
 * Pasted or dropped image files (a photo of a slide) are handed to the app to
 * store, then inserted where the caret is, with an empty caption to fill in.
 * Rich-text registers DRAG_DROP_PASTE for file pastes and drops alike.
 */
export function ImagePastePlugin({ onImageFile, onError }: Props): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        DRAG_DROP_PASTE,
        (files) => {
          const images = files.filter((file) => file.type.startsWith('image/'));
          if (images.length === 0) return false;
          void insertImages(editor, images, onImageFile).catch((error: unknown) =>
            onError?.(error),
          );
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, onImageFile, onError],
  );
  return null;
}

/** Stores each file in order and inserts it; exported for tests and the toolbar. */
export async function insertImages(
  editor: LexicalEditor,
  files: File[],
  onImageFile: ImageFileHandler,
): Promise<void> {
  for (const file of files) {
    const { src } = await onImageFile(file);
    editor.update(() => $insertImage($createImageNode({ src, alt: '', title: null })));
  }
}

/**
 * A slide photo gets a paragraph of its own (`![caption](assets/x.png)` on its
 * own line), after the caret's paragraph unless that one is empty; inside
 * lists and tables it goes inline at the caret.
 */
function $insertImage(image: ReturnType<typeof $createImageNode>): void {
  const selection = $getSelection();
  const block = $isRangeSelection(selection)
    ? selection.anchor.getNode().getTopLevelElement()
    : null;
  if (!$isParagraphNode(block)) {
    $insertNodes([image]);
    return;
  }
  const holder =
    block.getTextContent().trim() === '' && block.getChildrenSize() === 0
      ? block
      : $createParagraphNode();
  holder.append(image);
  if (holder !== block) block.insertAfter(holder);
  holder.selectEnd();
}
