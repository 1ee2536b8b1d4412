import js from '@eslint/js';
import { builtinModules } from 'node:module';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Every Node built-in, bare (`events`, `fs/promises`) and with the `node:` scheme. */
const nodeModules = {
  paths: builtinModules.filter((name) => !name.startsWith('_')),
  patterns: ['node:*'],
};
/** The electron package and its settings store (bare names: `electron/…` paths in the repo differ). */
const electronPackages = { paths: ['electron', 'electron-store'], patterns: ['electron/*'] };
const layer = (/** @type {string[]} */ ...folders) => folders.map((folder) => `**/${folder}/**`);

/**
 * Layering, enforced rather than hoped for (see shared/STYLE.md and
 * docs/architecture.md): each folder of electron/ and the two sides it
 * joins, and what each may not import.
 */
const layers = [
  {
    files: ['shared/**/*.ts'],
    message: 'shared/ imports neither electron/ nor renderer/ nor Node modules',
    forbidden: [nodeModules, electronPackages, { patterns: layer('electron', 'renderer') }],
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    message: 'the renderer reaches main only through window.api',
    forbidden: [nodeModules, electronPackages, { patterns: layer('electron') }],
  },
  {
    files: ['electron/core/**/*.ts'],
    message:
      'electron/core runs in plain Node: it never imports electron, nor the shell, handlers, preview or CLI that use it',
    forbidden: [
      electronPackages,
      {
        patterns: [...layer('renderer', 'shell', 'handlers', 'preview', 'cli'), '**/electron/*.ts'],
      },
      { patterns: ['../main', '../ipc', '../preload', '../cli', '../../main', '../../ipc'] },
    ],
  },
  {
    files: ['electron/handlers/**/*.ts'],
    message:
      'handlers answer both Electron IPC and the preview server: plain Node, core services only',
    forbidden: [electronPackages, { patterns: layer('renderer', 'shell', 'preview', 'cli') }],
  },
  {
    files: ['electron/shell/**/*.ts', 'electron/main.ts', 'electron/ipc.ts'],
    message:
      'the Electron shell wires windows to handlers; it never imports the renderer, preview or CLI',
    forbidden: [{ patterns: layer('renderer', 'preview', 'cli') }],
  },
  {
    files: ['electron/preview/**/*.ts'],
    message:
      'the preview server runs in plain Node and serves the built renderer, never imports it',
    forbidden: [electronPackages, { patterns: layer('renderer', 'cli') }],
  },
  {
    files: ['electron/cli/**/*.ts', 'electron/cli.ts'],
    message: 'the command line runs in plain Node on the core services',
    forbidden: [electronPackages, { patterns: layer('renderer', 'shell', 'handlers', 'preview') }],
  },
  {
    files: ['electron/preload.ts'],
    message:
      'the sandboxed preload has electron’s renderer modules and shared/ only: no Node modules, no main-side code',
    forbidden: [
      nodeModules,
      {
        patterns: [
          './core/**',
          './shell/**',
          './handlers/**',
          './preview/**',
          './cli/**',
          '../renderer/**',
        ],
      },
    ],
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'release/**',
      'node_modules/**',
      'coverage/**',
      'bin/**',
      '.*/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layers.map(({ files, message, forbidden }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbidden.flatMap((f) => f.paths ?? []).map((name) => ({ name, message })),
          patterns: [{ group: forbidden.flatMap((f) => f.patterns ?? []), message }],
        },
      ],
    },
  })),
  {
    // vitest's asymmetric matchers (expect.stringMatching, …) are typed `any` by design.
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // electron-builder loads its config and hooks as CommonJS.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
