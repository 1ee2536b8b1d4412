import { useEffect, useRef, type ReactNode } from 'react';

export interface MenuItem {
  label: string;
  run: () => void;
}

/** A small right-click menu: arrow keys move, Enter runs, Escape or a click elsewhere closes. */
export function ContextMenu({
  x,
  y,
  items,
  onClose,
}: {
  x: number;
  y: number;
  items: MenuItem[];
  onClose: () => void;
}): ReactNode {
  const menu = useRef<HTMLUListElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
    const close = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [onClose]);
  return (
    <ul
      ref={menu}
      role="menu"
      className="context-menu"
      style={{ left: x, top: y }}
      onKeyDown={(event) => {
        const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
        const at = entries.indexOf(document.activeElement as HTMLElement);
        if (event.key === 'Escape') onClose();
        else if (event.key === 'ArrowDown') entries[(at + 1) % entries.length]?.focus();
        else if (event.key === 'ArrowUp')
          entries[(at - 1 + entries.length) % entries.length]?.focus();
        else return;
        event.preventDefault();
      }}
    >
      {items.map((item) => (
        <li key={item.label} role="none">
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              onClose();
              item.run();
            }}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
