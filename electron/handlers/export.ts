import type { DomainHandlers } from '../../shared/ipc/define';
import type { ExportRequest, exportContract } from '../../shared/ipc/export';
import type { CoreServices } from '../core/services';
import type { ChosenPaths } from './chosenPaths';

/**
 * The export domain: a mapping onto ExportService (progress goes out as
 * events); the destination is a handle from the Export dialog, or in the
 * preview also a path (chosenPaths.ts).
 */
export function createExportHandlers(
  { exporter }: CoreServices,
  chosen: ChosenPaths,
): DomainHandlers<typeof exportContract> {
  const withPath = (request: ExportRequest): ExportRequest => ({
    ...request,
    destination: chosen.resolveOne(request.destination, 'export'),
  });
  return {
    talkMarkdown: ({ talkId, flavor, keepHtml }) => exporter.talkMarkdown(talkId, flavor, keepHtml),
    preview: async (request) => exporter.preview(withPath(request)),
    run: async (request) => exporter.run(withPath(request)),
  };
}
