import type { SlideText } from '../../../shared/slides';
import type { SlideStore } from './slideStore';

/**
 * Each talk's slide texts as the search index takes them (images without
 * text left out), recomputed from the store's readings, and who is told
 * which talks' texts changed.
 */
export class SlideTexts {
  private readonly byTalk = new Map<string, SlideText[]>();
  private readonly listeners = new Set<(ids: string[]) => void>();

  of(talkId: string): SlideText[] {
    return this.byTalk.get(talkId) ?? [];
  }

  onChanged(listener: (ids: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Recomputes a talk's texts from the readings under `keyOf` (the image's
   * hash with the languages read in); true when they changed, and then the
   * listeners are told unless `tell` is false (the caller tells them at once).
   */
  refresh(store: SlideStore, id: string, keyOf: (hash: string) => string, tell = true): boolean {
    const texts = store.slideTexts(id, keyOf);
    const before = this.byTalk.get(id) ?? [];
    if (JSON.stringify(before) === JSON.stringify(texts)) return false;
    if (texts.length > 0) this.byTalk.set(id, texts);
    else this.byTalk.delete(id);
    if (tell) this.tell([id]);
    return true;
  }

  /** A talk removed: its texts go, and the listeners hear of it if it had any. */
  forget(id: string): void {
    if (this.byTalk.delete(id)) this.tell([id]);
  }

  tell(ids: string[]): void {
    for (const listener of this.listeners) listener(ids);
  }
}
