import { readFile } from 'node:fs/promises';
import type {
  DiffLine,
  HistoryStatus,
  NoteVersionInfo,
  SyncReport,
  SyncState,
  VersionText,
} from '../../../shared/history';
import { splitFrontMatter } from '../../../shared/markdown/frontMatter';
import { CoreError, NotFoundError } from '../errors';
import { insideLibrary } from '../library/fileNames';
import { gitBlobId } from '../library/replaceFiles';
import type { LibraryService } from '../library/types';
import { CheckpointScheduler, type CheckpointTimings } from './checkpointScheduler';
import { splitRemoteUrl, tokenWhere, type SyncCredentials } from './credentials';
import { SyncError } from './gitRemote';
import { HistoryClient } from './historyClient';
import type { Checkpoint } from './historyOps';
import { readRepoConfig } from './repoConfig';
import { runSync } from './syncRun';

const HISTORY_OFF =
  'History is off for this library: turn it on in Preferences, or with `confnotes history on`.';

export interface HistoryOptions {
  library: LibraryService;
  credentials: SyncCredentials;
  timings?: CheckpointTimings;
  /** Sync on a timer while a remote is set (the app; never the command line). */
  syncEveryMs?: number;
  /** Commit what changed while the app was closed, once, after opening (the app). */
  reconcileOnOpen?: boolean;
  workerUrl?: URL;
  log?: (message: string) => void;
}

/**
 * History and sync for one library, on the main thread: it hears which
 * files the library wrote (and which changed outside), batches them into
 * checkpoints, and asks the history worker to commit; it reads versions,
 * restores them through the library, and syncs. Git's own work all runs in
 * the worker, and a checkpoint never touches the save path: a save only adds
 * its path to a set.
 */
export class HistoryService {
  private enabled = false;
  /** The library has a repository (history may be off now and its versions still readable). */
  private repository = false;
  private remote: string | null = null;
  /** Paths written since the last checkpoint, least recently written first. */
  private readonly dirty = new Set<string>();
  private readonly scheduler: CheckpointScheduler;
  private readonly client: HistoryClient;
  private readonly listeners = new Set<(status: HistoryStatus) => void>();
  private readonly stops: Array<() => void> = [];
  private queue: Promise<unknown> = Promise.resolve();
  private lastCheckpoint: HistoryStatus['lastCheckpoint'] = null;
  private syncState: SyncState = { state: 'never' };
  private syncTimer: NodeJS.Timeout | null = null;
  private closed = false;

  private constructor(private readonly options: HistoryOptions) {
    const root = options.library.root;
    this.client = new HistoryClient(root, options.workerUrl);
    this.scheduler = new CheckpointScheduler(
      () => void this.checkpointNow().catch((error: unknown) => this.warn(error)),
      options.timings,
    );
    this.stops.push(
      options.library.onFilesWritten((paths) => this.touched(paths)),
      options.library.onCheckpoint((reason) => this.checkpointNow(reason).then(() => {})),
    );
  }

  static async open(options: HistoryOptions): Promise<HistoryService> {
    const service = new HistoryService(options);
    const config = await readRepoConfig(options.library.root);
    service.enabled = config.enabled;
    service.repository = config.repository;
    service.remote = config.remote;
    if (service.enabled && options.reconcileOnOpen) {
      void service
        .serial(() => service.client.api.reconcile())
        .then((done) => {
          service.checkpointed(done);
          // Commits no checkpoint digested (pulled, or made with git): no history reads their trees.
          return service.serial(() => service.client.api.digest());
        })
        .catch((error: unknown) => service.warn(error));
    }
    service.armSyncTimer();
    return service;
  }

  async status(): Promise<HistoryStatus> {
    const token = this.remote ? await this.options.credentials.token(this.remote) : undefined;
    return {
      enabled: this.enabled,
      remote: this.remote,
      token: token ? this.options.credentials.kind : 'none',
      pending: this.dirty.size,
      lastCheckpoint: this.lastCheckpoint,
      sync: this.syncState,
    };
  }

