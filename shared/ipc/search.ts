import { z } from 'zod';
import { TalkKindSchema } from '../schemas';
import type { IndexStatus, SearchFacets, SearchResponse, TalkRef } from '../search/types';
import { call, event } from './define';

export type {
  IndexStatus,
  SearchFacets,
  SearchHit,
  SearchResponse,
  TalkRef,
} from '../search/types';

const Text = z.string().min(1).max(500);

/** Filters from chips or flags; the same keys as the query language's `key:value`. */
const SearchFiltersSchema = z.object({
  conference: z.array(Text).max(50).optional(),
  year: z.array(z.number().int().min(1900).max(2200)).max(50).optional(),
  speaker: z.array(Text).max(50).optional(),
  tag: z.array(Text).max(50).optional(),
  kind: z.array(TalkKindSchema).max(10).optional(),
  open: z.boolean().optional(),
  in: z
    .array(z.enum(['slides', 'notes']))
    .max(2)
    .optional(),
});

/**
 * Search (issue 4). Queries use the language of `shared/search/queryParser`
 * (`speaker:"Liz Fong-Jones" slo`, `tag:security year:2022`, `"exact phrase"`,
 * `-excluded`, `conference:`, `kind:`, `is:open`). Hits carry a snippet with
 * highlight offsets and `match.textOffset`/`match.occurrence`, the place of the
 * best match in the note's plain text, for opening the talk scrolled to it.
 */
export const searchContract = {
  /** One page of hits, best first (filter-only queries: newest conference first). */
  query: call<SearchResponse>()(
    z.object({
      query: z.string().max(1000),
      filters: SearchFiltersSchema.optional(),
      limit: z.number().int().min(1).max(500).optional(),
      offset: z.number().int().min(0).max(100_000).optional(),
      /** Also count the matching talks per conference, year, speaker, tag and kind. */
      facets: z.boolean().optional(),
    }),
  ),
  /** Every filter value in the library with its number of talks: the chips' menus. */
  values: call<SearchFacets>()(z.object({})),
  /** The speaker view: every talk by this speaker across all conferences, oldest first. */
  talksBySpeaker: call<TalkRef[]>()(z.object({ name: Text })),
  /** The tag view: every talk with this tag (its own or its conference's), oldest first. */
  talksByTag: call<TalkRef[]>()(z.object({ tag: Text })),
  status: call<IndexStatus>()(z.object({})),
  /** Throws the index away and builds it again; progress comes as `onIndexProgress`. */
  reindex: call<IndexStatus>()(z.object({})),
  /** The index's state while it loads or builds (and once more when ready). */
  onIndexProgress: event<IndexStatus>(),
};
