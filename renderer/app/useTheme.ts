import { useEffect } from 'react';
import type { ThemeSetting } from '../../shared/ipc/app';

/**
 * Puts the effective theme on <html data-theme>: the user's choice, or the
 * system's (followed live) when they chose "system".
 */
export function useTheme(setting: ThemeSetting | undefined, fontSize: number | undefined): void {
  useEffect(() => {
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = setting === 'dark' || (setting !== 'light' && Boolean(media?.matches));
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    };
    apply();
    media?.addEventListener('change', apply);
    return () => media?.removeEventListener('change', apply);
  }, [setting]);
  useEffect(() => {
    if (fontSize) document.documentElement.style.setProperty('--editor-font-size', `${fontSize}px`);
  }, [fontSize]);
}
