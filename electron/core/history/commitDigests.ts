import { createHash } from 'node:crypto';
import { appendFile, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { GitRepo } from './gitRepo';
import { diffTrees, type FileDifference } from './treeDiff';

/** A file whose blob differs from a parent's: before and after (null where there is none). */
export interface BlobChange {
  before: string | null;
  after: string | null;
}

/** What a history walk needs of a commit, without reading its trees. */
export interface CommitDigest {
  oid: string;
  parents: string[];
  /** Milliseconds since the epoch, from the committer line. */
  time: number;
  /** The message's first line. */
  subject: string;
  /** Per parent, in order, the files whose blob differs from that parent's; none for a first commit. */
  changes: Array<Map<string, BlobChange>>;
}

/** Inside .git: git ignores files it does not know there, and the digests describe its objects. */
export const DIGEST_FILE = 'confnotes-digests';

type StoredCommit = { t: number; s: string; p: string[]; c: Array<Array<[string, ...Nulls]>> };
type Nulls = [string | null, string | null];

/**
 * A persistent memo of facts about immutable git objects, so that a note's
 * history reads one small file instead of hundreds of loose objects: per
 * commit, its parents, time, subject and the files it changed against each
 * parent; per pair of blobs, the words added and removed between them.
 *
 * Commits are digested as they are made (the checkpoint knows its changes)
 * and otherwise when a walk first meets them (pulled commits, the user's
 * own git commits). A digest is keyed by object ids, so it can never go
 * stale; the file is append-only, one checked line a record, so a torn or
 * damaged line is skipped and its record computed again. Two processes may
 * append at once: each line is one write, and a record twice is harmless.
 */
export class CommitDigests {
  readonly file: string;
  /** Unparsed records by key: most are never read in a session. */
  private readonly lines = new Map<string, string>();
  private readonly commits = new Map<string, CommitDigest>();
  private readOffset = 0;

  constructor(private readonly repo: GitRepo) {
    this.file = join(repo.gitdir, DIGEST_FILE);
  }

  /** Reads what was appended since the last call (by this process or another). */
  async refresh(): Promise<void> {
    const handle = await open(this.file, 'r').catch(() => null);
    if (!handle) return;
    try {
      const { size } = await handle.stat();
      if (size <= this.readOffset) return;
      const buffer = Buffer.alloc(size - this.readOffset);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, this.readOffset);
      // A line still being written (or torn by a kill) is read again next time.
      const end = buffer.subarray(0, bytesRead).lastIndexOf(10) + 1;
      this.readOffset += end;
      for (const line of buffer.subarray(0, end).toString('utf8').split('\n')) {
        const space = line.indexOf(' ');
        if (space > 0) this.lines.set(line.slice(0, space), line.slice(space + 1));
      }
    } finally {
      await handle.close();
    }
  }

  /** The commit's digest: remembered, or computed from its trees and remembered. */
  async commit(oid: string): Promise<CommitDigest> {
    const known = this.commits.get(oid) ?? this.parsedCommit(oid);
    if (known) return known;
    const info = await this.repo.readCommit(oid);
    const changes: Array<Map<string, BlobChange>> = [];
    for (const parent of info.parents) {
      const parentTree = (await this.repo.readCommit(parent)).tree;
      changes.push(blobChanges(await diffTrees(this.repo, parentTree, info.tree)));
    }
    const digest: CommitDigest = {
      oid,
      parents: info.parents,
      time: info.time,
      subject: info.message.split('\n')[0],
      changes,
    };
    await this.record(digest);
    return digest;
  }

  /** Whether the commit is digested already (nothing is computed). */
  has(oid: string): boolean {
    return this.commits.has(oid) || this.lines.has(oid);
  }

  async record(digest: CommitDigest): Promise<void> {
    this.commits.set(digest.oid, digest);
    const stored: StoredCommit = {
      t: digest.time,
      s: digest.subject,
      p: digest.parents,
      c: digest.changes.map((files) =>
        [...files].map(([path, { before, after }]) => [path, before, after] as [string, ...Nulls]),
      ),
    };
    await this.append(digest.oid, JSON.stringify(stored));
  }

  /** Words added and removed from blob `before` (null: nothing) to blob `after`, if remembered. */
  words(before: string | null, after: string): { added: number; removed: number } | null {
    const value = this.checked(wordsKey(before, after));
    if (!value) return null;
    const parsed = JSON.parse(value) as unknown;
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    return { added: Number(parsed[0]), removed: Number(parsed[1]) };
  }

  async recordWords(
    before: string | null,
    after: string,
    delta: { added: number; removed: number },
  ): Promise<void> {
    await this.append(wordsKey(before, after), JSON.stringify([delta.added, delta.removed]));
  }

  private parsedCommit(oid: string): CommitDigest | null {
    const value = this.checked(oid);
    if (!value) return null;
    try {
      const stored = JSON.parse(value) as StoredCommit;
      const digest: CommitDigest = {
        oid,
        parents: stored.p,
        time: stored.t,
        subject: stored.s,
        changes: stored.c.map(
          (files) => new Map(files.map(([path, before, after]) => [path, { before, after }])),
        ),
      };
      if (digest.changes.length !== digest.parents.length) return null;
      this.commits.set(oid, digest);
      return digest;
    } catch {
      return null;
    }
  }

  /** A record's value when its line is whole and its check matches. */
  private checked(key: string): string | null {
    const line = this.lines.get(key);
    if (!line) return null;
    const space = line.lastIndexOf(' ');
    const value = line.slice(0, space);
    if (space < 0 || line.slice(space + 1) !== check(key, value)) {
      this.lines.delete(key);
      return null;
    }
    return value;
  }

  private async append(key: string, value: string): Promise<void> {
    this.lines.set(key, `${value} ${check(key, value)}`);
    // The leading newline ends whatever a killed writer left half-written before this line.
    await appendFile(this.file, `\n${key} ${value} ${check(key, value)}\n`).catch(() => {});
  }
}

/** The files whose blob differs, from a tree comparison (a change of mode alone is no change of text). */
function blobChanges(differences: Map<string, FileDifference>): Map<string, BlobChange> {
  const changes = new Map<string, BlobChange>();
  for (const [path, { before, after }] of differences) {
    if (before?.oid === after?.oid) continue;
    changes.set(path, { before: before?.oid ?? null, after: after?.oid ?? null });
  }
  return changes;
}

function wordsKey(before: string | null, after: string): string {
  return `w:${before ?? '-'}:${after}`;
}

function check(key: string, value: string): string {
  return createHash('sha1').update(`${key} ${value}`).digest('hex').slice(0, 8);
}
