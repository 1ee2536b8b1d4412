import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
} from 'lexical';
import { useEffect } from 'react';
import { $insertTextAtCaret, formatClockTime, INSERT_TIME_COMMAND } from './insertTime';

// Formats Markdown cannot write; applying them would look saved and then vanish.
const UNWRITABLE_FORMATS = new Set([
  'underline',
  'subscript',
  'superscript',
  'highlight',
  'lowercase',
  'uppercase',
  'capitalize',
]);

interface Props {
  now: () => Date;
}

/**
 * The editor's own commands: insert the current time (toolbar, or
 * Ctrl/Cmd+Alt+T), and refusing formats that Markdown has no syntax for.
 */
export function EditorCommandsPlugin({ now }: Props): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          INSERT_TIME_COMMAND,
          () => {
            $insertTextAtCaret(formatClockTime(now()));
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const isTimeKey =
              (event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyT';
            if (!isTimeKey) return false;
            event.preventDefault();
            return editor.dispatchCommand(INSERT_TIME_COMMAND, undefined);
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          FORMAT_TEXT_COMMAND,
          (format) => UNWRITABLE_FORMATS.has(format),
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor, now],
  );
  return null;
}
