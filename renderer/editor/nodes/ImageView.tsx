import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { useState, type JSX } from 'react';
import { createPortal } from 'react-dom';
import { ContextMenu } from '../../ui/ContextMenu';
import { useEditorEnvironment } from '../editorEnvironment';

interface Props {
  src: string;
  alt: string;
  title: string | null;
  /** Edits the node's caption (its node hands these over, so the view needs no node type). */
  setCaption: (alt: string) => void;
  /** Puts the slide's text under the image. */
  insertSlideText: (text: string) => void;
}

/**
 * An image with its caption field; the caption is the Markdown alt text.
 * Its context menu (right-click, or the menu key on the caption) offers
 * "Insert slide text": the text read from the photo, put under it.
 */
export function ImageView({ src, alt, title, setCaption, insertSlideText }: Props): JSX.Element {
  const editable = useLexicalEditable();
  const { resolveImageSrc, slideText } = useEditorEnvironment();
  const [menu, setMenu] = useState<{ x: number; y: number }>();
  const [notice, setNotice] = useState<string>();

  const readSlide = async () => {
    if (!slideText) return;
    setNotice('Reading the slide…');
    try {
      const reading = await slideText(src);
      if (reading.kind === 'text' && reading.text.trim()) {
        insertSlideText(reading.text);
        setNotice(undefined);
      } else if (reading.kind === 'text') setNotice('No text was found on this image.');
      else if (reading.kind === 'skipped') setNotice(`This image is not read: ${reading.reason}.`);
      else setNotice('Slides cannot be read here (no text reader).');
    } catch (error) {
      setNotice(
        `The slide could not be read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  return (
    <span
      className="cn-image-frame"
      onContextMenu={(event) => {
        if (!editable || !slideText) return;
        event.preventDefault();
        setMenu({ x: event.clientX, y: event.clientY });
      }}
    >
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
        onChange={(event) => setCaption(event.target.value)}
      />
      {notice ? (
        <span className="cn-image-notice" role="status">
          {notice}
        </span>
      ) : null}
      {menu
        ? // Outside the editable text, so the menu's buttons are not part of the note.
          createPortal(
            <ContextMenu
              x={menu.x}
              y={menu.y}
              items={[{ label: 'Insert slide text', run: () => void readSlide() }]}
              onClose={() => setMenu(undefined)}
            />,
            document.body,
          )
        : null}
    </span>
  );
}
