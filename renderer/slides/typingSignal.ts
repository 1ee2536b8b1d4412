import { api } from '../api';

/** At most one signal this often while the user types (the reader waits 1.5 s after the last). */
const THROTTLE_MS = 500;

let lastSent = -Infinity;

/**
 * Tells main the user is typing, so the slide reader stops at once and
 * waits for them to stop. Sent on the first keystroke of a burst (main
 * cannot tell as soon from the autosaves, which come 300 ms to 1 s after
 * the keys), then at most every 500 ms: one tiny IPC message, never awaited.
 */
export function signalTyping(now: number = performance.now()): void {
  if (now - lastSent < THROTTLE_MS) return;
  lastSent = now;
  api()
    .slides.typing({})
    .catch(() => {});
}
