import { parseMarkdown } from '../../../shared/markdown';
import { overBudgetBlocks } from '../../../shared/markdown/pathological';
import type { ParseReply, ParseRequest } from './backgroundParse';
import { withReadPositions } from './readPositions';

/**
 * A Web Worker that parses one piece of a long note with the project's
 * Markdown engine (backgroundParse.ts hands out the pieces). A piece with a
 * block over the engine's budgets is not parsed here: the engine's verbatim
 * stand-ins are only known to be right for a whole note, so the note is
 * parsed whole instead.
 */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (reply: ParseReply) => void;
};

scope.onmessage = ({ data: { id, markdown } }) => {
  try {
    if (overBudgetBlocks(markdown).length > 0) scope.postMessage({ id, overBudget: true });
    else scope.postMessage({ id, tree: withReadPositions(parseMarkdown(markdown)) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
