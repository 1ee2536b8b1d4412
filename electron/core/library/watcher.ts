import { watch, type FSWatcher } from 'chokidar';
import { relative, sep } from 'node:path';

/**
 * Tells the library that something under its folder changed, debounced: a
 * sync tool writing fifty files makes one rescan. Hidden entries (the trash,
 * temporary save files, .git, .obsidian) are not watched.
 */
export class LibraryWatcher {
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly changed = new Set<string>();

  constructor(
    private readonly root: string,
    /** The library-relative paths that changed since the last call. */
    private readonly onChange: (paths: string[]) => void,
    private readonly debounceMs = 200,
  ) {}

  async start(): Promise<void> {
    this.watcher = watch(this.root, {
      ignoreInitial: true,
      depth: 3,
      ignored: (path) =>
        relative(this.root, path)
          .split(sep)
          .some((part) => part.startsWith('.')),
    });
    this.watcher.on('all', (_event, path) => {
      this.changed.add(relative(this.root, path).split(sep).join('/'));
      this.schedule();
    });
    await new Promise<void>((resolve) => this.watcher!.once('ready', () => resolve()));
  }

  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    await this.watcher?.close();
    this.watcher = null;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      const paths = [...this.changed];
      this.changed.clear();
      this.onChange(paths);
    }, this.debounceMs);
  }
}
