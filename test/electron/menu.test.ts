import { describe, expect, it, vi } from 'vitest';
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/app';
import { contextMenuTemplate } from '../../electron/shell/contextMenu';
import { COMMAND_ITEMS, menuTemplate } from '../../electron/shell/menu';

vi.mock('electron', () => import('./fakeElectron'));

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

const build = (platform: NodeJS.Platform, isPackaged = true) => {
  const sent: MenuCommand[] = [];
  const items = flatten(
    menuTemplate({ platform, appName: 'Confnotes', isPackaged, send: (c) => sent.push(c) }),
  );
  return { items, sent };
};

describe('the application menu', () => {
  it.each(['darwin', 'linux', 'win32'] as const)(
    'offers every command with its shortcut on %s',
    (platform) => {
      const { items, sent } = build(platform);
      for (const { label, accelerator, command } of Object.values(COMMAND_ITEMS)) {
        const item = items.find((i) => i.label === label);
        expect(item?.accelerator, label).toBe(accelerator);
        (item!.click as () => void)();
        expect(sent.at(-1)).toBe(command);
      }
    },
  );

  it('uses the shortcuts people expect', () => {
    expect(COMMAND_ITEMS['new-talk'].accelerator).toBe('CmdOrCtrl+N');
    expect(COMMAND_ITEMS['quick-switcher'].accelerator).toBe('CmdOrCtrl+P');
    expect(COMMAND_ITEMS.search.accelerator).toBe('CmdOrCtrl+Shift+F');
    expect(COMMAND_ITEMS.now.accelerator).toBe('CmdOrCtrl+Shift+N');
    expect(COMMAND_ITEMS.preferences.accelerator).toBe('CmdOrCtrl+,');
  });

  it('never takes a shortcut the editor needs, nor gives two commands one key', () => {
    const accelerators = Object.values(COMMAND_ITEMS).map((i) => i.accelerator);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    for (const key of ['B', 'I', 'U', 'K', 'Z', 'Y', 'Shift+Z', 'A', 'C', 'V', 'X']) {
      expect(accelerators).not.toContain(`CmdOrCtrl+${key}`);
    }
  });

  it('offers developer tools only in development builds', () => {
    expect(build('linux', true).items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(build('linux', false).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});

const params = (over: Partial<ContextMenuParams>): ContextMenuParams =>
  ({
    misspelledWord: '',
    dictionarySuggestions: [],
    linkURL: '',
    isEditable: true,
    selectionText: '',
    editFlags: { canCut: true, canCopy: true, canPaste: true },
    ...over,
  }) as ContextMenuParams;

describe('the context menu', () => {
  const actions = () => ({
    replaceMisspelling: vi.fn(),
    addToDictionary: vi.fn(),
    openLink: vi.fn(),
    copyText: vi.fn(),
  });

  it('offers spelling suggestions and adding the word', () => {
    const a = actions();
    const items = contextMenuTemplate(
      params({ misspelledWord: 'Kubernets', dictionarySuggestions: ['Kubernetes'] }),
      a,
    );
    (items.find((i) => i.label === 'Kubernetes')!.click as () => void)();
    (items.find((i) => i.label === 'Add to Dictionary')!.click as () => void)();
    expect(a.replaceMisspelling).toHaveBeenCalledWith('Kubernetes');
    expect(a.addToDictionary).toHaveBeenCalledWith('Kubernets');
  });

  it('opens links through the given opener only', () => {
    const a = actions();
    const items = contextMenuTemplate(
      params({ linkURL: 'javascript:alert(1)', isEditable: false }),
      a,
    );
    (items.find((i) => i.label === 'Open Link')!.click as () => void)();
    expect(a.openLink).toHaveBeenCalledWith('javascript:alert(1)');
  });

  it('has editing roles in editable text and nothing dangling', () => {
    const items = contextMenuTemplate(params({}), actions());
    expect(items.map((i) => i.role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(contextMenuTemplate(params({ isEditable: false }), actions())).toEqual([]);
  });
});
