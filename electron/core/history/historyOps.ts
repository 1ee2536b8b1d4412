import git from 'isomorphic-git';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CoreError } from '../errors';
import { CheckpointDigester } from './checkpointDigest';
import { commitMessage, type ChangedFile } from './commitMessage';
import { CommitDigests } from './commitDigests';
import { removeGitTemporaries } from './gitFs';
import { RepoLock, type RepoLockTimings } from './repoLock';
import {
  isLibraryFile,
  LIBRARY_GITIGNORE,
  LIBRARY_MARKER,
  LIBRARY_MARKER_TEXT,
  listLibraryFiles,
} from './gitignore';
import { GitRepo, type FileChanges, type Signature } from './gitRepo';
import { fetchBranch, pushBranch, remoteLabel, SyncError, type RemoteAccess } from './gitRemote';
import type { DiffLine } from '../../../shared/history';
import { splitFrontMatter } from '../../../shared/markdown/frontMatter';
import { noteDiff } from './noteDiff';
import { stagePaths } from './stager';
import { planMerge, type MergePlan } from './syncMerge';
import { talkLog, type NoteVersion } from './talkLog';

export interface RepoState {
  /** The library has a git repository. */
  repository: boolean;
  /** Confnotes commits to it (per library, in the repository's own config). */
  enabled: boolean;
  remote: string | null;
  head: string | null;
}

export interface Checkpoint {
  commit: string;
  message: string;
  files: number;
}

const CONFIG_ENABLED = 'confnotes.history';
const DEFAULT_AUTHOR: Signature = { name: 'Confnotes', email: 'confnotes@localhost' };

/**
 * Everything history does with git, for one library. Runs in the history
 * worker thread (historyWorker.ts), one call at a time; plain async
 * functions, so tests can run them in-process too. Writes the working tree
 * only for its own files (.gitignore, .confnotes): notes reach the disk
 * through the library, on the main thread.
 */
export class HistoryOps {
  readonly repo: GitRepo;
  readonly digests: CommitDigests;
  /** Held while anything is committed: the app, the command line and git commit one at a time. */
  readonly lock: RepoLock;
  private readonly digester: CheckpointDigester;

  constructor(
    readonly dir: string,
    private readonly clock: () => Date = () => new Date(),
    lockTimings?: Partial<RepoLockTimings>,
  ) {
    this.repo = new GitRepo(dir);
    this.lock = new RepoLock(this.repo.gitdir, lockTimings);
    this.digests = new CommitDigests(this.repo);
    this.digester = new CheckpointDigester(this.repo, this.digests);
  }

  async state(): Promise<RepoState> {
    if (!(await this.repo.exists())) {
      return { repository: false, enabled: false, remote: null, head: null };
    }
    const enabled = (await this.repo.getConfig(CONFIG_ENABLED)) === true;
    const remote = (await this.repo.getConfig('remote.origin.url')) as string | undefined;
    return { repository: true, enabled, remote: remote ?? null, head: await this.repo.head() };
  }

  /**
   * Turns history on: a repository (an existing one is adopted as it is),
   * the .gitignore and marker, and a first version of everything not yet
   * committed: the whole library the first time.
   */
  async enable(): Promise<Checkpoint | null> {
    await this.repo.init();
    return this.lock.run(() => this.enableLocked());
  }

  private async enableLocked(): Promise<Checkpoint | null> {
    await removeGitTemporaries(this.repo.gitdir);
    await writeIfMissing(join(this.dir, '.gitignore'), LIBRARY_GITIGNORE);
    await writeIfMissing(join(this.dir, LIBRARY_MARKER), LIBRARY_MARKER_TEXT);
    await this.repo.setConfig(CONFIG_ENABLED, true);
    if (!(await this.repo.head())) return this.firstCommit();
    return this.reconcile('Changes made while history was off');
  }

  async disable(): Promise<void> {
    if (!(await this.repo.exists())) return;
    await this.lock.run(() => this.repo.setConfig(CONFIG_ENABLED, false));
  }

