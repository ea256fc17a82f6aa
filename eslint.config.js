// @ts-check
/**
 * Lint for the whole tree: typescript-eslint's type-aware recommended rules on TypeScript,
 * eslint-plugin-astro's on .astro files. Formatting is Prettier's business, not ESLint's.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-subpath/',
      'dist-story/',
      '.generated/',
      '.generated-subpath/',
      '.generated-story/',
      '.astro/',
      'test-results/',
      'playwright-report/',
      'node_modules/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Types only where they are types: keeps the islands' bundles free of modules imported for a type.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // DOM and node:http listeners may be async: a rejection surfaces as an unhandled one, which is what we want.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      // node:test runs what `test()` and `describe()` register; their promises are its to await.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] }] },
      ],
    },
  },
  {
    // Build-time code and tests run on Node; islands in the browser.
    files: ['**/*.{ts,js,mjs,cjs}'],
    ignores: ['src/islands/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/islands/**'],
    languageOptions: { globals: globals.browser },
  },
);
