import { splitFrontMatter } from '../../../shared/markdown/frontMatter';
import type { BlobChange, CommitDigests } from './commitDigests';
import type { FileChanges, GitRepo } from './gitRepo';
import { countWords, wordDelta } from './wordDelta';

/** Notes whose words a checkpoint counts as it commits; an import's hundreds are counted when read. */
const COUNTED_NOTES = 16;
/** Word counts kept by blob: a note's next checkpoint counts only its new text. */
const KEPT_COUNTS = 64;

/**
 * Digests each checkpoint as it is made, from what it already knows (the
 * files it changed and the tree before), so that no history ever reads its
 * trees: and counts the words its notes gained and lost, so that no history
 * reads their texts. Runs in the history worker, after the commit; and
 * counts the words of commits digested later (pulled, or made with git).
 */
export class CheckpointDigester {
  private readonly counts = new Map<string, Map<string, number>>();

  constructor(
    private readonly repo: GitRepo,
    private readonly digests: CommitDigests,
  ) {}

  async digest(
    commit: { oid: string; parent: string | null; at: Date; subject: string },
    headTree: string | null,
    changes: FileChanges,
  ): Promise<void> {
    const files = new Map<string, BlobChange>();
    if (commit.parent) {
      for (const [path, file] of changes) {
        const entry = headTree ? await this.repo.entryAt(headTree, path) : null;
        const before = entry?.type === 'blob' ? entry.oid : null;
        if (before !== (file?.oid ?? null)) files.set(path, { before, after: file?.oid ?? null });
      }
    }
    await this.digests.record({
      oid: commit.oid,
      parents: commit.parent ? [commit.parent] : [],
      // As git stores it: whole seconds.
      time: Math.floor(commit.at.getTime() / 1000) * 1000,
      subject: commit.subject,
      changes: commit.parent ? [files] : [],
    });
    await this.countWords(files);
  }

  /** Words added and removed by each note changed (against the first parent), remembered. */
  async countWords(files: Map<string, BlobChange>): Promise<void> {
    const notes = [...files].filter(([path, { after }]) => path.endsWith('.md') && after);
    if (notes.length > COUNTED_NOTES) return;
    for (const [, { before, after }] of notes) {
      if (this.digests.words(before, after!)) continue;
      const delta = wordDelta(
        before ? await this.words(before) : new Map<string, number>(),
        await this.words(after!),
      );
      await this.digests.recordWords(before, after!, delta);
    }
  }

  private async words(blob: string): Promise<Map<string, number>> {
    let counts = this.counts.get(blob);
    if (counts) this.counts.delete(blob);
    else {
      const text = Buffer.from(await this.repo.readBlob(blob)).toString('utf8');
      counts = countWords(splitFrontMatter(text).body);
    }
    this.counts.set(blob, counts);
    if (this.counts.size > KEPT_COUNTS) this.counts.delete(this.counts.keys().next().value!);
    return counts;
  }
}
