import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import type { JSX } from 'react';

interface Props {
  markdown: string;
  /** Edits the node's source (its node hands this over, so the view needs no node type). */
  setMarkdown: (markdown: string) => void;
}

/**
 * The visible face of a RawMarkdownNode: a plain text area. The editor state
 * stays the one source of truth (every edit goes through `editor.update`), so
 * undo, dirty tracking and saving see raw edits like any other.
 */
export function RawMarkdownView({ markdown, setMarkdown }: Props): JSX.Element {
  const editable = useLexicalEditable();
  const rows = Math.max(2, markdown.split('\n').length);
  return (
    <label className="cn-raw-label">
      <span className="cn-raw-caption">Markdown the editor keeps as written</span>
      <textarea
        className="cn-raw-text"
        aria-label="Raw Markdown"
        spellCheck={false}
        readOnly={!editable}
        rows={rows}
        value={markdown}
        onChange={(event) => setMarkdown(event.target.value)}
      />
    </label>
  );
}
