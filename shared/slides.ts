/**
 * Text of slide photos (issue 20): what the app, the preview and the
 * command share about reading the text of the images in notes.
 */

/** The recognised text of one image of a talk's notes. */
export interface SlideText {
  /** The image's src as the note writes it (`assets/talk-01.png`). */
  src: string;
  text: string;
}

/** What the reader is doing, for the progress shown in the window and on stderr. */
type SlidesState =
  /** Nothing left to read. */
  | 'idle'
  /** Reading an image now. */
  | 'reading'
  /** The user typed lately: it waits for them to stop. */
  | 'waiting'
  /** The user paused it. */
  | 'paused'
  /** No text reader here (its files are missing): images are not read. */
  | 'unavailable';

export interface SlidesStatus {
  state: SlidesState;
  /** Images read (or skipped) since the app started. */
  done: number;
  /** Images waiting to be read. */
  pending: number;
  /** Images skipped since the app started (not an image, too small, too large…). */
  skipped: number;
  /** The image being read, as its note writes it. */
  current?: string;
  /** Languages the text is read in (Tesseract codes: `eng`, `fra`…). */
  languages: string[];
  /** Why the reader is unavailable, or the last image's problem. */
  message?: string;
}

/** A language the reader can use: its data comes from an installed package, never downloaded. */
export interface SlideLanguage {
  code: string;
  name: string;
  installed: boolean;
}

/** An image's recognised text, or why it has none. */
export type SlideReading =
  { kind: 'text'; text: string } | { kind: 'skipped'; reason: string } | { kind: 'pending' };
