import type { DomainHandlers } from '../../shared/ipc/define';
import type { slidesContract } from '../../shared/ipc/slides';
import type { CoreServices } from '../core/services';

/** The slides domain: a straight mapping onto SlidesService. */
export function createSlidesHandlers({
  slides,
}: CoreServices): DomainHandlers<typeof slidesContract> {
  return {
    status: async () => slides.status(),
    pause: async () => slides.pause(),
    resume: async () => slides.resume(),
    typing: async () => {
      slides.typing();
      return { received: true };
    },
    languages: async () => slides.languageChoices(),
    setLanguages: ({ languages }) => slides.setLanguages(languages),
    reading: ({ noteId, src }) => slides.reading(noteId, src),
  };
}
