import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { open, readFile, stat, unlink, utimes } from 'node:fs/promises';

/** git's own lock on the index: every git, and every Confnotes, commits while holding it. */
export const LOCK_FILE = 'index.lock';

export interface RepoLockTimings {
  /** How long to wait for another committer before giving up with a clear error. */
  waitMs: number;
  /** A lock of ours whose holder stopped refreshing it for this long is stale. */
  staleMs: number;
  /** How often a holder refreshes its lock's time. */
  heartbeatMs: number;
}

const DEFAULT_TIMINGS: RepoLockTimings = { waitMs: 30_000, staleMs: 30_000, heartbeatMs: 5_000 };
const MARK = 'confnotes-lock';

/**
 * One committer at a time in a repository, across processes (the app, the
 * command line, the real git), by git's own convention: whoever creates
 * `.git/index.lock` (exclusively) may write the index and move the branch;
 * everyone else waits. git refuses to commit while we hold it; we wait while
 * git holds it.
 *
 * A lock of ours says who holds it (process, host) and is touched while held:
 * one whose process is gone, or untouched for `staleMs` (a worker thread
 * stopped mid-commit, another machine), is taken over. A lock git left
 * (its partial index) is never removed: after `waitMs` the error names it.
 *
 * Reentrant within one holder: a sync holds it from planning its merge to
 * moving the branch, across the calls that write the merged files.
 */
export class RepoLock {
  readonly path: string;
  private holds = 0;
  private token: string | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private readonly timings: RepoLockTimings;

  constructor(gitdir: string, timings: Partial<RepoLockTimings> = {}) {
    this.path = join(gitdir, LOCK_FILE);
    this.timings = { ...DEFAULT_TIMINGS, ...timings };
  }

  get held(): boolean {
    return this.holds > 0;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      await this.release();
    }
  }

  async acquire(): Promise<void> {
    if (this.holds > 0) {
      this.holds++;
      return;
    }
    const deadline = Date.now() + this.timings.waitMs;
    const token = `${MARK} ${process.pid} ${hostname()} ${randomBytes(6).toString('hex')}\n`;
    for (let pause = 10; ; pause = Math.min(pause * 2, 250)) {
      if (await this.create(token)) break;
      if (await this.takeOverStale()) continue;
      if (Date.now() >= deadline) throw await this.busyError();
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
    this.holds = 1;
    this.token = token;
    this.heartbeat = setInterval(() => {
      const now = new Date();
      void utimes(this.path, now, now).catch(() => {});
    }, this.timings.heartbeatMs);
    this.heartbeat.unref?.();
  }

  async release(): Promise<void> {
    if (this.holds === 0 || --this.holds > 0) return;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    const token = this.token;
    this.token = null;
    // Only our own: never a lock someone took over from us after we stalled.
    if ((await readFile(this.path, 'utf8').catch(() => null)) === token) {
      await unlink(this.path).catch(() => {});
    }
  }

  private async create(token: string): Promise<boolean> {
    try {
      const handle = await open(this.path, 'wx');
      try {
        await handle.writeFile(token);
      } finally {
        await handle.close();
      }
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  }

  /** Removes a lock of ours whose holder is gone; true when it did. */
  private async takeOverStale(): Promise<boolean> {
    const text = await readFile(this.path, 'utf8').catch(() => null);
    if (text === null) return true; // released meanwhile: try again at once
    const [mark, pid, host] = text.trim().split(' ');
    if (mark !== MARK) return false;
    const info = await stat(this.path).catch(() => null);
    const untouched = info ? Date.now() - info.mtimeMs > this.timings.staleMs : true;
    const gone = host === hostname() && !processAlive(Number(pid));
    if (!untouched && !gone) return false;
    // Read again just before: a holder that took it over meanwhile keeps it.
    if ((await readFile(this.path, 'utf8').catch(() => null)) !== text) return true;
    await unlink(this.path).catch(() => {});
    return true;
  }

  private async busyError(): Promise<Error> {
    const text = await readFile(this.path, 'utf8').catch(() => '');
    const info = await stat(this.path).catch(() => null);
    const since = info ? ` since ${new Date(info.mtimeMs).toLocaleTimeString()}` : '';
    const who = text.startsWith(MARK)
      ? `another Confnotes (process ${text.split(' ')[1]}) is committing`
      : 'another git program holds its lock';
    return new Error(
      `The library's history is busy: ${who} (${this.path}${since}). Try again in a moment; if no git or Confnotes is running, remove that file.`,
    );
  }
}

function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
