import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'worker_threads',
  'http',
  'url',
];
const nodeModulePatterns = ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)];

/** Layering, enforced rather than hoped for (see shared/STYLE.md). */
const layers = [
  {
    files: ['shared/**/*.ts'],
    message: 'shared/ imports neither electron/ nor renderer/ nor Node modules',
    patterns: ['electron', '**/electron/**', '**/renderer/**', ...nodeModulePatterns],
  },
  {
    files: ['electron/core/**/*.ts'],
    message: 'electron/core runs in plain Node: it never imports electron nor the shell',
    patterns: ['electron', 'electron/*', 'electron-store', '**/renderer/**', '../main', '../ipc'],
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    message: 'the renderer reaches main only through window.api',
    patterns: ['electron', '**/electron/**', ...nodeModulePatterns],
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
  ...layers.map(({ files, message, patterns }) => ({
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
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
