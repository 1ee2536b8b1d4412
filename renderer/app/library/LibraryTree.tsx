import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { ContextMenu, type MenuItem } from '../../ui/ContextMenu';
import type { Selection } from '../selection';
import type { SidebarActions } from '../sidebarActions';
import type { LibraryView } from './libraryView';
import { treeAction, typeAhead } from './treeKeyboard';
import { ROW_HEIGHT, TreeItem } from './TreeItem';
import './libraryTree.css';
import { buildRows, foldsRevealing, type FoldState, type TreeRow } from './treeRows';

/** Type-ahead forgets what was typed after this pause. */
const TYPE_AHEAD_MS = 700;

const selectionOf = (row: TreeRow): Selection | undefined =>
  row.kind === 'talk'
    ? { entity: 'talk', id: row.talk.id }
    : row.kind === 'conference'
      ? { entity: 'conference', id: row.conference.id }
      : undefined;

/**
 * The library as a tree (WAI-ARIA tree pattern): years, conferences and
 * talks, virtualised so the DOM holds only the rows on screen (and the row
 * with focus, wherever it is). One row is tabbable; arrows, Home/End,
 * Left/Right, Enter, type-ahead, F2 (rename), Delete (trash) and
 * Shift+F10 (menu) work on it. The open note is revealed and scrolled to.
 */
