import { buildApi } from '../../shared/ipc/buildApi';
import { createHttpTransport } from './httpTransport';
import { withTypedPaths } from './typedPaths';

/**
 * In the app the preload provides `window.api`. The preview server has no
 * preload, so when it is missing the page builds the same API over HTTP,
 * with the token the server printed in the page's URL.
 */
export function installPreviewBridge(): void {
  if ('api' in window && window.api) return;
  const token = new URLSearchParams(window.location.search).get('token');
  if (!token) {
    throw new Error('No window.api and no preview token: open the URL the preview server printed.');
  }
  const transport = createHttpTransport(window.location.origin, token);
  window.api = buildApi(withTypedPaths(transport, (question) => window.prompt(question)));
}
