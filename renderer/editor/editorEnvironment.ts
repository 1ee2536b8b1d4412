import { createContext, useContext } from 'react';
import type { SlideReading } from '../../shared/slides';

/**
 * What the app around the editor provides to the editor's nodes and plugins:
 * decorator components (images) render outside the NotesEditor props' reach,
 * so they read these through context.
 */
export interface EditorEnvironment {
  /** Maps a note-relative image path (`assets/talk-01.png`) to a URL the window can load. */
  resolveImageSrc: (src: string) => string;
  /** Opens a link the user clicked; the app routes it to its one checked opener. */
  onOpenLink: (url: string) => void;
  /** The text read from an image of the note ("Insert slide text"); absent where none is read. */
  slideText?: (src: string) => Promise<SlideReading>;
}

const fallback: EditorEnvironment = {
  resolveImageSrc: (src) => src,
  onOpenLink: () => undefined,
};

export const EditorEnvironmentContext = createContext<EditorEnvironment>(fallback);

export function useEditorEnvironment(): EditorEnvironment {
  return useContext(EditorEnvironmentContext);
}
