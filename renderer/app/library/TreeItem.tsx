import { memo, type MouseEvent, type ReactNode } from 'react';
import { rowLabel, type TreeRow } from './treeRows';

/** Every row is this tall (styles.css `.tree-row`): the virtual list places rows by it. */
export const ROW_HEIGHT = 28;

export interface TreeItemProps {
  row: TreeRow;
  /** Offset from the top of the list, in pixels. */
  top: number;
  /** The open note. */
  selected: boolean;
  /** The one row Tab reaches (roving tabindex). */
  tabbable: boolean;
  renaming: boolean;
  onActivate: (row: TreeRow, event: MouseEvent) => void;
  onToggle: (row: TreeRow) => void;
  onMenu: (row: TreeRow, x: number, y: number) => void;
  onRenamed: (row: TreeRow, title: string | undefined) => void;
}

/** One row of the library tree: a year, a conference or a talk. */
export const TreeItem = memo(function TreeItem({
  row,
  top,
  selected,
  tabbable,
  renaming,
  onActivate,
  onToggle,
  onMenu,
  onRenamed,
}: TreeItemProps): ReactNode {
  const label = rowLabel(row);
  const { detail, spoken } = describe(row);
  const expanded = row.kind === 'talk' ? undefined : row.expanded;
  return (
    <div
      role="treeitem"
      data-key={row.key}
      className={`tree-row ${row.kind}${selected ? ' selected' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      aria-level={row.level}
      aria-posinset={row.position}
      aria-setsize={row.siblings}
      aria-expanded={expanded}
      aria-selected={selected}
      aria-label={spoken}
      title={detail ? `${label} — ${detail}` : label}
      tabIndex={tabbable ? 0 : -1}
      onClick={(event) => onActivate(row, event)}
      onContextMenu={(event) => {
        event.preventDefault();
        onMenu(row, event.clientX, event.clientY);
      }}
    >
      {expanded === undefined ? null : (
        <span
          className={`twisty${expanded ? ' open' : ''}`}
          aria-hidden="true"
          onClick={(event) => {
            event.stopPropagation();
            onToggle(row);
          }}
        />
      )}
      {renaming ? (
        <input
          aria-label="New name"
          className="rename-input"
          defaultValue={label}
          autoFocus
          onClick={(event) => event.stopPropagation()}
          onBlur={() => onRenamed(row, undefined)}
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key === 'Escape') onRenamed(row, undefined);
            if (event.key !== 'Enter') return;
            const title = event.currentTarget.value.trim();
            onRenamed(row, title && title !== label ? title : undefined);
          }}
        />
      ) : (
        <>
          {row.kind === 'talk' && row.day ? (
            <span className="entry-day" aria-hidden="true">
              {row.day.weekday}
            </span>
          ) : null}
          {row.kind === 'talk' && row.talk.meta.starts?.includes('T') ? (
            <span className="entry-time">{row.talk.meta.starts.slice(11, 16)}</span>
          ) : null}
          <span className="entry-title">{label}</span>
          {row.kind === 'talk' ? (
            detail ? (
              <span className="entry-detail">{detail}</span>
            ) : null
          ) : (
            <span className="entry-count">{detail}</span>
          )}
        </>
      )}
    </div>
  );
});

/** What the row shows beside its title, and its whole name for assistive technology. */
function describe(row: TreeRow): { detail: string; spoken: string } {
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  if (row.kind === 'year') {
    const conferences = count(row.conferences, 'conference');
    return { detail: String(row.conferences), spoken: `${row.label}, ${conferences}` };
  }
  if (row.kind === 'conference') {
    const n = row.conference.talkCount;
    return { detail: String(n), spoken: `${row.conference.meta.title}, ${count(n, 'talk')}` };
  }
  const { title, speakers, starts } = row.talk.meta;
  const detail = speakers.map((s) => s.name).join(', ');
  const time = starts?.includes('T')
    ? `, ${row.day ? `${row.day.date} ` : ''}${starts.slice(11, 16)}`
    : '';
  return { detail, spoken: `${title}${detail ? ` — ${detail}` : ''}${time}` };
}
