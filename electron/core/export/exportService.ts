import { readFile } from 'node:fs/promises';
import type {
  ExportFileEntry,
  ExportFlavor,
  ExportPreview,
  ExportProgress,
  ExportRequest,
  ExportResult,
  ExportWarning,
} from '../../../shared/ipc/export';
import type { LibraryService } from '../library/types';
import { Destination, existsError } from './destination';
import { imageKind } from './imageFiles';
import { planExport, type ExportPlan } from './exportPlan';
import { renderTalkNote } from './talkNote';

export type ProgressListener = (progress: ExportProgress) => void;

/** Files written at once: enough to overlap disk waits, few enough to leave the machine usable. */
const PARALLEL_WRITES = 8;

/**
 * Exports notes as Markdown: one talk, a conference as a post or a folder,
 * or the whole library. Reads only through the library; writes only into the
 * destination, and only after checking that nothing there would be replaced
 * without `force`.
 */
export class ExportService {
  private readonly listeners = new Set<ProgressListener>();

  constructor(private readonly library: LibraryService) {}

  /** Subscribes to progress of every run; returns the unsubscribe function. */
  onProgress(listener: ProgressListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A talk as Markdown for the clipboard; image links stay as they are in the library. */
  async talkMarkdown(
    talkId: string,
    flavor: ExportFlavor = 'plain',
    keepHtml = false,
  ): Promise<{ markdown: string; warnings: ExportWarning[] }> {
    const talk = await this.library.readTalk(talkId);
    const conference = await this.library.readConference(talk.conferenceId);
    const warnings = talk.problems.map((problem): ExportWarning => ({
      code: 'note-problem',
      message: `${talk.path}: ${problem}`,
      notePath: talk.path,
    }));
    const markdown = await renderTalkNote({
      talk,
      conference: conference.meta,
      flavor,
      notePath: 'talk.md',
      publish: { keepHtml, warnings },
    });
    return { markdown, warnings };
  }

  /** What `run` would write and which of those files exist; writes nothing. */
  async preview(request: ExportRequest): Promise<ExportPreview> {
    const plan = await planExport(this.library, request);
    const destination = await Destination.open(plan.folder, false);
    return {
      destination: destination.root,
      files: await this.entries(plan, destination),
      warnings: plan.warnings,
      baseurl: plan.baseurl,
    };
  }

  /**
   * Runs the export. When a file to write exists and `force` is off, fails
   * with an `exists` error before writing anything.
   */
  async run(request: ExportRequest): Promise<ExportResult> {
    const emit = (phase: ExportProgress['phase'], done: number, total: number) => {
      for (const listener of this.listeners) listener({ runId: request.runId, phase, done, total });
    };
    const plan = await planExport(this.library, request, (done, total) =>
      emit('reading', done, total),
    );
    const destination = await Destination.open(plan.folder, true);
    const files = await this.entries(plan, destination);
    const overwritten = files.filter((file) => file.exists).map((file) => file.path);
    if (overwritten.length > 0 && !request.force) throw existsError(overwritten, destination.root);

    const existing = new Set(overwritten);
    const skipped = new Set<string>();
    const late: ExportWarning[] = [];
    const jobs: Array<() => Promise<void>> = [
      ...plan.notes.map(
        ({ path, text }) =>
          () =>
            destination.write(path, text, existing.has(path)),
      ),
      ...plan.images.map(({ from, to }) => async () => {
        const bytes = await readFile(from);
        // Checked when planned; checked again on the bytes copied, should the file change meanwhile.
        const kind = imageKind(bytes);
        if (!kind || kind === 'svg') {
          skipped.add(to);
          late.push({
            code: 'refused-image',
            message: `${to} was not copied: its source changed into something that is not an image during the export.`,
          });
          return;
        }
        await destination.write(to, bytes, existing.has(to));
      }),
    ];
    let done = 0;
    emit('writing', 0, jobs.length);
    await runLimited(jobs, PARALLEL_WRITES, () => emit('writing', ++done, jobs.length));
    emit('done', jobs.length, jobs.length);
    return {
      destination: destination.root,
      files: files.filter((file) => !skipped.has(file.path)),
      warnings: [...plan.warnings, ...late],
      baseurl: plan.baseurl,
      notes: plan.notes.length,
      images: plan.images.length - skipped.size,
      overwritten,
    };
  }

  private async entries(plan: ExportPlan, destination: Destination): Promise<ExportFileEntry[]> {
    const files: Array<Omit<ExportFileEntry, 'exists'>> = [
      ...plan.notes.map(({ path }) => ({ path, kind: 'note' as const })),
      ...plan.images.map(({ to }) => ({ path: to, kind: 'image' as const })),
    ];
    const exists: boolean[] = new Array<boolean>(files.length);
    await runLimited(
      files.map((file, index) => async () => {
        exists[index] = await destination.exists(file.path);
      }),
      PARALLEL_WRITES,
    );
    return files.map((file, index) => ({ ...file, exists: exists[index] }));
  }
}

/** Runs jobs with at most `limit` in flight; the first failure stops new ones and is thrown. */
async function runLimited(
  jobs: Array<() => Promise<void>>,
  limit: number,
  onDone = () => {},
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < jobs.length) {
      const job = jobs[next++];
      try {
        await job();
        onDone();
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
}
