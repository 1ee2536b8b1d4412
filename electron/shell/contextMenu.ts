import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';

/** What the context menu can do beyond Electron's roles. */
export interface ContextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
  /** The checked opener: the same one every other link click goes through. */
  openLink(url: string): void;
  copyText(text: string): void;
}

/**
 * The right-click menu: spelling suggestions for a misspelt word (the
 * built-in spellchecker), link actions, and the usual editing roles.
 */
export function contextMenuTemplate(
  params: Pick<
    ContextMenuParams,
    | 'misspelledWord'
    | 'dictionarySuggestions'
    | 'linkURL'
    | 'isEditable'
    | 'selectionText'
    | 'editFlags'
  >,
  actions: ContextMenuActions,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, 6);
    if (suggestions.length === 0) items.push({ label: 'No Spelling Suggestions', enabled: false });
    for (const word of suggestions) {
      items.push({ label: word, click: () => actions.replaceMisspelling(word) });
    }
    items.push({
      label: 'Add to Dictionary',
      click: () => actions.addToDictionary(params.misspelledWord),
    });
    items.push({ type: 'separator' });
  }
  if (params.linkURL) {
    items.push({ label: 'Open Link', click: () => actions.openLink(params.linkURL) });
    items.push({ label: 'Copy Link', click: () => actions.copyText(params.linkURL) });
    items.push({ type: 'separator' });
  }
  if (params.isEditable) {
    items.push(
      { role: 'cut', enabled: params.editFlags.canCut },
      { role: 'copy', enabled: params.editFlags.canCopy },
      { role: 'paste', enabled: params.editFlags.canPaste },
      { role: 'selectAll' },
    );
  } else if (params.selectionText) {
    items.push({ role: 'copy' });
  }
  while (items.at(-1)?.type === 'separator') items.pop();
  return items;
}
