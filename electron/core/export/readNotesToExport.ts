import type { ExportScope, ExportWarning } from '../../../shared/ipc/export';
import type { ConferenceDocument, ConferenceSummary, TalkDocument } from '../../../shared/library';
import type { LibraryService } from '../library/types';

/** The notes an export covers, read through the library, in export order. */
export interface ExportSource {
  conferences: Array<{ conference: ConferenceDocument; talks: TalkDocument[] }>;
  warnings: ExportWarning[];
}

/**
 * Reads one talk, one conference or the whole library. Conferences come in
 * folder order and talks in the library's time order, so the export does not
 * depend on the order files happen to be listed in. Files with problems are
 * exported as they read, with a warning.
 */
export async function readNotesToExport(
  library: LibraryService,
  scope: ExportScope,
  onRead: (done: number, total: number) => void,
): Promise<ExportSource> {
  const warnings: ExportWarning[] = [];
  const noteProblems = (path: string, problems: string[]) => {
    for (const problem of problems) {
      warnings.push({ code: 'note-problem', message: `${path}: ${problem}`, notePath: path });
    }
  };

  if (scope.kind === 'talk') {
    const talk = await library.readTalk(scope.id);
    const conference = await library.readConference(talk.conferenceId);
    noteProblems(talk.path, talk.problems);
    onRead(1, 1);
    return { conferences: [{ conference, talks: [talk] }], warnings };
  }

  const tree = await library.list();
  let summaries: ConferenceSummary[];
  if (scope.kind === 'conference') {
    const wanted = await library.resolveConference(scope.id);
    summaries = tree.conferences.filter((summary) => summary.id === wanted.id);
  } else {
    summaries = [...tree.conferences].sort((a, b) => compare(a.folder, b.folder));
  }
  const total = summaries.reduce((sum, summary) => sum + summary.talks.length, 0);
  let done = 0;
  const conferences: ExportSource['conferences'] = [];
  for (const summary of summaries) {
    const conference = await library.readConference(summary.id);
    noteProblems(conference.path, conference.problems);
    // Read a conference's talks concurrently (the disk overlaps with parsing), keep their order.
    const talks = await mapConcurrently(summary.talks, READ_CONCURRENCY, async (entry) => {
      const talk = await library.readTalk(entry.id);
      onRead(++done, total);
      return talk;
    });
    for (const talk of talks) noteProblems(talk.path, talk.problems);
    conferences.push({ conference, talks });
  }
  return { conferences, warnings };
}

const READ_CONCURRENCY = 16;

async function mapConcurrently<T, R>(
  items: T[],
  width: number,
  map: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

/** Code-point order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
