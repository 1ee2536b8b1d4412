import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useState, type JSX } from 'react';
import { isPastableUrl } from '../links/safeUrl';

interface Props {
  onDone: () => void;
}

/** Asks for a link address for the selected text (Electron has no window.prompt). */
export function LinkForm({ onDone }: Props): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [url, setUrl] = useState('https://');
  const valid = isPastableUrl(url);
  return (
    <form
      className="cn-link-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid) return;
        editor.dispatchCommand(TOGGLE_LINK_COMMAND, url.trim());
        onDone();
        editor.focus();
      }}
    >
      <input
        aria-label="Link address"
        aria-invalid={!valid}
        autoFocus
        value={url}
        onChange={(event) => setUrl(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && onDone()}
      />
      <button type="submit" disabled={!valid}>
        Apply link
      </button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
