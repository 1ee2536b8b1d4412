import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from '../shared/csp';

/** Writes the one CSP (shared/csp.ts, also sent as a header by main) into index.html's meta tag. */
const cspMeta: Plugin = {
  name: 'confnotes-csp',
  transformIndexHtml: (html) => html.replace('%CONFNOTES_CSP%', CONTENT_SECURITY_POLICY_META),
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
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The polyfill would be an inline script, which the CSP refuses.
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
});
