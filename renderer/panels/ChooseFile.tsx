import { useState, type ReactNode } from 'react';
import type { ChooseRequest, ChosenFile } from '../../shared/ipc/files';
import { api, errorMessage } from '../api';

/**
 * A button that asks main to show its open or save dialog, and what was
 * chosen beside it. The page never names a path: it holds the handle main
 * gives back and passes it where a call takes a path (shared/ipc/files.ts).
 */
export function ChooseFile({
  request,
  label,
  onChosen,
  onError,
  disabled,
}: {
  request: Partial<ChooseRequest> & Pick<ChooseRequest, 'purpose'>;
  label: string;
  onChosen: (chosen: ChosenFile) => void;
  onError: (message: string) => void;
  disabled?: boolean;
}): ReactNode {
  const [asking, setAsking] = useState(false);
  const choose = async () => {
    setAsking(true);
    try {
      const answer = await api().files.choose(request);
      if (answer) onChosen(answer);
    } catch (error) {
      onError(errorMessage(error));
    } finally {
      setAsking(false);
    }
  };
  return (
    <button type="button" onClick={() => void choose()} disabled={disabled || asking}>
      {label}
    </button>
  );
}

/** What was chosen, for people: the path, or how many items. */
export function ChosenLabel({ chosen, empty }: { chosen?: ChosenFile; empty: string }): ReactNode {
  return (
    <output className="chosen-file" aria-live="polite">
      {chosen ? chosen.label : empty}
    </output>
  );
}
