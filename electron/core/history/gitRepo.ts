import git, { type TreeEntry } from 'isomorphic-git';
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { gitFs } from './gitFs';

/** A file as a tree holds it. */
export interface FileEntry {
  oid: string;
  mode: string;
}

/** New content by library-relative path; null removes the file. */
export type FileChanges = Map<string, FileEntry | null>;

export interface CommitInfo {
  oid: string;
  tree: string;
  parents: string[];
  message: string;
  /** Milliseconds since the epoch, from the committer line. */
  time: number;
}

export interface Signature {
  name: string;
  email: string;
}

const TREE_MODE = '040000';
const CACHE_LIMIT = 4000;

/**
 * The library's git repository, through isomorphic-git: the one module that
 * calls it (besides the network calls in gitRemote.ts). Commits and trees are
 * immutable, so they are kept in memory by oid; a talk's history reads the
 * same few trees again and again.
 */
export class GitRepo {
  readonly gitdir: string;
  /** isomorphic-git's own cache (the parsed index, pack indexes). */
  readonly cache: object = {};
  private readonly trees = new Map<string, TreeEntry[]>();
  private readonly commits = new Map<string, CommitInfo>();

  constructor(readonly dir: string) {
    this.gitdir = join(dir, '.git');
  }

  get base() {
    return { fs: gitFs, dir: this.dir, gitdir: this.gitdir, cache: this.cache };
  }

  async exists(): Promise<boolean> {
    return (await lstat(join(this.gitdir, 'HEAD')).catch(() => null)) !== null;
  }

  async init(): Promise<void> {
    if (!(await this.exists())) await git.init({ ...this.base, defaultBranch: 'main' });
  }

  async branch(): Promise<string> {
    return (await git.currentBranch({ ...this.base, fullname: false })) ?? 'main';
  }

  /** The commit HEAD points at; null in a repository with no commit yet. */
  async head(): Promise<string | null> {
    return git.resolveRef({ ...this.base, ref: 'HEAD' }).catch(() => null);
  }

  async setHead(oid: string): Promise<void> {
    await git.writeRef({
      ...this.base,
      ref: `refs/heads/${await this.branch()}`,
      value: oid,
      force: true,
    });
  }

  getConfig(path: string): Promise<unknown> {
    return git.getConfig({ ...this.base, path });
  }

  async setConfig(path: string, value: string | boolean | undefined): Promise<void> {
    await git.setConfig({ ...this.base, path, value });
  }

  async readCommit(oid: string): Promise<CommitInfo> {
    const known = this.commits.get(oid);
    if (known) return known;
    const { commit } = await git.readCommit({ ...this.base, oid });
    const info: CommitInfo = {
      oid,
      tree: commit.tree,
      parents: commit.parent,
      message: commit.message,
      time: commit.committer.timestamp * 1000,
    };
    remember(this.commits, oid, info);
    return info;
  }

  /** True when the object database holds this commit. */
  async hasCommit(oid: string): Promise<boolean> {
    return this.readCommit(oid).then(
      () => true,
      () => false,
    );
  }

  async readTree(oid: string): Promise<TreeEntry[]> {
    const known = this.trees.get(oid);
    if (known) return known;
    const { tree } = await git.readTree({ ...this.base, oid });
    remember(this.trees, oid, tree);
    return tree;
  }

  /** The entry at `path` in a tree, or null. */
  async entryAt(treeOid: string, path: string): Promise<TreeEntry | null> {
    let oid = treeOid;
    const parts = path.split('/');
    for (let i = 0; i < parts.length; i++) {
      const entry = (await this.readTree(oid)).find((e) => e.path === parts[i]);
      if (!entry) return null;
      if (i === parts.length - 1) return entry;
      if (entry.type !== 'tree') return null;
      oid = entry.oid;
    }
    return null;
  }

