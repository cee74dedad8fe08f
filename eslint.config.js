import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.cache/',
      'coverage/',
      'storybook-static/',
      'node_modules/',
      'maps/*.js',
      'bench/results/',
      'bench/node_modules/',
      'test/output/',
      'test/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Source code must never evaluate strings from data.
    files: ['src/**/*.ts'],
    rules: { 'no-eval': 'error', 'no-implied-eval': 'error', 'no-new-func': 'error' },
  },
  {
    // A file is read at once, a function at a glance: modules stay small (generated data aside).
    files: ['src/**/*.ts', 'scripts/**/*.mjs', 'bench/**/*.mjs', 'bench/pages/*.js'],
    ignores: ['src/**/*.generated.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
);
