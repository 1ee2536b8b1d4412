import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  createCommand,
  type LexicalCommand,
} from 'lexical';

/** Inserts the current time (`14:05`) at the caret: when a point was made in the talk. */
export const INSERT_TIME_COMMAND: LexicalCommand<void> = createCommand('INSERT_TIME_COMMAND');

/** 24-hour local time, the way people jot it down during a talk. */
export function formatClockTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Inserts text at the caret, or at the end of the note when nothing is selected. */
export function $insertTextAtCaret(text: string): void {
  let selection = $getSelection();
  if (!$isRangeSelection(selection)) {
    $getRoot().selectEnd();
    selection = $getSelection();
  }
  if ($isRangeSelection(selection)) selection.insertRawText(text);
}
