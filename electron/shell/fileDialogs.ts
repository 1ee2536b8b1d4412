import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import type { ChooseRequest } from '../../shared/ipc/files';

/**
 * The app's open and save dialogs for `files.choose`: what the person picks
 * here is all an import, a schedule import or an export may touch. A path
 * the page typed (`typed`, for the preview) is never used.
 */
export function createFileChooser(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  window: () => BrowserWindow | undefined,
): (request: ChooseRequest) => Promise<string[] | null> {
  return async (request) => {
    const parent = window();
    if (!parent) return null;
    if (request.purpose === 'export' && request.file) {
      const saved = await dialog.showSaveDialog(parent, {
        title: 'Export to a Markdown file',
        defaultPath: request.suggestedName,
        filters: [{ name: 'Markdown', extensions: ['md'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return saved.canceled || !saved.filePath ? null : [saved.filePath];
    }
    const opened = await dialog.showOpenDialog(parent, openOptions(request));
    return opened.canceled || opened.filePaths.length === 0 ? null : opened.filePaths;
  };
}

function openOptions(request: ChooseRequest): OpenDialogOptions {
  switch (request.purpose) {
    case 'import':
      return request.folders
        ? {
            title: 'Import folders of notes',
            properties: ['openDirectory', 'multiSelections'],
          }
        : {
            title: 'Import notes',
            properties: ['openFile', 'multiSelections'],
            filters: [
              {
                name: 'Notes, pages and feeds',
                extensions: ['md', 'markdown', 'txt', 'html', 'htm', 'xml', 'atom', 'rss'],
              },
              { name: 'All files', extensions: ['*'] },
            ],
          };
    case 'schedule':
      return {
        title: 'Import a schedule',
        properties: ['openFile'],
        filters: [
          {
            name: 'Schedules (iCalendar, pretalx, frab)',
            extensions: ['ics', 'ical', 'json', 'xml'],
          },
          { name: 'All files', extensions: ['*'] },
        ],
      };
    case 'export':
      return {
        title: 'Export into a folder',
        buttonLabel: 'Export here',
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      };
  }
}