  /** Every file under a tree, by path relative to the library. */
  async filesUnder(treeOid: string, prefix = ''): Promise<Map<string, FileEntry>> {
    const files = new Map<string, FileEntry>();
    for (const entry of await this.readTree(treeOid)) {
      const path = prefix ? `${prefix}/${entry.path}` : entry.path;
      if (entry.type === 'tree') {
        for (const [inner, file] of await this.filesUnder(entry.oid, path)) files.set(inner, file);
      } else if (entry.type === 'blob') files.set(path, { oid: entry.oid, mode: entry.mode });
    }
    return files;
  }

  async readBlob(oid: string): Promise<Uint8Array> {
    return (await git.readBlob({ ...this.base, oid })).blob;
  }

  writeBlob(bytes: Uint8Array): Promise<string> {
    return git.writeBlob({ ...this.base, blob: bytes });
  }

  /**
   * Puts a file of the working tree into the index (its blob written, its
   * stat kept so the real git sees it clean) and returns its entry; a file
   * gone from the disk leaves the index and returns null.
   */
  async stage(path: string): Promise<FileEntry | null> {
    const info = await lstat(join(this.dir, path)).catch(() => null);
    if (!info || !(info.isFile() || info.isSymbolicLink())) {
      await git.updateIndex({ ...this.base, filepath: path, remove: true, force: true });
      return null;
    }
    const oid = await git.updateIndex({ ...this.base, filepath: path, add: true });
    if (!oid) throw new Error(`git could not stage ${path}.`);
    const mode = info.isSymbolicLink() ? '120000' : info.mode & 0o111 ? '100755' : '100644';
    return { oid, mode };
  }

  /**
   * Writes the tree that is `treeOid` with `changes` applied, rewriting only
   * the folders on the changed paths. Null for a tree left empty.
   */
  async updateTree(treeOid: string | null, changes: FileChanges): Promise<string | null> {
    const entries = new Map<string, TreeEntry>();
    if (treeOid) for (const entry of await this.readTree(treeOid)) entries.set(entry.path, entry);
    const below = new Map<string, FileChanges>();
    for (const [path, file] of changes) {
      const slash = path.indexOf('/');
      if (slash === -1) {
        if (file) entries.set(path, { path, oid: file.oid, mode: file.mode, type: 'blob' });
        else entries.delete(path);
        continue;
      }
      const name = path.slice(0, slash);
      if (!below.has(name)) below.set(name, new Map());
      below.get(name)!.set(path.slice(slash + 1), file);
    }
    for (const [name, inner] of below) {
      const current = entries.get(name);
      const oid = await this.updateTree(current?.type === 'tree' ? current.oid : null, inner);
      if (oid) entries.set(name, { path: name, oid, mode: TREE_MODE, type: 'tree' });
      else entries.delete(name);
    }
    if (entries.size === 0) return null;
    return git.writeTree({ ...this.base, tree: [...entries.values()] });
  }

  /** Writes the empty tree (every git knows its id, but fsck wants the object). */
  emptyTree(): Promise<string> {
    return git.writeTree({ ...this.base, tree: [] });
  }

  async writeCommit(options: {
    tree: string;
    parents: string[];
    message: string;
    author: Signature;
    at: Date;
  }): Promise<string> {
    const signature = {
      ...options.author,
      timestamp: Math.floor(options.at.getTime() / 1000),
      timezoneOffset: options.at.getTimezoneOffset(),
    };
    return git.writeCommit({
      ...this.base,
      commit: {
        tree: options.tree,
        parent: options.parents,
        message: options.message.endsWith('\n') ? options.message : `${options.message}\n`,
        author: signature,
        committer: signature,
      },
    });
  }

  /** True when `ancestor` is `oid` or one of its ancestors. */
  async isAncestor(ancestor: string, oid: string): Promise<boolean> {
    if (ancestor === oid) return true;
    return git.isDescendent({ ...this.base, oid, ancestor, depth: -1 });
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    const bases = await git.findMergeBase({ ...this.base, oids: [a, b] });
    return (bases[0] as string | undefined) ?? null;
  }
}

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  if (map.size >= CACHE_LIMIT) map.delete(map.keys().next().value!);
  map.set(key, value);
}
