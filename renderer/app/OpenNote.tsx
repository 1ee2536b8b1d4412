import { useEffect, useState, type ReactNode, type Ref } from 'react';
import { api, errorMessage } from '../api';
import { ConferenceHeader } from './ConferenceHeader';
import {
  conferenceIo,
  talkIo,
  toConferenceDoc,
  toTalkDoc,
  type ConferenceDoc,
  type TalkDoc,
} from './noteIo';
import { NotePane, type NotePaneHandle } from './NotePane';
import type { TalkListing } from '../panels/panelTypes';
import type { Selection } from './selection';
import { TalkHeader } from './TalkHeader';

/**
 * Reads the selected talk or conference and shows it in a NotePane. The
 * parent keys this by the selection, so every note gets fresh state.
 */
export function OpenNote({
  selection,
  assetUrl,
  onError,
  onReady,
  onShowTalks,
  distractionFree,
  foldWhileTyping,
  ref,
}: {
  selection: Selection;
  assetUrl: string;
  onError: (message: string) => void;
  /** Called once the note is on screen (to focus the title of a new talk, scroll to a match…). */
  onReady?: () => void;
  /** Opens the speaker or tag view from the talk's header. */
  onShowTalks?: (listing: TalkListing) => void;
  /** Distraction-free writing: the header starts folded. */
  distractionFree?: boolean;
  /** Typing notes folds the header (Preferences). */
  foldWhileTyping?: boolean;
  ref?: Ref<NotePaneHandle>;
}): ReactNode {
  const [doc, setDoc] = useState<TalkDoc | ConferenceDoc>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    const read =
      selection.entity === 'talk'
        ? api().library.readTalk({ id: selection.id }).then(toTalkDoc)
        : api().library.readConference({ id: selection.id }).then(toConferenceDoc);
    read.then(
      (loaded) => live && setDoc(loaded),
      (failure: unknown) => live && setError(`Could not open this note: ${errorMessage(failure)}`),
    );
    return () => {
      live = false;
    };
  }, [selection.entity, selection.id]);
  useEffect(() => {
    if (doc) onReady?.();
    // Only once per loaded note; onReady changes identity with every parent render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc]);

  if (error) return <p role="alert">{error}</p>;
  if (!doc) return <p className="loading">Opening…</p>;
  if (doc.entity === 'talk') {
    return (
      <NotePane
        ref={ref}
        doc={doc}
        io={talkIo}
        assetUrl={assetUrl}
        onError={onError}
        distractionFree={distractionFree}
        foldWhileTyping={foldWhileTyping}
        titlePatch={(title) => ({ title })}
        header={(props) => <TalkHeader {...props} onShowTalks={onShowTalks} />}
      />
    );
  }
  return (
    <NotePane
      ref={ref}
      doc={doc}
      io={conferenceIo}
      assetUrl={assetUrl}
      onError={onError}
      distractionFree={distractionFree}
      foldWhileTyping={foldWhileTyping}
      titlePatch={(title) => ({ title })}
      header={(props) => <ConferenceHeader {...props} />}
    />
  );
}
