import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  fromOutline,
  withTalks,
  type LibraryView,
} from '../../../renderer/app/library/libraryView';
import { treeAction, typeAhead } from '../../../renderer/app/library/treeKeyboard';
import { buildRows, foldsRevealing, rowLabel } from '../../../renderer/app/library/treeRows';
import type { LibraryChange } from '../../../shared/library';
import { conference, outline, talk } from './libraryRows';

/** The sidebar's model: the listing kept from changes, its rows by year, and its keys. */
function library(): LibraryView {
  const conferences = [
    conference('k23', 'KubeCon', '2023-04-18'),
    conference('s23', 'SREcon', '2023-03-21'),
    conference('d19', 'DevOpsDays Ghent', '2019-10-29'),
    conference('x', 'Meetups'),
  ];
  const talks = [
    talk('t1', 'k23', 'Talk 4', '2023-04-18T09:00:00'),
    talk('t2', 'k23', 'Talk 39', '2023-04-18T10:00:00'),
    talk('t3', 's23', 'Error budgets'),
    talk('t4', 'd19', 'Chaos'),
    talk('t5', 'x', 'Local meetup'),
  ];
  return withTalks(fromOutline(outline(conferences, talks)), talks);
}

const labels = (view: LibraryView, folds = {}) =>
  buildRows(view, folds).map((row) => `${'  '.repeat(row.level - 1)}${rowLabel(row)}`);

describe('the library tree’s rows', () => {
  it('groups conferences by year, newest first; the newest year opens, older ones are folded', () => {
    expect(labels(library())).toEqual([
      '2023',
      '  KubeCon',
      '    Talk 4',
      '    Talk 39',
      '  SREcon',
      '    Error budgets',
      '2019',
      'Undated',
      '  Meetups',
      '    Local meetup',
    ]);
  });

  it('follows the folding the person chose', () => {
    const folds = { 'year:2019': true, 'conference:k23': false, 'conference:x': false };
    expect(labels(library(), folds)).toEqual([
      '2023',
      '  KubeCon',
      '  SREcon',
      '    Error budgets',
      '2019',
      '  DevOpsDays Ghent',
      'Undated',
      '  Meetups',
    ]);
  });

  it('counts positions among siblings and names parents, for a virtual list’s accessibility', () => {
    const rows = buildRows(library(), {});
    const kubecon = rows[1];
    expect([kubecon.position, kubecon.siblings, kubecon.parent]).toEqual([1, 2, 'year:2023']);
    expect([rows[3].position, rows[3].siblings, rows[3].parent]).toEqual([2, 2, 'conference:k23']);
    expect(rows[0]).toMatchObject({ kind: 'year', conferences: 2, talks: 3 });
  });

  it('marks the first talk of each day when a conference spans days', () => {
    const talks = [
      talk('a', 'c', 'Opening', '2023-04-18T09:00:00'),
      talk('b', 'c', 'Later', '2023-04-18T11:00:00'),
      talk('d', 'c', 'Day two', '2023-04-19T09:00:00+02:00'),
      talk('e', 'c', 'Unscheduled'),
    ];
    const view = withTalks(
      fromOutline(outline([conference('c', 'Conf', '2023-04-18')], talks)),
      talks,
    );
    const days = buildRows(view, {})
      .filter((row) => row.kind === 'talk')
      .map((row) => (row.kind === 'talk' ? row.day?.date : undefined));
    const format = (date: string) =>
      new Intl.DateTimeFormat(undefined, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      }).format(new Date(`${date}T00:00:00Z`));
    expect(days).toEqual([format('2023-04-18'), undefined, format('2023-04-19'), undefined]);
    // One day only: nothing to tell apart.
    expect(buildRows(library(), {}).some((row) => row.kind === 'talk' && row.day)).toBe(false);
  });

  it('knows which folds reveal an open talk or conference', () => {
    expect(foldsRevealing(library(), { entity: 'talk', id: 't4' })).toEqual([
      'year:2019',
      'conference:d19',
    ]);
    expect(foldsRevealing(library(), { entity: 'conference', id: 'x' })).toEqual(['year:none']);
  });
});