export function LibraryTree({
  library,
  current,
  actions,
  folds,
  setFolds,
}: {
  library: LibraryView | undefined;
  current?: Selection;
  actions: SidebarActions;
  folds: FoldState;
  setFolds: (changes: Record<string, boolean>) => void;
}): ReactNode {
  const rows = useMemo(() => buildRows(library, folds), [library, folds]);
  const indexOf = useMemo(() => new Map(rows.map((row, at) => [row.key, at])), [rows]);
  const currentKey = current ? `${current.entity}:${current.id}` : undefined;
  const [activeKey, setActiveKey] = useState<string>();
  const [renaming, setRenaming] = useState<string>();
  const [menu, setMenu] = useState<{ x: number; y: number; row: TreeRow }>();
  const scroller = useRef<HTMLDivElement>(null);
  const focusPending = useRef<string>(undefined);
  const typed = useRef({ text: '', at: 0 });

  // The tabbable row: the one last moved to, else the open note, else the first.
  const tabbableKey =
    [activeKey, currentKey].find((key) => key && indexOf.has(key)) ?? rows[0]?.key;
  const activeIndex = tabbableKey ? (indexOf.get(tabbableKey) ?? -1) : -1;

  const rangeExtractor = useCallback(
    (range: Range) => {
      const shown = defaultRangeExtractor(range);
      // The focused row stays in the DOM when it scrolls away, so focus is never lost.
      if (activeIndex >= 0 && !shown.includes(activeIndex)) shown.push(activeIndex);
      return shown.sort((a, b) => a - b);
    },
    [activeIndex],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (at) => rows[at].key,
    overscan: 8,
    rangeExtractor,
  });

  const moveTo = useCallback(
    (at: number) => {
      const row = rows[at];
      if (!row) return;
      setActiveKey(row.key);
      focusPending.current = row.key;
      virtualizer.scrollToIndex(at, { align: 'auto' });
    },
    [rows, virtualizer],
  );

  // Focus follows the keyboard once the row it moved to is rendered.
  useEffect(() => {
    const key = focusPending.current;
    if (!key) return;
    const element = scroller.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (!element) return;
    focusPending.current = undefined;
    element.focus({ preventScroll: true });
  });

  // The open note stays in view: its year and conference unfold, and the list scrolls to it.
  const revealed = useRef<string>(undefined);
  useEffect(() => {
    // Back home: the next note opened (the same one too) is revealed again.
    if (!current || !currentKey) return void (revealed.current = undefined);
    if (revealed.current === currentKey) return;
    const closed = foldsRevealing(library, current).filter(
      (key) => !rows.some((row) => row.key === key && row.kind !== 'talk' && row.expanded),
    );
    if (closed.length) return setFolds(Object.fromEntries(closed.map((key) => [key, true])));
    const at = indexOf.get(currentKey);
    if (at === undefined) return;
    revealed.current = currentKey;
    setActiveKey(currentKey);
    virtualizer.scrollToIndex(at, { align: 'auto' });
  }, [current, currentKey, library, rows, indexOf, setFolds, virtualizer]);

  const toggle = useCallback(
    (row: TreeRow) => {
      if (row.kind !== 'talk') setFolds({ [row.key]: !row.expanded });
    },
    [setFolds],
  );
  const activate = useCallback(
    (row: TreeRow) => {
      setActiveKey(row.key);
      const target = selectionOf(row);
      if (target) actions.open(target);
      else toggle(row);
    },
    [actions, toggle],
  );
  const showMenu = useCallback((row: TreeRow, x: number, y: number) => {
    if (row.kind !== 'year') setMenu({ x, y, row });
  }, []);
  const renamed = useCallback(
    (row: TreeRow, title: string | undefined) => {
      const target = selectionOf(row);
      if (title && target) actions.rename(target, title);
      setRenaming(undefined);
      focusPending.current = row.key;
    },
    [actions],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Keys typed in the rename box are its own.
    const at = indexOf.get((event.target as HTMLElement).dataset.key ?? '');
    const row = at === undefined ? undefined : rows[at];
    if (!row || at === undefined) return;
    const target = selectionOf(row);
    const command = event.ctrlKey || event.metaKey;
    if (event.key === 'F2' && target) setRenaming(row.key);
    else if (target && (event.key === 'Delete' || (event.key === 'Backspace' && command))) {
      // Focus goes on to the next row (the previous at the end), not to the page.
      const next = rows.slice(at + 1).find((r) => r.level <= row.level) ?? rows[at - 1];
      if (next) moveTo(indexOf.get(next.key)!);
      actions.remove(target);
    } else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      const box = (event.target as HTMLElement).getBoundingClientRect();
      showMenu(row, box.left + 24, box.bottom);
    } else {
      const action = treeAction(rows, at, event.key);
      if (action.do === 'move') moveTo(action.to);
      else if (action.do === 'fold') setFolds({ [action.key]: action.expanded });
      else if (action.do === 'open') activate(action.row);
      else if (event.key.length === 1 && !command && !event.altKey) {
        // When the key was pressed, not when a busy window got to it: letters typed together stay together.
        const now = event.timeStamp;
        const text = (now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text : '') + event.key;
        if (!text.trim()) return;
        typed.current = { text, at: now };
        const found = typeAhead(rows, at, text);
        if (found !== undefined) moveTo(found);
      } else return;
    }
    event.preventDefault();
  };

  const menuItems = (row: TreeRow): MenuItem[] => {
    const target = selectionOf(row);
    if (!target) return [];
    return [
      { label: 'Open', run: () => actions.open(target) },
      { label: 'Rename', run: () => setRenaming(row.key) },
      ...(target.entity === 'conference'
        ? [{ label: 'New talk here', run: () => actions.newTalk(target.id) }]
        : []),
      { label: 'Move to trash', run: () => actions.remove(target) },
    ];
  };

  if (!library) return <p className="tree-status">Reading the library…</p>;
  return (
    <>
      <div
        ref={scroller}
        role="tree"
        aria-label="Conferences and talks"
        aria-busy={!library.complete}
        className="library-tree"
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const key = (event.target as HTMLElement).dataset.key;
          if (key && indexOf.has(key)) setActiveKey(key);
        }}
      >
        <div className="tree-rows" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return (
              <TreeItem
                key={row.key}
                row={row}
                top={item.start}
                selected={row.key === currentKey}
                tabbable={row.key === tabbableKey}
                renaming={row.key === renaming}
                onActivate={activate}
                onToggle={toggle}
                onMenu={showMenu}
                onRenamed={renamed}
              />
            );
          })}
        </div>
      </div>
      {menu ? (
        <ContextMenu
          x={menu.x}
          y={menu.y}
          items={menuItems(menu.row)}
          onClose={() => setMenu(undefined)}
        />
      ) : null}
    </>
  );
}
