import { z } from 'zod';
import { call, event } from './define';

// Owned by the search work (issue 4): extend freely.
export interface SearchHit {
  talkId: string;
  conferenceId: string;
  title: string;
  conference: string;
  speakers: string[];
  score: number;
  /** Plain text around the best match. */
  snippet: string;
  /** [start, end) offsets of matched terms inside `snippet`. */
  highlights: Array<[number, number]>;
}

export const searchContract = {
  query: call<{ hits: SearchHit[]; total: number }>()(
    z.object({ query: z.string().max(1000), limit: z.number().int().min(1).max(500).optional() }),
  ),
  onIndexProgress: event<{ done: number; total: number }>(),
};
