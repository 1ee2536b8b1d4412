import {
  memo,
  useCallback,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import { flushSync } from 'react-dom';
import { NotesEditor, type NotesEditorHandle } from '../editor/NotesEditor';
import { api, errorMessage } from '../api';
import { SlidesProgress } from '../slides/SlidesProgress';
import { signalTyping } from '../slides/typingSignal';
import { imageSaver, imageUrl } from './images';
import { SaveStatus } from './SaveStatus';
import { useAutosave, type AutosaveApi, type SavableNote } from './useAutosave';
import { NoteProblems } from './NoteProblems';
import { VersionChoiceDialog } from './VersionChoiceDialog';
import './capture.css';

/** What the app can ask of the open note. */
export interface NotePaneHandle {
  /** Saves everything now; false when something could not be written (the text stays). */
  flush: () => Promise<boolean>;
  focusTitle: (select?: boolean) => void;
  focusNotes: () => void;
  insertText: (text: string) => void;
  scrollToOffset: (offset: number, terms?: string[]) => void;
  /** The editor's text as Markdown, for "Copy as Markdown". */
  markdown: () => string;
  /** Renames through the autosave, so the revision chain stays whole. */
  rename: (title: string) => void;
  /** Unfolds the header (focus to its title) or folds it (focus back to the notes). */
  toggleDetails: () => void;
}

export interface PaneDoc<M> extends SavableNote {
  meta: M;
  /** What is wrong with its file, or kept beside it (a conflict copy), in main's words. */
  problems?: string[];
}

export interface NotePaneProps<M, P> {
  doc: PaneDoc<M>;
  io: AutosaveApi<PaneDoc<M>, P>;
  header: (props: {
    meta: M;
    onPatch: (patch: P) => void;
    titleRef: Ref<HTMLInputElement>;
    onDone: () => void;
    /** The header shows one line while notes are typed (HeaderFolding). */
    folded: boolean;
    onFold: (folded: boolean) => void;
  }) => ReactNode;
  titlePatch: (title: string) => P;
  /** Prefix of image URLs (AppInfo.assetUrl). */
  assetUrl: string;
  /** Tells the user something went wrong outside the save status (an image not stored). */
  onError: (message: string) => void;
  /** Distraction-free writing: the header starts folded. */
  distractionFree?: boolean;
  /** Typing notes folds the header (the preference; on unless turned off). */
  foldWhileTyping?: boolean;
  ref?: Ref<NotePaneHandle>;
}

/**
 * One open note: its header form, the editor, the save status, and the
 * choice between versions when one is needed. Mounted once per note (keyed
 * by id), so its autosave only ever reads its own editor.
 */
export function NotePane<M, P>({
  doc: initial,
  io,
  header,
  titlePatch,
  assetUrl,
  onError,
  distractionFree = false,
  foldWhileTyping = true,
  ref,
}: NotePaneProps<M, P>): ReactNode {
  const [doc, setDoc] = useState(initial);
  const [folded, setFolded] = useState(distractionFree);
  // Turning distraction-free writing on folds the header (adjusted while rendering, not in an effect).
  const [wasDistractionFree, setWasDistractionFree] = useState(distractionFree);
  if (distractionFree !== wasDistractionFree) {
    setWasDistractionFree(distractionFree);
    if (distractionFree) setFolded(true);
  }
  const [generation, setGeneration] = useState(0);
  const titleRef = useRef<HTMLInputElement>(null);
  // Kept past unmount (React clears normal refs first), so the last flush still reads this note's editor.
  const editor = useRef<NotesEditorHandle>(undefined);
  const keepEditor = useCallback((handle: NotesEditorHandle | null) => {
    if (handle) editor.current = handle;
  }, []);
  const readBody = useCallback(() => editor.current?.getMarkdown() ?? doc.body, [doc.body]);
  const onReload = useCallback((disk: PaneDoc<M>) => {
    setDoc(disk);
    setGeneration((n) => n + 1);
  }, []);
  const autosave = useAutosave(initial, readBody, onReload, io);
  const resolveImageSrc = useCallback(
    (src: string) => imageUrl(assetUrl, initial.id, src),
    [assetUrl, initial.id],
  );
  const onImageFile = useMemo(() => imageSaver(initial), [initial]);
  const openLink = useCallback((url: string) => void api().app.openExternal({ url }), []);
  const imageError = useCallback(
    (error: unknown) => onError(`The image was not stored: ${errorMessage(error)}`),
    [onError],
  );

  const focusEditor = useCallback(() => editor.current?.focus(), []);
  const { bodyChanged } = autosave;
  // Typing also tells the slide reader to stand aside (renderer/slides/typingSignal.ts).
  const onBodyChanged = useCallback(() => {
    bodyChanged();
    signalTyping();
  }, [bodyChanged]);
  const slideText = useCallback(
    (src: string) => api().slides.reading({ noteId: initial.id, src }),
    [initial.id],
  );

  /** Folds or unfolds at once (so focus can move into what just appeared), then moves focus. */
  const fold = useCallback(
    (next: boolean) => {
      flushSync(() => setFolded(next));
      if (next) focusEditor();
      else titleRef.current?.focus();
    },
    [focusEditor],
  );
  // Typing notes folds the header. Once folded, React sees the same state and renders nothing.
  const foldOnInput = useCallback(() => setFolded(true), []);

  useImperativeHandle(ref, () => ({
    flush: autosave.flush,
    focusTitle: (select) => {
      if (folded) flushSync(() => setFolded(false));
      titleRef.current?.focus();
      if (select) titleRef.current?.select();
    },
    focusNotes: () => editor.current?.focus(),
    insertText: (text) => editor.current?.insertText(text),
    scrollToOffset: (offset, terms) => editor.current?.scrollToOffset(offset, terms),
    markdown: readBody,
    rename: (title) => autosave.patchMeta(titlePatch(title)),
    toggleDetails: () => fold(!folded),
  }));

  return (
    <div className="note-pane">
      <div key={`header-${generation}`}>
        <HeaderSlot
          header={header}
          meta={doc.meta}
          onPatch={autosave.patchMeta}
          titleRef={titleRef}
          onDone={focusEditor}
          folded={folded}
          onFold={fold}
        />
      </div>
      {autosave.choice ? (
        <VersionChoiceDialog
          choice={autosave.choice}
          onKeepMine={() => void autosave.keepMine()}
          onTakeTheirs={autosave.takeTheirs}
        />
      ) : null}
      <NoteProblems problems={doc.problems} />
      <div className="editor-area" onInputCapture={foldWhileTyping ? foldOnInput : undefined}>
        <NotesEditor
          noteKey={`${initial.entity}:${initial.id}:${generation}`}
          ref={keepEditor}
          markdown={doc.body}
          onChange={onBodyChanged}
          onImageFile={onImageFile}
          resolveImageSrc={resolveImageSrc}
          onOpenLink={openLink}
          onImageError={imageError}
          slideText={slideText}
        />
      </div>
      <footer className="status-bar">
        <SaveStatus state={autosave.state} />
        <SlidesProgress />
      </footer>
    </div>
  );
}

type HeaderProps<M, P> = Parameters<NotePaneProps<M, P>['header']>[0];

/**
 * The header, rendered again only when its own inputs change: the save
 * status re-renders the pane a few times a second while the user types.
 * (The editor beside it is a memo component for the same reason.)
 */
const HeaderSlot = memo(function HeaderSlot<M, P>({
  header,
  ...props
}: HeaderProps<M, P> & { header: NotePaneProps<M, P>['header'] }): ReactNode {
  return header(props);
}) as <M, P>(props: HeaderProps<M, P> & { header: NotePaneProps<M, P>['header'] }) => ReactNode;
