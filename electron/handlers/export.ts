import type { DomainHandlers } from '../../shared/ipc/define';
import type { exportContract } from '../../shared/ipc/export';
import type { CoreServices } from '../core/services';

/** The export domain: a straight mapping onto ExportService (progress goes out as events). */
export function createExportHandlers({
  exporter,
}: CoreServices): DomainHandlers<typeof exportContract> {
  return {
    talkMarkdown: ({ talkId, flavor, keepHtml }) => exporter.talkMarkdown(talkId, flavor, keepHtml),
    preview: (request) => exporter.preview(request),
    run: (request) => exporter.run(request),
  };
}
