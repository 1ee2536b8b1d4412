import type { ReactNode } from 'react';
import { ariaShortcut, shortcutLabel } from './useShortcuts';

/** What a note's header needs to fold to one line and back (see NotePane). */
export interface HeaderFolding {
  /** Shown as one line; the form stays mounted, hidden. */
  folded?: boolean;
  /** Folds (true) or unfolds (false) the header; unfolding moves focus into it. */
  onFold?: (folded: boolean) => void;
}

/**
 * The header folded to one line (title, then what else matters), a button
 * that unfolds it; unfolded, a small button folds it back. Both name the
 * shortcut that does the same from anywhere.
 */
export function HeaderLine({
  kind,
  title,
  details,
  folded,
  onFold,
}: {
  kind: 'talk' | 'conference';
  title: string;
  details: string;
  folded: boolean;
  onFold?: (folded: boolean) => void;
}): ReactNode {
  if (!onFold) return null;
  const shortcut = shortcutLabel('talk-details');
  const hint = shortcut ? ` (${shortcut})` : '';
  if (!folded) {
    return (
      <button
        type="button"
        className="header-fold"
        aria-expanded="true"
        aria-keyshortcuts={ariaShortcut('talk-details')}
        title={`Fold the ${kind} details to one line${hint}`}
        onClick={() => onFold(true)}
      >
        Hide details
      </button>
    );
  }
  return (
    <button
      type="button"
      className="header-line"
      aria-expanded="false"
      aria-label={`Show ${kind} details: ${title}${details ? ` — ${details}` : ''}`}
      aria-keyshortcuts={ariaShortcut('talk-details')}
      title={`Show the ${kind} details${hint}`}
      onClick={() => onFold(false)}
    >
      <span className="header-line-title">{title || 'Untitled'}</span>
      {details ? <span className="header-line-details">{details}</span> : null}
    </button>
  );
}
