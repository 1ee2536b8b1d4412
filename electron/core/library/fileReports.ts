import { ConflictError } from '../errors';
import type { CheckpointHandler, FilesListener } from './types';

/**
 * What the library tells history: which files it wrote, moved or removed
 * (and, from the watcher, which changed outside), and when a change the
 * user may want to undo is about to happen. A listener's failure never
 * breaks a save.
 */
export class FileReports {
  private readonly fileListeners = new Set<FilesListener>();
  private readonly checkpointHandlers = new Set<CheckpointHandler>();

  onFilesWritten(listener: FilesListener): () => void {
    this.fileListeners.add(listener);
    return () => this.fileListeners.delete(listener);
  }

  onCheckpoint(handler: CheckpointHandler): () => void {
    this.checkpointHandlers.add(handler);
    return () => this.checkpointHandlers.delete(handler);
  }

  async checkpoint(reason: string): Promise<void> {
    for (const handler of [...this.checkpointHandlers]) await handler(reason);
  }

  /** Files the app just wrote, moved or removed (a folder stands for all it holds). */
  wrote(...paths: string[]): void {
    this.tell(paths, 'app');
  }

  tell(paths: string[], origin: 'app' | 'outside'): void {
    if (paths.length === 0) return;
    for (const listener of this.fileListeners) {
      try {
        listener(paths, origin);
      } catch {
        // History must never break a save.
      }
    }
  }

  /** A save that meets a changed file writes the user's text to a conflict copy: that is a write too. */
  async reportingConflicts<T>(save: () => Promise<T>): Promise<T> {
    try {
      return await save();
    } catch (error) {
      if (error instanceof ConflictError) this.wrote(error.conflictPath);
      throw error;
    }
  }
}