  /**
   * Commits the given paths (files or folders) as they are on disk now;
   * null when nothing changed. `reason` says why now (the message's body);
   * `subject` replaces the message's first line (a restore names itself).
   */
  checkpoint(paths: string[], reason?: string, subject?: string): Promise<Checkpoint | null> {
    return this.lock.run(async () => {
      const head = await this.repo.head();
      const headTree = head ? (await this.repo.readCommit(head)).tree : null;
      const changes = await stagePaths(this.repo, headTree, paths);
      return this.commitChanges(head, headTree, changes, reason, subject);
    });
  }

  /**
   * Commits whatever differs between the disk and the last version: changes
   * made while the app was closed, or left by a sync killed half-way. The
   * one full comparison of the tree, once at start, in this worker.
   */
  reconcile(reason = 'Changes made outside Confnotes'): Promise<Checkpoint | null> {
    return this.lock.run(() => this.reconcileLocked(reason));
  }

  private async reconcileLocked(reason: string): Promise<Checkpoint | null> {
    await removeGitTemporaries(this.repo.gitdir);
    // Tracked files whose disk text or index entry differs from the last version (an index
    // a killed commit left ahead of HEAD included), then library files not yet tracked:
    // isomorphic-git's .gitignore reading would hide those (see gitignore.ts).
    const rows = await git.statusMatrix({ ...this.repo.base });
    const tracked = new Set(rows.filter(([, head]) => head === 1).map(([path]) => path));
    const paths = rows
      .filter(([path, head, workdir, stage]) =>
        head === 1 ? !(workdir === 1 && stage === 1) : isLibraryFile(path),
      )
      .map(([path]) => path);
    for (const path of await listLibraryFiles(this.dir)) {
      if (!tracked.has(path)) paths.push(path);
    }
    return this.checkpoint(paths, reason);
  }

  /**
   * Digests the commits no checkpoint digested (pulled ones, the user's own
   * git commits), newest first, at most `limit` of them, so that no history
   * has to read their trees (the app calls it after start-up and after a
   * pull, in the background). Returns how many it digested.
   */
  async digest(limit = 2000): Promise<number> {
    await this.digests.refresh();
    const seen = new Set<string>();
    const queue = [await this.repo.head()].filter((oid): oid is string => oid !== null);
    let digested = 0;
    while (queue.length > 0 && digested < limit) {
      const oid = queue.pop()!;
      if (seen.has(oid)) continue;
      seen.add(oid);
      const known = this.digests.has(oid);
      const digest = await this.digests.commit(oid);
      if (!known) {
        digested++;
        if (digest.changes[0]) await this.digester.countWords(digest.changes[0]);
      }
      queue.push(...digest.parents);
    }
    return digested;
  }

  async versions(path: string, id: string, limit?: number): Promise<NoteVersion[]> {
    return talkLog(this.repo, this.digests, path, id, limit);
  }

  /** The note's bytes at a version (a commit id, or a unique prefix of one among its versions). */
  async versionText(
    path: string,
    id: string,
    version: string,
  ): Promise<{ version: NoteVersion; bytes: Uint8Array }> {
    const versions = await this.versions(path, id);
    const matches = versions.filter((v) => v.version.startsWith(version.toLowerCase()));
    if (matches.length !== 1) {
      throw new CoreError(
        'not-found',
        matches.length === 0
          ? `No version ${version} in this note's history.`
          : `${version} names ${matches.length} versions; give more of it.`,
      );
    }
    return { version: matches[0], bytes: await this.repo.readBlob(matches[0].blob) };
  }

  async diff(path: string, id: string, version: string, now: string): Promise<DiffLine[]> {
    const { bytes } = await this.versionText(path, id, version);
    return noteDiff(withoutStamp(Buffer.from(bytes).toString('utf8')), withoutStamp(now));
  }

  setRemote(url: string | null): Promise<void> {
    return this.lock.run(async () => {
      if (url) await git.addRemote({ ...this.repo.base, remote: 'origin', url, force: true });
      else await git.deleteRemote({ ...this.repo.base, remote: 'origin' }).catch(() => {});
    });
  }

