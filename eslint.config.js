import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tovholder from './eslint/danishTextInCatalogue.js';

/**
 * Layer boundaries (STYLE §1): shared/ is pure (no node:*, no DOM libraries, no electron, no React);
 * the core never imports electron; the renderer reaches the core only through the typed client.
 */
const NODE_BUILTINS = ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process', 'http', 'net', 'util', 'url', 'stream'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'bench-results/**', '.native-cache/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/component/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'shared/ is used by main and renderer: no electron.' },
            { name: 'react', message: 'shared/ has no React.' },
            { name: 'better-sqlite3-multiple-ciphers', message: 'Storage lives in electron/core.' },
          ],
          patterns: [
            { group: NODE_BUILTINS, message: 'shared/ runs in the renderer too: no Node built-ins.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing else in the repo.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The core runs under plain Node (tests, bridge): never import electron here.' }],
          patterns: [
            { group: ['react', 'react-dom', '**/renderer/**'], message: 'The core knows nothing about the UI.' },
            { group: ['**/electron/main/**', '**/main/*', '../main/*'], message: 'The core must not depend on the Electron layer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to main only through window.api (renderer/lib/api.ts).' },
            { name: 'better-sqlite3-multiple-ciphers', message: 'The renderer never touches the database.' },
            { name: 'docx', message: 'Documents are built in the core.' },
          ],
          patterns: [
            { group: NODE_BUILTINS, message: 'The renderer is sandboxed: no Node built-ins.' },
            { group: ['**/electron/**'], message: 'The renderer reaches the core only through the typed client.' },
          ],
        },
      ],
    },
  },
  // One catalogue of Danish text (STYLE §12, issue 15): user-facing Danish lives in shared/text/. Sample data and
  // applied migrations are data, not UI text (docs/architecture.md, „One catalogue of Danish text“).
  {
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['electron/core/settings/sampleData.ts', 'electron/core/db/migrations/**'],
    plugins: { tovholder },
    rules: { 'tovholder/danish-text-in-catalogue': 'error' },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/core/settings/sampleData.ts', 'electron/core/db/migrations/**'],
    plugins: { tovholder },
    rules: { 'tovholder/danish-text-in-catalogue': ['error', { uiProperties: true }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { tovholder },
    rules: { 'tovholder/danish-text-in-catalogue': ['error', { jsx: 'all' }] },
  },
  {
    files: ['scripts/**/*.mjs', 'build/**/*.cjs', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  // E2E journeys wait for what the user would see, never for a fixed time (docs/architecture.md, „How e2e journeys are written“).
  {
    files: ['test/e2e/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='waitForTimeout']",
          message: 'No sleeps in e2e tests: wait for what the user would see (a text, a role, the „Gemt“ indicator, expect.poll, locator.waitFor) or for the core’s answer (afterCall in test/e2e/harness.ts).',
        },
        {
          selector: "NewExpression[callee.name='Promise'] CallExpression[callee.name='setTimeout']",
          message: 'No sleeps in e2e tests: wait for what the user would see, not for a fixed time.',
        },
      ],
    },
  },
  {
    files: ['build/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
