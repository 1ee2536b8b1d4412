import type { DomainHandlers } from '../../shared/ipc/define';
import type { libraryContract } from '../../shared/ipc/library';
import type { CoreServices } from '../core/services';

/** The library domain: a straight mapping onto LibraryService. */
export function createLibraryHandlers({
  library,
}: CoreServices): DomainHandlers<typeof libraryContract> {
  return {
    list: () => library.list(),
    outline: () => library.outline(),
    talks: ({ conferenceIds }) => library.listTalks(conferenceIds),
    recent: ({ limit }) => library.recentTalks(limit),
    readTalk: ({ id }) => library.readTalk(id),
    readConference: ({ id }) => library.readConference(id),
    createConference: ({ meta, body }) => library.createConference(meta, body),
    createTalk: ({ conferenceId, meta, body }) => library.createTalk(conferenceId, meta, body),
    updateTalk: ({ id, baseRevision, meta, body }) =>
      library.updateTalk(id, { meta, body }, baseRevision),
    updateConference: ({ id, baseRevision, meta, body }) =>
      library.updateConference(id, { meta, body }, baseRevision),
    moveTalk: ({ id, conferenceId }) => library.moveTalk(id, conferenceId),
    deleteTalk: ({ id }) => library.deleteTalk(id),
    deleteConference: ({ id }) => library.deleteConference(id),
    listTrash: () => library.listTrash(),
    emptyTrash: () => library.emptyTrash(),
    restore: ({ trashId }) => library.restore(trashId),
    saveAsset: ({ talkId, fileName, dataBase64 }) =>
      library.saveAsset(talkId, fileName, Buffer.from(dataBase64, 'base64')),
  };
}
