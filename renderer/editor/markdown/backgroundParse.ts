import type { Root } from 'mdast';
import { parseMarkdown } from '../../../shared/markdown';
import { joinPieces, splitMarkdown } from './splitMarkdown';

/** One piece of a note for a parse worker (parseWorker.ts). */
export interface ParseRequest {
  id: number;
  markdown: string;
}

export type ParseReply =
  { id: number; tree: Root } | { id: number; overBudget: true } | { id: number; error: string };

/**
 * Notes shorter than this parse on the main thread while the editor opens
 * (some 20 ms): no round trip, no moment with an empty editor. Longer notes
 * (a 20,000-word note is ~120 kB and took ~200 ms of a 300 ms open) parse in
 * workers, in pieces side by side, while the window renders the rest.
 */
export const BACKGROUND_FROM_CHARS = 32_000;
/**
 * Bullets cost micromark several times what the same text in paragraphs
 * does (a 600-bullet talk of 15 kB: 150–400 ms): a note with this many list
 * items parses in the workers whatever its length.
 */
export const BACKGROUND_FROM_LIST_ITEMS = 150;
/**
 * The size of the pieces a note is cut into for the workers, where it can be
 * cut. micromark copies the events of everything parsed so far each time a
 * container (a list item, a quote) closes, so its time grows with the
 * square of a list-heavy note's length: a 20,000-word note of bullets
 * parses about three times faster in pieces of a few kB than whole.
 */
const PIECE_CHARS = 4_000;
const LIST_ITEM_LINE = /^[ \t>]*(?:[-+*]|\d{1,9}[.)])[ \t]/gm;

/** Whether `markdown` is worth a round trip to the parse workers. */
export function parsesInBackground(markdown: string): boolean {
  if (markdown.length >= BACKGROUND_FROM_CHARS) return true;
  LIST_ITEM_LINE.lastIndex = 0;
  let items = 0;
  while (LIST_ITEM_LINE.exec(markdown)) if (++items >= BACKGROUND_FROM_LIST_ITEMS) return true;
  return false;
}

/** A few kB of what notes hold, parsed by each worker as it starts so the first real note meets warm code. */
const WARM_UP = Array.from(
  { length: 20 },
  (_, n) =>
    `## Talk ${n}\n\nSome _emphasis_, **strong**, \`code\` and https://example.com/${n} in text.\n\n- a point\n  - nested\n- [ ] an action\n\n> a quote\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n\`\`\`js\nconst x = ${n};\n\`\`\`\n`,
).join('\n');

type Waiter = (reply: ParseReply | undefined) => void;

/** Parse workers, given pieces in turn; a worker that fails to start or crashes retires the pool. */
class ParsePool {
  readonly size: number;
  broken = false;
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, Waiter>();
  private nextId = 0;

  constructor(size: number) {
    this.size = size;
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = ({ data }: MessageEvent<ParseReply>) => this.settle(data.id, data);
      worker.onerror = () => this.retire();
      worker.postMessage({ id: -1, markdown: WARM_UP } satisfies ParseRequest);
      return worker;
    });
  }

  /** The tree of `markdown`; undefined when it must be parsed whole on the main thread. */
  parse(markdown: string, turn: number): Promise<Root | undefined> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (reply) => resolve(reply && 'tree' in reply ? reply.tree : undefined));
      this.workers[turn % this.size].postMessage({ id, markdown } satisfies ParseRequest);
    });
  }

  private settle(id: number, reply: ParseReply | undefined): void {
    const waiter = this.waiting.get(id);
    this.waiting.delete(id);
    waiter?.(reply);
  }

  private retire(): void {
    this.broken = true;
    for (const id of [...this.waiting.keys()]) this.settle(id, undefined);
    this.workers.forEach((worker) => worker.terminate());
  }
}

let pool: ParsePool | undefined;
let workersRefused = false;

/** Starts the parse workers (idempotent); the editor calls it once it is on screen. */
export function startParseWorkers(): void {
  if (pool || workersRefused || typeof Worker === 'undefined') return;
  // One worker per core, up to four: each takes an equal piece, and the main thread waits anyway.
  const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2;
  try {
    pool = new ParsePool(Math.max(1, Math.min(4, cores)));
  } catch {
    // A page that may not start workers (a stricter policy, an odd scheme): parse on the main thread.
    pool = undefined;
    workersRefused = true;
  }
}

/**
 * Parses a long note off the main thread, in pieces that parse as they do
 * in the whole note (splitMarkdown.ts): each worker takes an equal run of
 * pieces and parses them one by one; the tree equals
 * `parseMarkdown(markdown)`. Undefined for a short note, or where no
 * worker can run: parse it on the spot. Whatever goes wrong in a worker,
 * the note is parsed whole on the main thread instead.
 */
export function parseInBackground(markdown: string): Promise<Root> | undefined {
  if (!parsesInBackground(markdown)) return undefined;
  startParseWorkers();
  const workers = pool;
  if (!workers || workers.broken) return undefined;
  const pieces = splitMarkdown(markdown, Math.ceil(markdown.length / PIECE_CHARS));
  const parsed = pieces.map(({ start, end }, index) =>
    workers.parse(markdown.slice(start, end), Math.floor((index * workers.size) / pieces.length)),
  );
  return Promise.all(parsed).then((trees) =>
    trees.every((tree) => tree !== undefined)
      ? joinPieces(pieces, trees, markdown.length)
      : parseMarkdown(markdown),
  );
}
