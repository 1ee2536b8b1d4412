import git from 'isomorphic-git';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CoreError } from '../errors';
import { commitMessage, type ChangedFile } from './commitMessage';
import { removeGitTemporaries } from './gitFs';
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

  constructor(
    readonly dir: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.repo = new GitRepo(dir);
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
    await removeGitTemporaries(this.repo.gitdir);
    await writeIfMissing(join(this.dir, '.gitignore'), LIBRARY_GITIGNORE);
    await writeIfMissing(join(this.dir, LIBRARY_MARKER), LIBRARY_MARKER_TEXT);
    await this.repo.setConfig(CONFIG_ENABLED, true);
    if (!(await this.repo.head())) return this.firstCommit();
    return this.reconcile('Changes made while history was off');
  }

  async disable(): Promise<void> {
    if (await this.repo.exists()) await this.repo.setConfig(CONFIG_ENABLED, false);
  }

  /**
   * Commits the given paths (files or folders) as they are on disk now;
   * null when nothing changed. `reason` says why now (the message's body);
   * `subject` replaces the message's first line (a restore names itself).
   */
  async checkpoint(paths: string[], reason?: string, subject?: string): Promise<Checkpoint | null> {
    const head = await this.repo.head();
    const headTree = head ? (await this.repo.readCommit(head)).tree : null;
    const changes = await stagePaths(this.repo, headTree, paths);
    return this.commitChanges(head, headTree, changes, reason, subject);
  }

  /**
   * Commits whatever differs between the disk and the last version: changes
   * made while the app was closed, or left by a sync killed half-way. The
   * one full comparison of the tree, once at start, in this worker.
   */
  async reconcile(reason = 'Changes made outside Confnotes'): Promise<Checkpoint | null> {
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
   * Reads the newest commits and their top trees into the caches, so that
   * the first history the user opens reads few objects (the app calls it
   * after start-up, in the background).
   */
  async warm(commits = 300): Promise<number> {
    const seen = new Set<string>();
    const queue = [await this.repo.head()].filter((oid): oid is string => oid !== null);
    while (queue.length > 0 && seen.size < commits) {
      const oid = queue.shift()!;
      if (seen.has(oid)) continue;
      seen.add(oid);
      const commit = await this.repo.readCommit(oid);
      for (const entry of await this.repo.readTree(commit.tree)) {
        if (entry.type === 'tree') await this.repo.readTree(entry.oid);
      }
      queue.push(...commit.parents);
    }
    return seen.size;
  }

  async versions(path: string, id: string, limit?: number): Promise<NoteVersion[]> {
    return talkLog(this.repo, path, id, limit);
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

  async setRemote(url: string | null): Promise<void> {
    if (url) await git.addRemote({ ...this.repo.base, remote: 'origin', url, force: true });
    else await git.deleteRemote({ ...this.repo.base, remote: 'origin' }).catch(() => {});
  }

  /** Fetches the remote and plans the merge; null when there is nothing to bring in. */
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
    return planMerge(
      this.repo,
      await this.repo.head(),
      theirs,
      await this.signature(),
      this.clock(),
      remoteLabel(access.url),
    );
  }

  /** Once the library wrote a merge's files: the index takes them, HEAD moves to the merge. */
  async finishMerge(commit: string, written: string[]): Promise<void> {
    for (const path of written) await this.repo.stage(path);
    await this.repo.setHead(commit);
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
    const commit = await this.repo.writeCommit({
      tree,
      parents: head ? [head] : [],
      message,
      author: await this.signature(),
      at: this.clock(),
    });
    await this.repo.setHead(commit);
    return { commit, message: message.split('\n')[0], files: changes.size };
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
