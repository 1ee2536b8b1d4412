import { expect, it } from 'vitest';
import { ariaShortcut, commandForKey, shortcutLabel } from '../../../renderer/app/useShortcuts';

const key = (k: string, shift = false) => ({
  key: k,
  ctrlKey: true,
  metaKey: false,
  shiftKey: shift,
  altKey: false,
});

/** The window's own keys, the same as the menu's accelerators, shown the way people read them. */
it('runs the new commands from the keyboard and names their shortcuts in tooltips', () => {
  expect(commandForKey(key('H', true))).toBe('home');
  expect(commandForKey(key('J', true))).toBe('talk-details');
  expect(commandForKey(key('D', true))).toBe('distraction-free');
  expect(commandForKey(key('C', true))).toBe('new-conference');
  // Import answers to the menu's Ctrl+Shift+O and to Ctrl+Shift+I, and shows the menu's.
  expect([commandForKey(key('O', true)), commandForKey(key('I', true))]).toEqual([
    'import',
    'import',
  ]);
  expect(shortcutLabel('import')).toBe('Ctrl+Shift+O');
  expect(shortcutLabel('new-talk')).toBe('Ctrl+N');
  expect(ariaShortcut('distraction-free')).toBe('Control+Shift+D');
  expect(commandForKey({ ...key('d', true), altKey: true })).toBeUndefined();
});
