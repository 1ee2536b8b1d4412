import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { $getNodeByKey, type NodeKey } from 'lexical';
import type { JSX } from 'react';
import { $isRawMarkdownNode } from './RawMarkdownNode';

interface Props {
  nodeKey: NodeKey;
  markdown: string;
}

/**
 * The visible face of a RawMarkdownNode: a plain text area. The editor state
 * stays the one source of truth (every edit goes through `editor.update`), so
 * undo, dirty tracking and saving see raw edits like any other.
 */
export function RawMarkdownView({ nodeKey, markdown }: Props): JSX.Element {
  const [editor] = useLexicalComposerContext();
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
        onChange={(event) => {
          const next = event.target.value;
          editor.update(() => {
            const node = $getNodeByKey(nodeKey);
            if ($isRawMarkdownNode(node)) node.setMarkdown(next);
          });
        }}
      />
    </label>
  );
}
