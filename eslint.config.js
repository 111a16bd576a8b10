// Lint rules: typescript-eslint's recommended type-aware set, plus the layering rules from DESIGN.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Domain folders never import HTTP or SQL drivers (DESIGN.md §3.2).
    files: [
      'src/content/**/*.ts',
      'src/comments/**/*.ts',
      'src/spam/**/*.ts',
      'src/users/**/*.ts',
      'src/importers/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['fastify', '@fastify/*', 'pg', 'better-sqlite3', '**/http/**'] },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in src/config.ts only.' },
      ],
    },
  },
  {
    files: ['bin/**/*.js', 'scripts/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
