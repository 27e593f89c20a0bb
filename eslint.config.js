// House rules that keep the layers honest and page text inert. Each message says why.
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UNTRUSTED_HTML =
  'Page text is untrusted: render it as text (Preact text nodes, textContent), or through DOMPurify in one audited place.';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'tests/e2e/artifacts/', 'web-ext-artifacts/'] },
  ...tseslint.configs.recommended,
  {
    // Declared so that rules about globals (no-implied-eval on setTimeout('…')) can see them.
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: UNTRUSTED_HTML },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: UNTRUSTED_HTML },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: UNTRUSTED_HTML },
        { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: UNTRUSTED_HTML },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: UNTRUSTED_HTML },
      ],
    },
  },
  {
    // The engine runs on the live page and in Node: it may not reach for extension APIs.
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ignores: ['lib/platform/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'lib/ and components/ are pure: extension APIs live in lib/platform/ and entrypoints/.' },
        { name: 'chrome', message: 'lib/ and components/ are pure: extension APIs live in lib/platform/ and entrypoints/.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt/browser', 'wxt/*', '#imports', 'webextension-polyfill'], message: 'lib/ and components/ are pure: extension APIs live in lib/platform/ and entrypoints/.' },
            { group: ['**/entrypoints/**'], message: 'Imports point down the layers: entrypoints import lib and components, never the reverse.' },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['lib/platform/**', 'lib/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt/browser', 'wxt/*', '#imports', 'webextension-polyfill'], message: 'lib/ is pure: extension APIs live in lib/platform/ and entrypoints/.' },
            { group: ['node:*', 'fs', 'path'], message: 'lib/ runs in the page too: Node APIs belong in scripts/ and tests/support/.' },
            { group: ['**/components/**', '**/entrypoints/**'], message: 'Imports point down the layers: lib imports nothing above it.' },
          ],
        },
      ],
    },
  },
);
