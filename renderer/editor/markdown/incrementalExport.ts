import { $getRoot, $isElementNode, type LexicalNode, type NodeKey } from 'lexical';
import type { Paragraph, RootContent } from 'mdast';
import { stringifyMarkdown } from '../../../shared/markdown';
import { $exportBlock } from './exportBlocks';

/** A top-level block as last exported: the node versions it was read from, and its mdast. */
interface BlockEntry {
  versions: LexicalNode[];
  mdast: RootContent[];
}

/** A run of mdast blocks written together, and what the engine wrote for them. */
interface ChunkEntry {
  members: RootContent[];
  markdown: string;
}

/**
 * The note as Markdown, rewriting only the blocks that changed since the
 * last call: same bytes as `$exportMarkdown`, without serialising 20,000
 * words on every autosave (a full export cost ~60 ms, a whole frame budget
 * several times over, once a second while the user types).
 *
 * Why this is exact: Lexical never mutates a committed node; any change to
 * a node (text, format, state, children) puts a new object in the next
 * state. A block whose whole subtree is the same objects as last time
 * therefore exports to the same mdast. At the top level the engine joins
 * blocks with one blank line (fenced code, no root-level join rules apply)
 * and carries one piece of state from block to block: the bullet of the
 * previous list, so consecutive lists are written together as one chunk.
 * A test checks equality with the full export after many kinds of edit.
 */
export class IncrementalMarkdownExporter {
  private blocks = new Map<NodeKey, BlockEntry>();
  private chunks = new WeakMap<RootContent, ChunkEntry>();
  /** How many chunks the last export had to write (the rest came from the cache). */
  lastWritten = 0;

  /**
   * Fills the caches for up to `blocks` more blocks and writes their chunks,
   * without producing the note; true once every block is cached. Called a
   * slice at a time when the window is idle after a note opens, so the first
   * autosave of a long note rewrites only what changed, instead of every
   * block in one long task (some 100 ms for 20,000 words, while the user
   * types). A chunk cut short by the slice boundary is cached under its
   * members and simply never matched. Must run inside `editor.read`.
   */
  $prime(blocks: number): boolean {
    const mdast: RootContent[] = [];
    let fresh = 0;
    for (let node = $getRoot().getFirstChild(); node; node = node.getNextSibling()) {
      let entry = this.blocks.get(node.getKey());
      if (!entry || !$sameVersions(node, entry.versions)) {
        if (fresh === blocks) break;
        fresh++;
        entry = { versions: $versionsOf(node), mdast: $exportBlock(node) };
        this.blocks.set(node.getKey(), entry);
      }
      mdast.push(...entry.mdast);
    }
    const missing = chunksOf(mdast).filter((members) => this.cached(members) === undefined);
    const written = writeChunks(missing);
    missing.forEach((members, index) => {
      if (written) this.chunks.set(members[0], { members, markdown: written[index] });
    });
    return fresh < blocks;
  }

  /** Must run inside `editor.read` or `editor.update`. */
  $export(): string {
    const mdast: RootContent[] = [];
    const next = new Map<NodeKey, BlockEntry>();
    for (let node = $getRoot().getFirstChild(); node; node = node.getNextSibling()) {
      let entry = this.blocks.get(node.getKey());
      if (!entry || !$sameVersions(node, entry.versions))
        entry = { versions: $versionsOf(node), mdast: $exportBlock(node) };
      next.set(node.getKey(), entry);
      mdast.push(...entry.mdast);
    }
    this.blocks = next;
    const chunks = chunksOf(mdast);
    const parts = chunks.map((members) => this.cached(members));
    const missing = chunks.filter((_, index) => parts[index] === undefined);
    const written = writeChunks(missing);
    this.lastWritten = missing.length;
    // Never guess: should the engine ever join blocks differently, write the whole note.
    if (!written) return stringifyMarkdown({ type: 'root', children: mdast });
    missing.forEach((members, index) =>
      this.chunks.set(members[0], { members, markdown: written[index] }),
    );
    let taken = 0;
    const body = parts.map((part) => part ?? written[taken++]).join('\n\n');
    // The engine ends a non-empty document with a newline unless it already ends with one.
    return body === '' || /[\r\n]$/.test(body) ? body : `${body}\n`;
  }

  private cached(members: RootContent[]): string | undefined {
    const entry = this.chunks.get(members[0]);
    const same =
      entry?.members.length === members.length &&
      entry.members.every((member, index) => member === members[index]);
    return same ? entry.markdown : undefined;
  }
}

/** Runs of blocks written together: each block alone, consecutive lists as one. */
function chunksOf(mdast: RootContent[]): RootContent[][] {
  const chunks: RootContent[][] = [];
  for (let start = 0; start < mdast.length;) {
    let end = start + 1;
    if (mdast[start].type === 'list') while (mdast[end]?.type === 'list') end++;
    chunks.push(mdast.slice(start, end));
    start = end;
  }
  return chunks;
}

/**
 * What the engine writes for each chunk at the top level, in one call:
 * the chunks go out as one document with a paragraph of a random word
 * after each, and the text is cut at those paragraphs. (Cutting at the
 * paragraphs, not at the end, also keeps whether a chunk's own text ends
 * with a newline: the engine adds a final newline only when it lacks one.)
 * Undefined if the cuts are not where they must be.
 */
function writeChunks(chunks: RootContent[][]): string[] | undefined {
  if (chunks.length === 0) return [];
  const word = `cnchunk${Math.random().toString(36).slice(2)}`;
  const separator: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: word }] };
  const text = stringifyMarkdown({
    type: 'root',
    children: chunks.flatMap((members) => [...members, separator]),
  });
  const tail = `\n\n${word}\n`;
  if (!text.endsWith(tail)) return undefined;
  const parts = text.slice(0, -tail.length).split(`\n\n${word}\n\n`);
  return parts.length === chunks.length ? parts : undefined;
}

/** The node objects of `node`'s subtree, depth first. */
function $versionsOf(node: LexicalNode, into: LexicalNode[] = []): LexicalNode[] {
  into.push(node);
  if ($isElementNode(node))
    for (let child = node.getFirstChild(); child; child = child.getNextSibling())
      $versionsOf(child, into);
  return into;
}

/** True when `node`'s subtree is exactly the node objects in `versions`, in order. */
function $sameVersions(node: LexicalNode, versions: LexicalNode[]): boolean {
  let index = 0;
  const visit = (current: LexicalNode): boolean => {
    if (versions[index++] !== current) return false;
    if ($isElementNode(current))
      for (let child = current.getFirstChild(); child; child = child.getNextSibling())
        if (!visit(child)) return false;
    return true;
  };
  return visit(node) && index === versions.length;
}
