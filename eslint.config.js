// House rules that keep the layers honest and page text inert. Each message says why.
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UNTRUSTED_HTML =
  'Page text is untrusted: render it as text (Preact text nodes, textContent), or through DOMPurify in one audited place.';

const PLATFORM_FOLDERS = ['wire', 'background', 'page', 'ui', 'storage'];

/**
 * What each folder of lib/platform/ may import besides the pure lib/ (tests may cross: they wire processes together).
 * page/ runs in the web page, with only messages to reach the rest; ui/ talks to tabs only through the background;
 * only the background and the extension pages own storage.
 */
const PLATFORM_MAY_IMPORT = {
  wire: [],
  storage: ['wire'],
  page: ['wire'],
  ui: ['wire', 'storage'],
  background: ['wire', 'storage'],
};

const PLATFORM_REASONS = {
  wire: 'wire/ is the protocol every process shares: it imports only the pure lib/.',
  storage: 'storage/ holds the stored items: it imports only wire/ and the pure lib/.',
  page: 'page/ runs in the web page: it imports only wire/ and the pure lib/, and reaches the rest by messages.',
  ui: 'ui/ runs in the popup and side panel: it imports wire/ and storage/, never background/ or page/ (tabs are reached through the background).',
  background: 'background/ runs in the service worker: it imports wire/ and storage/, never page/ or ui/.',
};

function platformDirections() {
  return PLATFORM_FOLDERS.map((folder) => {
    const forbidden = PLATFORM_FOLDERS.filter((other) => other !== folder && !PLATFORM_MAY_IMPORT[folder].includes(other));
    return {
      files: [`lib/platform/${folder}/**/*.{ts,tsx}`],
      ignores: ['lib/platform/**/*.test.{ts,tsx}'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { group: forbidden.flatMap((other) => [`../${other}/**`, `**/platform/${other}/**`]), message: PLATFORM_REASONS[folder] },
              { group: ['**/components/**', '**/entrypoints/**'], message: 'Imports point down the layers: lib imports nothing above it.' },
            ],
          },
        ],
      },
    };
  });
}

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
            { group: ['**/platform/background/**', '**/platform/page/**', '**/platform/storage/**', '**/platform/wire/**'], message: 'Components reach the browser only through the services in lib/platform/ui/.' },
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
            { group: ['pdfjs-dist', 'pdfjs-dist/*'], message: 'pdf.js is loaded lazily by an extension page or a script: lib/pdf reads the plain shapes a loader gives it.' },
            { group: ['**/components/**', '**/entrypoints/**'], message: 'Imports point down the layers: lib imports nothing above it.' },
          ],
        },
      ],
    },
  },
  // lib/platform/ is laid out by the process each file runs in; imports follow the browsers' process boundaries.
  ...platformDirections(),
);
