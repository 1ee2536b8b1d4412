import { useCallback, useState, type ReactNode } from 'react';

export interface Toast {
  id: number;
  text: string;
  action?: { label: string; run: () => void };
}

/** `stay`: until the user dismisses it (news they must not miss, such as a sync's conflict copies). */
export type ShowToast = (
  text: string,
  action?: Toast['action'],
  options?: { stay?: boolean },
) => void;

/** Short messages at the bottom of the window, some with an action such as Undo. */
export function useToasts(): {
  toasts: Toast[];
  show: ShowToast;
  dismiss: (id: number) => void;
} {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback(
    (id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)),
    [],
  );
  const show = useCallback<ShowToast>(
    (text, action, options) => {
      const id = Date.now() + Math.random();
      setToasts((all) => [...all.slice(-2), { id, text, ...(action ? { action } : {}) }]);
      // Long enough to reach for Undo.
      if (!options?.stay) setTimeout(() => dismiss(id), action ? 10_000 : 6_000);
    },
    [dismiss],
  );
  return { toasts, show, dismiss };
}

export function Toasts({
  toasts,
  dismiss,
}: {
  toasts: Toast[];
  dismiss: (id: number) => void;
}): ReactNode {
  return (
    <div className="toasts" role="log" aria-live="polite" aria-label="Notifications">
      {toasts.map((toast) => (
        <div key={toast.id} className="toast">
          <span>{toast.text}</span>
          {toast.action ? (
            <button
              type="button"
              onClick={() => {
                dismiss(toast.id);
                toast.action?.run();
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
          <button type="button" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
