import type { ConferenceDocument, TalkDocument } from '../../shared/library';
import type { ConferenceMeta, ConferencePatch, TalkMeta, TalkPatch } from '../../shared/schemas';
import { api } from '../api';
import type { PaneDoc } from './NotePane';
import type { AutosaveApi } from './useAutosave';

export type TalkDoc = PaneDoc<TalkMeta> & { entity: 'talk'; conferenceId: string };
export type ConferenceDoc = PaneDoc<ConferenceMeta> & { entity: 'conference' };

export const toTalkDoc = (doc: TalkDocument): TalkDoc => ({ ...doc, entity: 'talk' });
export const toConferenceDoc = (doc: ConferenceDocument): ConferenceDoc => ({
  ...doc,
  entity: 'conference',
});

/** Autosave's reads and writes of talks, through window.api. */
export const talkIo: AutosaveApi<PaneDoc<TalkMeta>, TalkPatch> = {
  write: (note, change) => api().library.updateTalk({ id: note.id, ...change }),
  read: async (note) => toTalkDoc(await api().library.readTalk({ id: note.id })),
  onChanged: (listener) => api().library.onChanged(listener),
};

/** The same for a conference's general notes. */
export const conferenceIo: AutosaveApi<PaneDoc<ConferenceMeta>, ConferencePatch> = {
  write: (note, change) => api().library.updateConference({ id: note.id, ...change }),
  read: async (note) => toConferenceDoc(await api().library.readConference({ id: note.id })),
  onChanged: (listener) => api().library.onChanged(listener),
};