describe('the listing kept from changes', () => {
  const change = (c: Partial<LibraryChange>): LibraryChange => ({
    entity: 'talk',
    id: 't9',
    kind: 'added',
    path: 'p',
    external: false,
    ...c,
  });

  it('places an added talk in schedule order and counts it', () => {
    const view = applyChanges(library(), [
      change({ talk: talk('t9', 'k23', 'Talk 10', '2023-04-18T09:00:00') }),
    ])!;
    const kubecon = view.conferences.find((c) => c.id === 'k23')!;
    expect(kubecon.talks.map((t) => t.meta.title)).toEqual(['Talk 4', 'Talk 10', 'Talk 39']);
    expect(kubecon.talkCount).toBe(3);
  });

  it('moves a talk between conferences, removes, and ignores what is applied twice', () => {
    const moved = change({ id: 't1', kind: 'changed', talk: talk('t1', 's23', 'Talk 4') });
    const removed = change({ id: 't3', kind: 'removed' });
    const view = applyChanges(library(), [moved, removed, moved, removed])!;
    const titles = (id: string) =>
      view.conferences.find((c) => c.id === id)!.talks.map((t) => t.meta.title);
    expect(titles('k23')).toEqual(['Talk 39']);
    expect(titles('s23')).toEqual(['Talk 4']);
  });

  it('keeps conferences in main’s order and untouched ones as they were', () => {
    const before = library();
    const view = applyChanges(before, [
      change({
        entity: 'conference',
        id: 'n',
        conference: conference('n', 'New one', '2024-01-01'),
      }),
      change({ entity: 'conference', id: 'd19', kind: 'removed' }),
    ])!;
    // Main's order: by start date else folder name, newest first (an undated folder sorts first;
    // the tree shows it under "Undated", last).
    expect(view.conferences.map((c) => c.id)).toEqual(['x', 'n', 'k23', 's23']);
    expect(view.conferences[2]).toBe(before.conferences[0]);
  });

  it('asks for a new listing when a change comes without its row', () => {
    expect(applyChanges(library(), [change({ kind: 'changed' })])).toBeUndefined();
    expect(applyChanges(library(), [change({ kind: 'changed', notesOnly: true })])).toBeDefined();
  });
});

describe('the library tree’s keys', () => {
  const rows = buildRows(library(), { 'year:2019': true });

  it('moves, folds and unfolds as the tree pattern has it', () => {
    expect(treeAction(rows, 0, 'ArrowDown')).toEqual({ do: 'move', to: 1 });
    expect(treeAction(rows, 0, 'ArrowUp')).toEqual({ do: 'none' });
    expect(treeAction(rows, 1, 'ArrowLeft')).toEqual({
      do: 'fold',
      key: 'conference:k23',
      expanded: false,
    });
    expect(treeAction(rows, 2, 'ArrowLeft')).toEqual({ do: 'move', to: 1 });
    expect(treeAction(rows, 1, 'ArrowRight')).toEqual({ do: 'move', to: 2 });
    // DevOpsDays is folded (not the newest year): Right unfolds it.
    expect(treeAction(rows, 7, 'ArrowRight')).toEqual({
      do: 'fold',
      key: 'conference:d19',
      expanded: true,
    });
    expect(treeAction(rows, 2, 'Enter')).toMatchObject({ do: 'open', row: { key: 'talk:t1' } });
    expect(treeAction(rows, 0, 'Enter')).toEqual({ do: 'fold', key: 'year:2023', expanded: false });
    expect(treeAction(rows, 3, 'End')).toEqual({ do: 'move', to: rows.length - 1 });
  });

  it('jumps to the next row starting with what was typed, ignoring case and accents', () => {
    expect(rowLabel(rows[typeAhead(rows, 0, 's')!])).toBe('SREcon');
    expect(rowLabel(rows[typeAhead(rows, 0, 'é')!])).toBe('Error budgets');
    // Typing on in a word stays on the row that matches; a new first letter moves on.
    expect(rowLabel(rows[typeAhead(rows, 2, 'ta')!])).toBe('Talk 4');
    expect(rowLabel(rows[typeAhead(rows, 2, 't')!])).toBe('Talk 39');
    expect(typeAhead(rows, 0, 'zz')).toBeUndefined();
  });
});
