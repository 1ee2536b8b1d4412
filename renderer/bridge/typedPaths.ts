import type { Transport } from '../../shared/ipc/buildApi';
import { channelName } from '../../shared/ipc/define';
import type { ChooseRequest } from '../../shared/ipc/files';

const CHOOSE = channelName('files', 'choose');

const QUESTIONS: Record<ChooseRequest['purpose'], string> = {
  import: 'Path of the file or folder to import',
  schedule: 'Path of the schedule file (.ics, pretalx .json, frab .xml)',
  export: 'Path of the folder to export into (or of a .md file)',
};

/**
 * The preview's stand-in for main's open and save dialogs: a browser has
 * none a page can read a path from, so `files.choose` asks in a prompt and
 * sends what was typed; the preview server turns it into a handle like the
 * app's dialogs do. The renderer's own code is the same in both: it calls
 * `files.choose` and passes the handle on. (The app ignores typed paths.)
 */
export function withTypedPaths(
  transport: Transport,
  ask: (question: string) => string | null,
): Transport {
  return {
    ...transport,
    async invoke(channel, input) {
      if (channel !== CHOOSE) return transport.invoke(channel, input);
      const request = input as Partial<ChooseRequest> & Pick<ChooseRequest, 'purpose'>;
      const typed = ask(QUESTIONS[request.purpose] ?? 'Path')?.trim();
      if (!typed) return { ok: true, value: null };
      return transport.invoke(channel, { ...request, typed });
    },
  };
}
