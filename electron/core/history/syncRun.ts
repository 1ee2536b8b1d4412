import type { LibraryService } from '../library/types';
import { remoteLabel, SyncError, type RemoteAccess } from './gitRemote';
import type { HistoryApi } from './historyProtocol';

export interface SyncRunReport {
  message: string;
  pulled: number;
  pushed: boolean;
  conflicts: string[];
  /** Files the sync left as the user had them (written since the last checkpoint); commit them next. */
  kept: string[];
}

/** A remote that moved on between our pull and our push is pulled again, this many times. */
const ATTEMPTS = 3;

/**
 * One sync: pull (fetch, then merge into a new commit, never a rebase),
 * write the merge's files through the library, move HEAD, push. The caller
 * holds history's queue, so no checkpoint commits in between.
 */
export async function runSync(
  api: HistoryApi,
  library: LibraryService,
  access: RemoteAccess,
): Promise<SyncRunReport> {
  for (let attempt = 1; ; attempt++) {
    const plan = await api.pull(access);
    const report: SyncRunReport = {
      message: '',
      pulled: 0,
      pushed: false,
      conflicts: [],
      kept: [],
    };
    if (plan) {
      // The plan holds the repository's lock: released however the merge ends.
      try {
        const outcome = await library.replaceFiles(plan.changes);
        await api.finishMerge(plan.commit, outcome.replaced);
        report.pulled = plan.changes.length;
        report.conflicts = [...plan.conflicts, ...outcome.keptBeside];
        report.kept = [...outcome.kept, ...outcome.keptBeside];
      } finally {
        await api.release();
      }
    }
    try {
      await api.push(access);
    } catch (error) {
      if (error instanceof SyncError && error.problem === 'rejected' && attempt < ATTEMPTS)
        continue;
      throw error;
    }
    report.pushed = true;
    report.message = describe(remoteLabel(access.url), report);
    return report;
  }
}

function describe(where: string, report: SyncRunReport): string {
  const parts = [`Synced with ${where}`];
  parts.push(
    report.pulled === 0
      ? 'nothing new there'
      : `${report.pulled} file${report.pulled === 1 ? '' : 's'} taken in`,
  );
  if (report.conflicts.length > 0) {
    parts.push(
      `both versions kept of ${report.conflicts.length} note${report.conflicts.length === 1 ? '' : 's'} changed on both sides (see the conflict copies)`,
    );
  }
  return `${parts.join(': ')}.`;
}
