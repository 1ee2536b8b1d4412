import type { DomainHandlers } from '../../shared/ipc/define';
import type { searchContract } from '../../shared/ipc/search';
import type { CoreServices } from '../core/services';

/** The search domain: a straight mapping onto SearchService. */
export function createSearchHandlers({
  search,
}: CoreServices): DomainHandlers<typeof searchContract> {
  return {
    query: (request) => search.query(request),
    values: () => search.values(),
    talksBySpeaker: ({ name }) => search.talksBySpeaker(name),
    talksByTag: ({ tag }) => search.talksByTag(tag),
    status: () => search.status(),
    reindex: () => search.reindex(),
  };
}
