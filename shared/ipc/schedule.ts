import { z } from 'zod';
import { call } from './define';

// Owned by the schedule work (issue 7): extend freely.
export const scheduleContract = {
  now: call<{ now: string[]; next: string[] }>()(
    z.object({ conferenceId: z.string().min(1).max(64), at: z.string().max(40).optional() }),
  ),
};
