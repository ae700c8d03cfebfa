// ESLint (flat config): correctness rules only (no style rules: formatting is not linted), and
// no-unsanitized as errors: HTML goes into a document only through lib/dom/sanitize.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

/** HTML sinks that eslint-plugin-no-unsanitized does not cover, banned outside the sanitiser. */
const HTML_SINKS = [
  { selector: "NewExpression[callee.name='DOMParser']", message: 'Parse HTML only in lib/dom/sanitize.ts (DOMPurify).' },
  { selector: "AssignmentExpression > MemberExpression.left[property.name='srcdoc']", message: 'No srcdoc: frames never get page HTML.' },
  { selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^(srcdoc|on)/i]", message: 'No event-handler or srcdoc attributes: add listeners, set text.' },
  { selector: "CallExpression[callee.property.name=/^(setHTMLUnsafe|parseHTMLUnsafe|createContextualFragment)$/]", message: 'Parse HTML only in lib/dom/sanitize.ts (DOMPurify).' },
];

export default tseslint.config(
  {
    ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'reports/**', 'artifacts/**', 'lib/convert/dict/**', 'tests/fixtures/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'no-unsanitized': nounsanitized },
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-syntax': ['error', ...HTML_SINKS],
      // U+3000 (ideographic space) is ordinary in Chinese text, also in template literals.
      // A leading underscore marks a binding kept on purpose (destructuring a field away).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
    },
  },
  {
    // The sanitiser is the one module allowed to parse HTML.
    files: ['lib/dom/sanitize.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Tests build hostile and odd documents on purpose (jsdom, Playwright pages under test).
    files: ['tests/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Classic scripts and Node scripts in plain JavaScript.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
