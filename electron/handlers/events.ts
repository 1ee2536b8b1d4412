import { channelName } from '../../shared/ipc/define';
import type { CoreServices } from '../core/services';

export type Emit = (channel: string, payload: unknown) => void;

/**
 * Forwards core events to the renderer as the contract's `onX` events.
 * Returns the function that stops forwarding.
 */
export function forwardEvents(services: CoreServices, emit: Emit): () => void {
  const stops = [
    services.library.onChange((change) => emit(channelName('library', 'onChanged'), change)),
    services.exporter.onProgress((progress) => emit(channelName('export', 'onProgress'), progress)),
    services.importer.onProgress((progress) => emit(channelName('import', 'onProgress'), progress)),
    services.search.onStatus((status) => emit(channelName('search', 'onIndexProgress'), status)),
    services.history.onStatus((status) => emit(channelName('history', 'onStatus'), status)),
    services.slides.onStatus((status) => emit(channelName('slides', 'onProgress'), status)),
  ];
  return () => stops.forEach((stop) => stop());
}
