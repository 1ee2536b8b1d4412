import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from '../shared/csp';

/** Writes the one CSP (shared/csp.ts, also sent as a header by main) into index.html's meta tag. */
const cspMeta: Plugin = {
  name: 'confnotes-csp',
  transformIndexHtml: (html) => html.replace('%CONFNOTES_CSP%', CONTENT_SECURITY_POLICY_META),
};

/**
 * Workers have no DOM: packages with a browser build that needs one take
 * their plain build there (the `worker` export condition, which Vite's
 * worker bundle does not apply by itself). The Markdown engine's entity
 * decoder is the one such package the parse worker holds.
 */
const workerBuilds: Plugin = {
  name: 'confnotes-worker-builds',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (source !== 'decode-named-character-reference') return null;
    const browser = await this.resolve(source, importer, { ...options, skipSelf: true });
    return browser && { ...browser, id: browser.id.replace(/index\.dom\.js$/, 'index.js') };
  },
};

/**
 * The renderer is built once into dist/renderer and served as files: by the
 * app's custom protocol and by the preview server. `base: './'` keeps every
 * URL relative, so both can serve it from wherever they like. Paths are
 * relative to the package root, where `npm run build:renderer` runs; that
 * keeps this file free of Node modules, as the renderer layer requires.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta],
  worker: { plugins: () => [workerBuilds] },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The polyfill would be an inline script, which the CSP refuses.
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
});
