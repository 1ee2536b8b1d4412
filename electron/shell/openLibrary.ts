import { CoreError } from '../core/errors';
import type { CoreServices } from '../core/services';
import type { FlushOutcome } from './flush';

/** What changing the library needs from its host: the app's shell, or the preview server. */
export interface LibraryHostParts {
  /** Asks the window to save everything now: the handshake of closing and quitting. */
  flush(): Promise<FlushOutcome>;
  /** The core services on another library folder. */
  open(libraryRoot: string): Promise<CoreServices>;
  /** Puts the services behind the window's calls and events; returns what takes them away. */
  connect(services: CoreServices): () => void;
}

/**
 * The library the window works on, and the one way to change it. The
 * window saves its open note first, into the library that note came from
 * (its save after the switch would reach a library without it); only then
 * does the new library open and the old one close. A window that could not
 * save, or did not answer, keeps its library: its text stays where it is.
 */
export class OpenLibrary {
  private disconnect: () => void;

  constructor(
    private current: CoreServices,
    private readonly host: LibraryHostParts,
  ) {
    this.disconnect = host.connect(current);
  }

  get services(): CoreServices {
    return this.current;
  }

  /** Opens `libraryRoot` in place of the library open now; false when it is the one open. */
  async switchTo(libraryRoot: string): Promise<boolean> {
    if (libraryRoot === this.current.library.root) return false;
    const outcome = await this.host.flush();
    if (outcome === 'unsaved' || outcome === 'timeout') {
      throw new CoreError(
        'io',
        outcome === 'unsaved'
          ? 'The open note could not be saved, so the library was not changed: its text is still on screen.'
          : 'The window did not finish saving in time, so the library was not changed. Try again.',
      );
    }
    const next = await this.host.open(libraryRoot);
    const previous = this.current;
    this.disconnect();
    this.current = next;
    this.disconnect = this.host.connect(next);
    // Closed once the new one serves the window: a failure closing it leaves the window connected.
    await previous.close();
    return true;
  }

  /** Disconnects and closes the library open now. */
  async close(): Promise<void> {
    this.disconnect();
    await this.current.close();
  }
}
