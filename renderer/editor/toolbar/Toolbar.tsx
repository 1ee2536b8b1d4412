import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, type TextFormatType } from 'lexical';
import { useRef, useState, type JSX, type ReactNode } from 'react';
import { insertImages, type ImageFileHandler } from '../plugins/ImagePastePlugin';
import { INSERT_TIME_COMMAND } from '../plugins/insertTime';
import { insertHorizontalRule, insertTable, setBlockKind, type BlockKind } from './blockActions';
import { ClockIcon, ImageIcon, LinkIcon } from './icons';
import { LinkForm } from './LinkForm';
import { useToolbarState } from './useToolbarState';

const MOD = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

const FORMATS: ReadonlyArray<{
  format: TextFormatType;
  label: string;
  face: string;
  keys: string;
}> = [
  { format: 'bold', label: 'Bold', face: 'B', keys: `${MOD}B` },
  { format: 'italic', label: 'Italic', face: 'I', keys: `${MOD}I` },
  { format: 'strikethrough', label: 'Strikethrough', face: 'S', keys: '' },
  { format: 'code', label: 'Inline code', face: '</>', keys: '' },
];

const BLOCKS: ReadonlyArray<{ kind: BlockKind; label: string; face: string; keys: string }> = [
  { kind: 'paragraph', label: 'Normal text', face: '¶', keys: '' },
  { kind: 'h2', label: 'Heading 2', face: 'H2', keys: '## ' },
  { kind: 'h3', label: 'Heading 3', face: 'H3', keys: '### ' },
  { kind: 'h4', label: 'Heading 4', face: 'H4', keys: '#### ' },
  { kind: 'bullet', label: 'Bulleted list', face: '•', keys: '- ' },
  { kind: 'number', label: 'Numbered list', face: '1.', keys: '1. ' },
  { kind: 'check', label: 'Checklist', face: '☑', keys: '[ ] ' },
  { kind: 'quote', label: 'Quote', face: '❝', keys: '> ' },
  { kind: 'code', label: 'Code block', face: '{}', keys: '``` ' },
];

interface Props {
  onImageFile: ImageFileHandler;
}

/** The formatting toolbar; every button has an accessible name and a tooltip with its shortcut. */
export function Toolbar({ onImageFile }: Props): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const state = useToolbarState();
  const [linking, setLinking] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const button = (
    label: string,
    face: ReactNode,
    keys: string,
    onClick: () => void,
    pressed?: boolean,
    disabled?: boolean,
  ) => (
    <button
      key={label}
      type="button"
      className="cn-tool"
      aria-label={label}
      title={keys ? `${label} (${keys})` : label}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault() /* keep the caret in the note */}
      onClick={onClick}
    >
      {face}
    </button>
  );
  return (
    <div className="cn-toolbar" role="toolbar" aria-label="Formatting">
      {button(
        'Undo',
        '↶',
        `${MOD}Z`,
        () => editor.dispatchCommand(UNDO_COMMAND, undefined),
        undefined,
        !state.canUndo,
      )}
      {button(
        'Redo',
        '↷',
        `${MOD}Shift+Z`,
        () => editor.dispatchCommand(REDO_COMMAND, undefined),
        undefined,
        !state.canRedo,
      )}
      <span className="cn-tool-sep" aria-hidden="true" />
      {FORMATS.map(({ format, label, face, keys }) =>
        button(
          label,
          face,
          keys,
          () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format),
          state[format as keyof typeof state] === true,
        ),
      )}
      {button(
        'Link',
        <LinkIcon />,
        '',
        () => (state.link ? editor.dispatchCommand(TOGGLE_LINK_COMMAND, null) : setLinking(true)),
        state.link,
      )}
      <span className="cn-tool-sep" aria-hidden="true" />
      {BLOCKS.map(({ kind, label, face, keys }) =>
        button(label, face, keys, () => setBlockKind(editor, kind)),
      )}
      {button('Table', '▦', '', () => insertTable(editor))}
      {button('Horizontal rule', '―', '--- ', () => insertHorizontalRule(editor))}
      {button('Insert image', <ImageIcon />, '', () => fileInput.current?.click())}
      {button('Insert current time', <ClockIcon />, `${MOD}Alt+T`, () =>
        editor.dispatchCommand(INSERT_TIME_COMMAND, undefined),
      )}
      <input
        ref={fileInput}
        type="file"
        accept="image/*"
        hidden
        aria-label="Image file"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void insertImages(editor, files, onImageFile);
        }}
      />
      {linking && <LinkForm onDone={() => setLinking(false)} />}
    </div>
  );
}
