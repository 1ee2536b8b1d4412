import { useState, type ReactNode } from 'react';
import type { AppInfo, ThemeSetting } from '../../shared/ipc/app';
import { api, errorMessage } from '../api';
import { HistorySettings } from '../panels/HistorySettings';
import { SlideLanguages } from '../slides/SlideLanguages';
import { Modal } from '../ui/Modal';

const THEMES: Array<{ value: ThemeSetting; label: string }> = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Preferences: the library folder, the theme and the editor's settings. Changes apply at once. */
export function Preferences({
  info,
  onInfo,
  onClose,
}: {
  info: AppInfo;
  onInfo: (info: AppInfo) => void;
  onClose: () => void;
}): ReactNode {
  const [error, setError] = useState<string>();
  const run = (call: Promise<AppInfo>) =>
    void call.then(
      (next) => {
        setError(undefined);
        onInfo(next);
      },
      (failure: unknown) => setError(errorMessage(failure)),
    );
  return (
    <Modal label="Preferences" onClose={onClose} className="preferences">
      <h2>Preferences</h2>
      <section>
        <h3>Library</h3>
        <p>
          Your notes are in <code>{info.libraryPath}</code>
        </p>
        <button type="button" onClick={() => run(api().app.chooseLibrary({}))}>
          Change library folder…
        </button>
        {error ? <p role="alert">{error}</p> : null}
      </section>
      <fieldset>
        <legend>Theme</legend>
        {THEMES.map((theme) => (
          <label key={theme.value}>
            <input
              type="radio"
              name="theme"
              value={theme.value}
              checked={info.theme === theme.value}
              onChange={() => run(api().app.setTheme({ theme: theme.value }))}
            />
            {theme.label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Editor</legend>
        <label>
          <input
            type="checkbox"
            checked={info.editor.spellcheck}
            onChange={(event) =>
              run(api().app.setEditorSettings({ spellcheck: event.target.checked }))
            }
          />
          Check spelling
        </label>
        <label>
          <input
            type="checkbox"
            checked={info.editor.foldHeaderWhileTyping}
            onChange={(event) =>
              run(api().app.setEditorSettings({ foldHeaderWhileTyping: event.target.checked }))
            }
          />
          Fold the talk’s details to one line while I type notes
        </label>
        <label>
          Font size{' '}
          <input
            type="number"
            min={10}
            max={32}
            value={info.editor.fontSize}
            onChange={(event) => {
              const fontSize = Number(event.target.value);
              if (fontSize >= 10 && fontSize <= 32) run(api().app.setEditorSettings({ fontSize }));
            }}
          />
        </label>
      </fieldset>
      <HistorySettings />
      <SlideLanguages />
      <button type="button" onClick={onClose}>
        Close
      </button>
    </Modal>
  );
}