  onStatus(listener: (status: HistoryStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Turns history on (the first version of the whole library) or off (history is kept). */
  async setEnabled(on: boolean): Promise<HistoryStatus> {
    await this.serial(async () => {
      if (!on) {
        await this.client.api.disable();
        this.enabled = false;
        return;
      }
      // On before the first version is made, so that a save meanwhile waits for the next one.
      this.enabled = true;
      try {
        this.checkpointed(await this.client.api.enable());
        this.repository = true;
      } catch (error) {
        this.enabled = false;
        throw error;
      }
    });
    this.armSyncTimer();
    this.announce();
    return this.status();
  }

  async versions(noteId: string, limit?: number): Promise<NoteVersionInfo[]> {
    this.requireRepository();
    // What was saved a moment ago is the newest version, not a change waiting for one.
    await this.checkpointNow();
    const note = await this.note(noteId);
    const versions = await this.client.api.versions(note.path, note.id, limit);
    return versions.map(({ version, date, message, added, removed }) => ({
      version,
      date,
      message,
      added,
      removed,
    }));
  }

  async version(noteId: string, version: string): Promise<VersionText> {
    this.requireRepository();
    const note = await this.note(noteId);
    const found = await this.client.api.versionText(note.path, note.id, version);
    const text = Buffer.from(found.bytes).toString('utf8');
    const { version: v, date, message, added, removed } = found.version;
    return {
      version: { version: v, date, message, added, removed },
      text,
      body: splitFrontMatter(text).body,
    };
  }

  /** The difference from a version to the note as it is now. */
  async diff(noteId: string, version: string): Promise<DiffLine[]> {
    this.requireRepository();
    const note = await this.note(noteId);
    const now = await readFile(insideLibrary(this.options.library.root, note.path), 'utf8');
    return this.client.api.diff(note.path, note.id, version, now);
  }

  /**
   * Makes a version the note's text again, as a new version: the text it
   * replaces is committed first, so nothing is lost, and an edit that slips
   * in meanwhile is kept beside the note as a conflict copy.
   */
  async restore(noteId: string, version: string): Promise<{ version: string | null }> {
    this.requireEnabled();
    const note = await this.note(noteId);
    const done = await this.serial(async () => {
      await this.commitDirty('Before a restore');
      const found = await this.client.api.versionText(note.path, note.id, version);
      const current = await readFile(insideLibrary(this.options.library.root, note.path)).catch(
        () => null,
      );
      await this.options.library.replaceFiles([
        { path: note.path, bytes: found.bytes, expected: current ? gitBlobId(current) : null },
      ]);
      const when = found.version.date.slice(0, 16).replace('T', ' ');
      return this.client.api.checkpoint(
        [note.path],
        `Restored from version ${found.version.version.slice(0, 10)} (${found.version.message}).`,
        `Restored: ${note.title} as of ${when} UTC`,
      );
    });
    this.checkpointed(done);
    return { version: done?.commit ?? null };
  }

  /** Sets (or with an empty URL removes) the remote; a token given, or found in the URL, is stored. */
  async setRemote(rawUrl: string, token?: string): Promise<HistoryStatus> {
    this.requireEnabled();
    if (!rawUrl.trim()) {
      await this.serial(() => this.client.api.setRemote(null));
      this.remote = null;
    } else {
      const { url, token: inUrl } = splitRemoteUrl(rawUrl);
      await this.serial(() => this.client.api.setRemote(url));
      this.remote = url;
      const given = token ?? inUrl;
      if (given !== undefined) await this.options.credentials.store(url, given || null);
    }
    this.armSyncTimer();
    this.announce();
    return this.status();
  }

  /** Pull, then push; offline and refusals come back as the report, never thrown. */
  async sync(remoteUrl?: string): Promise<SyncReport> {
    let tokenGiven = false;
    try {
      if (!this.enabled) throw new SyncError('off', HISTORY_OFF);
      if (remoteUrl) await this.setRemote(remoteUrl);
      if (!this.remote) {
        throw new SyncError(
          'no-remote',
          'No remote is set: give the URL of a git repository first.',
        );
      }
      const access = { url: this.remote, token: await this.options.credentials.token(this.remote) };
      tokenGiven = Boolean(access.token);
      this.syncState = { state: 'syncing' };
      this.announce();
      const report = await this.serial(async () => {
        await this.commitDirty('Before a sync');
        const done = await runSync(this.client.api, this.options.library, access);
        if (done.kept.length > 0) {
          this.checkpointed(await this.client.api.checkpoint(done.kept, 'Kept after a sync'));
        }
        return done;
      });
      if (report.pulled > 0) {
        // The pulled commits' digests, in the background: the next history opened reads no trees.
        void this.serial(() => this.client.api.digest()).catch((e: unknown) => this.warn(e));
      }
      this.syncState = {
        state: 'synced',
        at: new Date().toISOString(),
        message: report.message,
        conflicts: report.conflicts,
      };
      this.announce();
      return { outcome: 'synced', ...report };
    } catch (error) {
      if (!(error instanceof SyncError)) throw error;
      const offline = error.problem === 'offline';
      const message =
        error.problem === 'auth' && !tokenGiven
          ? `${error.message} ${tokenWhere(this.options.credentials.kind)}`
          : error.message;
      this.syncState = {
        state: offline ? 'offline' : 'failed',
        at: new Date().toISOString(),
        message,
        problem: error.problem,
      };
      this.announce();
      return {
        outcome: offline ? 'offline' : 'failed',
        problem: error.problem,
        message,
        pulled: 0,
        pushed: false,
        conflicts: [],
      };
    }
  }

  /** Commits every file written since the last checkpoint; null when none changed. */
  checkpointNow(reason?: string): Promise<Checkpoint | null> {
    return this.serial(() => this.commitDirty(reason));
  }

  /** The last checkpoint (on quit, or at the command line's end), then the worker stops. */
  async close(): Promise<void> {
    if (this.syncTimer) clearInterval(this.syncTimer);
    this.stops.forEach((stop) => stop());
    await this.checkpointNow('On quit').catch((error: unknown) => this.warn(error));
    this.closed = true;
    this.scheduler.cancel();
    await this.queue.catch(() => {});
    await this.client.close();
  }

  // ----- internals -----

  private touched(paths: string[]): void {
    if (!this.enabled || this.closed) return;
    for (const path of paths) {
      this.dirty.delete(path);
      this.dirty.add(path);
    }
    this.scheduler.touch();
  }

  /** The checkpoint itself; runs in the queue. */
  private async commitDirty(reason?: string): Promise<Checkpoint | null> {
    this.scheduler.cancel();
    if (!this.enabled || this.dirty.size === 0) return null;
    const paths = [...this.dirty].reverse();
    this.dirty.clear();
    try {
      const done = await this.client.api.checkpoint(paths, reason);
      this.checkpointed(done);
      return done;
    } catch (error) {
      for (const path of paths.reverse()) this.dirty.add(path);
      if (!this.closed) this.scheduler.touch();
      throw error;
    }
  }

  private checkpointed(done: Checkpoint | null): void {
    if (!done) return;
    this.lastCheckpoint = { at: new Date().toISOString(), message: done.message };
    this.announce();
  }

  private announce(): void {
    if (this.listeners.size === 0) return;
    void this.status().then((status) => this.listeners.forEach((listener) => listener(status)));
  }

  private armSyncTimer(): void {
    if (this.syncTimer) clearInterval(this.syncTimer);
    this.syncTimer = null;
    const every = this.options.syncEveryMs;
    if (!every || !this.enabled || !this.remote) return;
    this.syncTimer = setInterval(() => {
      if (this.syncState.state !== 'syncing') void this.sync().catch((e: unknown) => this.warn(e));
    }, every);
    this.syncTimer.unref?.();
  }

  private requireEnabled(): void {
    if (!this.enabled) throw new CoreError('invalid-input', HISTORY_OFF);
  }

  private requireRepository(): void {
    if (!this.repository) throw new CoreError('invalid-input', HISTORY_OFF);
  }

  private async note(noteId: string): Promise<{ id: string; path: string; title: string }> {
    const library = this.options.library;
    const doc = await library.readTalk(noteId).catch(async (error: unknown) => {
      if (!(error instanceof NotFoundError)) throw error;
      return library.readConference(noteId).catch((missing: unknown) => {
        // Neither: name what was looked for, not the last place looked.
        throw missing instanceof NotFoundError
          ? new NotFoundError('talk or conference', noteId)
          : missing;
      });
    });
    return { id: doc.id, path: doc.path, title: doc.meta.title };
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => {});
    return run;
  }

  private warn(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    (this.options.log ?? ((m: string) => console.warn(`confnotes history: ${m}`)))(message);
  }
}
