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

  constructor(
    private readonly root: string,
    private readonly onChange: () => void,
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
    this.watcher.on('all', () => this.schedule());
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
      this.onChange();
    }, this.debounceMs);
  }
}
