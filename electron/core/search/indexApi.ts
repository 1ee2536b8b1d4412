import type {
  IndexStatus,
  SearchFacets,
  SearchRequest,
  SearchResponse,
  TalkRef,
} from '../../../shared/search/types';
import type { TalkSource } from './documents';

/**
 * What the index offers its owner: IndexHost (indexHost.ts) serves it, on
 * the index worker over messages (workerClient.ts) or called directly.
 */
export interface IndexApi {
  open(): Promise<IndexStatus>;
  /** Brings the index in line with the library's talks: new, changed, moved, removed. */
  sync(sources: TalkSource[], reason?: string): Promise<IndexStatus>;
  /** Re-indexes one talk from the notes just saved. */
  upsert(source: TalkSource, body: string): Promise<void>;
  remove(id: string): Promise<void>;
  query(request: SearchRequest): Promise<SearchResponse>;
  /** Readies the loaded index for a first search without answering one (the app's launch). */
  warm(): Promise<void>;
  talks(filter: { speaker?: string; tag?: string }): Promise<TalkRef[]>;
  /** Every filter value in the library with its count, for the chips' menus. */
  values(): Promise<SearchFacets>;
  status(): Promise<IndexStatus>;
  /** Deletes everything and indexes `sources` from their files again. */
  rebuild(sources: TalkSource[]): Promise<IndexStatus>;
  save(): Promise<void>;
  close(): Promise<void>;
}
