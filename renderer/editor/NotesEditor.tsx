import { AutoLinkPlugin } from '@lexical/react/LexicalAutoLinkPlugin';
import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { HorizontalRulePlugin } from '@lexical/react/LexicalHorizontalRulePlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TabIndentationPlugin } from '@lexical/react/LexicalTabIndentationPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { LexicalEditor } from 'lexical';
import type { Root } from 'mdast';
import {
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type JSX,
  type Ref,
} from 'react';
import { NOTE_NODES, NOTE_THEME, throwEditorError } from './editorConfig';
import { EditorEnvironmentContext, type EditorEnvironment } from './editorEnvironment';
import { isPastableUrl, PASTED_LINK_CONVERSIONS } from './links/safeUrl';
import { TYPED_LINK_MATCHERS } from './links/typedLinkMatchers';
import { NOTE_SHORTCUTS } from './markdownShortcuts';
import { parseInBackground, startParseWorkers } from './markdown/backgroundParse';
import type { SourceBlock } from './markdown/importMarkdown';
import { DirtySignalPlugin } from './plugins/DirtySignalPlugin';
import { EditorCommandsPlugin } from './plugins/EditorCommandsPlugin';
import { ImagePastePlugin, type ImageFileHandler } from './plugins/ImagePastePlugin';
import { renderBlocksWhenIdle } from './plugins/deferredBlocks';
import { InitialContentPlugin } from './plugins/InitialContentPlugin';
import { LinkClickPlugin } from './plugins/LinkClickPlugin';
import { Toolbar } from './toolbar/Toolbar';
import { createNotesHandle, type NoteLoad, type NotesEditorHandle } from './notesHandle';
import './notesEditor.css';

export type { NotesEditorHandle } from './notesHandle';

export interface NotesEditorProps {
  /** Identity of the open note; a new key re-mounts the editor with `markdown`. */
  noteKey: string;
  /** The note body, read when the editor mounts for `noteKey`; later changes are ignored. */
  markdown: string;
  /** "The note changed": cheap, no argument. Pull `getMarkdown()` from the handle to save. */
  onChange: () => void;
  /** Stores a pasted or dropped image and returns how the note refers to it. */
  onImageFile: ImageFileHandler;
  /** Maps an image `src` as written in the note to a URL the window can load. */
  resolveImageSrc: (src: string) => string;
  /** Receives checked link URLs (http, https, mailto, relative) the user opens. */
  onOpenLink: (url: string) => void;
  /** Told when storing an image failed. */
  onImageError?: (error: unknown) => void;
  /** The text read from an image of the note, for its "Insert slide text" command. */
  slideText?: EditorEnvironment['slideText'];
  readOnly?: boolean;
  /** The clock for "insert current time"; tests pass a fixed one. */
  now?: () => Date;
  /**
   * Parses a long note away from the main thread, or returns undefined to
   * parse it on the spot; parseInBackground unless a test passes its own.
   */
  parseNote?: (markdown: string) => Promise<Root> | undefined;
  ref?: Ref<NotesEditorHandle>;
}

const systemClock = () => new Date();

/**
 * The notes editor: Lexical rich text that reads and writes the note's
 * Markdown through shared/markdown. The content is a textbox named "Notes".
 * A memo component: the app re-renders around it (save status) while the
 * user types, and nothing in here depends on that.
 */
export const NotesEditor = memo(function NotesEditor(props: NotesEditorProps): JSX.Element {
  const { noteKey, resolveImageSrc, onOpenLink, slideText } = props;
  const environment = useMemo(
    () => ({ resolveImageSrc, onOpenLink, slideText }),
    [resolveImageSrc, onOpenLink, slideText],
  );
  return (
    <EditorEnvironmentContext.Provider value={environment}>
      <NoteSession key={noteKey} {...props} />
    </EditorEnvironmentContext.Provider>
  );
});

function NoteSession(props: NotesEditorProps): JSX.Element {
  const {
    markdown,
    onChange,
    onImageFile,
    onOpenLink,
    onImageError,
    readOnly = false,
    now = systemClock,
    parseNote = parseInBackground,
    ref,
  } = props;
  const editorRef = useRef<LexicalEditor | null>(null);
  const sources = useRef<SourceBlock[]>([]);
  // A long note starts parsing in workers now, while React renders the rest of the window.
  const [parsing] = useState(() => parseNote(markdown));
  const load = useRef<NoteLoad>({ markdown, loaded: false, queued: [] });
  const editable = useRef(!readOnly);
  const initialConfig = useMemo(
    () => ({
      namespace: 'confnotes-notes',
      nodes: [...NOTE_NODES],
      theme: NOTE_THEME,
      html: { import: PASTED_LINK_CONVERSIONS },
      onError: throwEditorError,
      // Nothing to type into until the note is in (a long one arrives from the parse workers).
      editable: !readOnly && parsing === undefined,
      // Empty at first: InitialContentPlugin loads the note after the plugins register.
      editorState: null,
    }),
    // NotesEditor re-mounts the session on a new noteKey.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const onLoaded = useCallback((loaded: SourceBlock[]) => {
    sources.current = loaded;
    load.current.loaded = true;
    // A long note (parsed in the background) lays out what is on screen first.
    if (parsing && editorRef.current) renderBlocksWhenIdle(editorRef.current, markdown, loaded);
    editorRef.current?.setEditable(editable.current);
    for (const run of load.current.queued.splice(0)) run();
    // Once per mount: NotesEditor re-mounts the session for another note.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useImperativeHandle(ref, () => createNotesHandle(editorRef, sources, load.current), []);
  useEffect(() => editorRef.current?.setEditable(!readOnly && load.current.loaded), [readOnly]);
  useEffect(() => {
    // Ready for the next long note, started when the window has nothing else to do.
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(() => startParseWorkers());
    else setTimeout(startParseWorkers, 200);
  }, []);
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="cn-editor">
        {!readOnly && <Toolbar onImageFile={onImageFile} />}
        <div className="cn-scroller">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="cn-content"
                aria-label="Notes"
                aria-multiline={true}
                role="textbox"
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <EditorRefPlugin editorRef={editorRef} />
      <HistoryPlugin />
      <ListPlugin />
      <CheckListPlugin />
      <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
      <TabIndentationPlugin />
      <HorizontalRulePlugin />
      <LinkPlugin validateUrl={isPastableUrl} />
      <AutoLinkPlugin matchers={TYPED_LINK_MATCHERS} />
      <MarkdownShortcutPlugin transformers={NOTE_SHORTCUTS} />
      <LinkClickPlugin onOpenLink={onOpenLink} />
      <ImagePastePlugin onImageFile={onImageFile} onError={onImageError} />
      <EditorCommandsPlugin now={now} />
      <DirtySignalPlugin onDirty={onChange} />
      <InitialContentPlugin markdown={markdown} parsing={parsing} onLoaded={onLoaded} />
    </LexicalComposer>
  );
}
