// `npm run lint` (with `prettier --check`). Type-aware rules for TypeScript (the project's tsconfig.json), Lit and
// web-component rules for the elements and the kiosk, and no formatting rules: Prettier owns the layout.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const importsAndExports = 'ImportDeclaration, ExportNamedDeclaration, ExportAllDeclaration, ImportExpression';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist.building-*/',
      'node_modules/',
      'coverage/',
      '.test-results/',
      'data/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // Relative imports name the file as Node and browsers load it (`./store.js`), as src/ does.
      'no-restricted-syntax': [
        'error',
        {
          selector: `:matches(${importsAndExports})[source.value=/^\\.\\.?\\/(?!.*\\.(js|mjs|json|css|html)$)/]`,
          message: 'Name the file of a relative import with its extension: ./name.js (for a .ts file too).',
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  // Scripts, tests and configs in plain JavaScript are outside tsconfig.json: syntax rules only.
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },
  // What runs in a browser: the elements, delivery, the kiosk, the staff console, the demo, the browser tests, and
  // the functions the e2e tests and benches hand to a page.
  {
    files: ['src/**', 'kiosk/**', 'staff/**', 'demo/**', 'test/browser/**', 'test/e2e/**', 'test/bench/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/elements/**', 'kiosk/**', 'staff/**'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    // Lit calls a template's listeners (`@click=${this.done}`) with the element as `this`.
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  // Tests poke at untyped JSON and page handles on purpose: the `any` checks stay for product code.
  {
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // chai's property assertions (`expect(el).to.exist`) are expressions by design.
  { files: ['test/browser/**'], rules: { '@typescript-eslint/no-unused-expressions': 'off' } },
  prettier,
  // After eslint-config-prettier, which turns it off: Prettier wraps code at 120, this catches long strings,
  // templates and comments, which are hard to read and review.
  { rules: { 'max-len': ['error', { code: 160, ignoreUrls: true, ignoreRegExpLiterals: true }] } },
);