  /**
   * Fetches the remote and plans the merge; null when there is nothing to
   * bring in. A plan comes back with the repository locked (no one may
   * commit between the merge and HEAD moving to it): finishMerge, then
   * `release`, always, when the merge is done or abandoned.
   */
  async pull(access: RemoteAccess): Promise<MergePlan | null> {
    const branch = await this.repo.branch();
    // The remote's tracking branch (origin/main) needs the remote in the config, as git has it.
    if ((await this.repo.getConfig('remote.origin.url')) !== access.url) {
      await this.setRemote(access.url);
    }
    const theirs = await fetchBranch(this.repo, access, branch);
    if (!theirs) return null;
    const theirsTree = (await this.repo.readCommit(theirs)).tree;
    if (!(await this.repo.entryAt(theirsTree, LIBRARY_MARKER))) {
      throw new SyncError(
        'not-a-library',
        `${remoteLabel(access.url)} is not a Confnotes library: its history has no ${LIBRARY_MARKER} file. Use an empty repository, or one another Confnotes synced.`,
      );
    }
    await this.lock.acquire();
    try {
      const plan = await planMerge(
        this.repo,
        await this.repo.head(),
        theirs,
        await this.signature(),
        this.clock(),
        remoteLabel(access.url),
      );
      if (!plan) await this.lock.release();
      return plan;
    } catch (error) {
      await this.lock.release();
      throw error;
    }
  }

  /** Once the library wrote a merge's files: the index takes them, HEAD moves to the merge. */
  finishMerge(commit: string, written: string[]): Promise<void> {
    return this.lock.run(async () => {
      for (const path of written) await this.repo.stage(path);
      await this.repo.setHead(commit);
    });
  }

  /** Lets go of the lock a pull's plan held (nothing when none is held). */
  async release(): Promise<void> {
    if (this.lock.held) await this.lock.release();
  }

  async push(access: RemoteAccess): Promise<void> {
    await pushBranch(this.repo, access, await this.repo.branch());
  }

  /** The whole library, as the first version. */
  private async firstCommit(): Promise<Checkpoint | null> {
    const files = await listLibraryFiles(this.dir);
    const changes = await stagePaths(this.repo, null, files);
    const notes = files.filter((f) => f.endsWith('.md') && !f.startsWith('.trash/')).length;
    return this.commitChanges(
      null,
      null,
      changes,
      undefined,
      `Confnotes history begins: ${notes} note${notes === 1 ? '' : 's'}`,
    );
  }

  private async commitChanges(
    head: string | null,
    headTree: string | null,
    changes: FileChanges,
    reason?: string,
    subject?: string,
  ): Promise<Checkpoint | null> {
    if (changes.size === 0) return null;
    const tree = (await this.repo.updateTree(headTree, changes)) ?? (await this.repo.emptyTree());
    const described: ChangedFile[] = [...changes].map(([path, file]) => ({
      path,
      removed: file === null,
      bytes: async () => {
        if (file) return this.repo.readBlob(file.oid);
        const before = headTree ? await this.repo.entryAt(headTree, path) : null;
        return before ? this.repo.readBlob(before.oid) : null;
      },
    }));
    const message = subject
      ? `${subject}\n${reason ? `\n${reason}\n` : ''}`
      : await commitMessage(described, reason);
    const at = this.clock();
    const commit = await this.repo.writeCommit({
      tree,
      parents: head ? [head] : [],
      message,
      author: await this.signature(),
      at,
    });
    await this.repo.setHead(commit);
    const firstLine = message.split('\n')[0];
    // Only a shortcut for reading history later: a checkpoint never fails for it.
    await this.digester
      .digest({ oid: commit, parent: head, at, subject: firstLine }, headTree, changes)
      .catch(() => {});
    return { commit, message: firstLine, files: changes.size };
  }

  /** The repository's user.name and user.email when set (a user's own repository), else Confnotes. */
  private async signature(): Promise<Signature> {
    const name = (await this.repo.getConfig('user.name')) as string | undefined;
    const email = (await this.repo.getConfig('user.email')) as string | undefined;
    return { name: name || DEFAULT_AUTHOR.name, email: email || DEFAULT_AUTHOR.email };
  }
}

/** A note without its `updated:` line: every save changes it, and a reader learns nothing from it. */
function withoutStamp(text: string): string {
  const { yaml, body } = splitFrontMatter(text);
  if (yaml === null) return text;
  return `---\n${yaml.replace(/^updated:.*\n?/m, '')}---\n\n${body}`;
}

async function writeIfMissing(path: string, text: string): Promise<void> {
  const current = await readFile(path, 'utf8').catch(() => null);
  if (current === null) await writeFile(path, text, { flag: 'wx' }).catch(() => {});
}
