// npm run lint: typescript-eslint with type information, Lit's and web components' rules, lit-a11y on the
// templates; then scripts/check-cycles.ts, which fails on any import cycle (the layers are one-way).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

// Import cycles are checked by scripts/check-cycles.ts, not by eslint-plugin-import-x's no-cycle: that rule
// did not report the circle that ran through src/lazy.ts's dynamic import()s (issue #17; checked on the tree
// before the fix, where check-cycles reports 14 modules), and it parses the whole graph again for every file,
// which made `eslint .` take many minutes here.

/** Node's globals (those of the Node that runs the linter) and the few browser ones the .js scripts use inside page callbacks. */
const nodeAndBrowser = Object.fromEntries(
  [
    ...Object.getOwnPropertyNames(globalThis),
    ...['process', 'Buffer', 'console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'URL', 'fetch'],
    ...['window', 'document', 'customElements', 'HTMLElement', 'navigator', 'location', 'getComputedStyle', 'requestAnimationFrame'],
  ].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', '**/node_modules/**', 'demo/public/**', 'server/data/**', 'data/**', 'screenshots/**', '.wtr-*.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  { files: ['src/**/*.ts'], ...lit.configs['flat/recommended'] },
  { files: ['src/**/*.ts'], ...wc.configs['flat/recommended'] },
  { files: ['src/**/*.ts'], ...litA11y.configs.recommended },
  {
    // Tests: a relaxed set, for what test code does on purpose.
    files: ['test/**/*.ts', 'server/test/**/*.ts'],
    rules: {
      // node:test's describe()/it() return promises that the runner itself awaits; mocha's hooks likewise.
      '@typescript-eslint/no-floating-promises': 'off',
      // Tests read response bodies and fixtures as JSON (`any`) and check their shape with assertions, not types.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // The runner's setViewport works through puppeteer only, and fails in WebKit (WebDriver):
      // test/helpers/viewport.ts sets the size in every engine.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@web/test-runner-commands',
              importNames: ['setViewport'],
              message: "Use setViewport from test/helpers/viewport.ts: the runner's fails in WebKit.",
            },
          ],
        },
      ],
    },
  },
  { files: ['test/helpers/viewport.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    // The single files' stand-ins for src/lazy.ts: async so each loader returns a promise like lazy.ts's import(),
    // with nothing to await (everything is in the file already). Promise.resolve() would say the same in more bytes
    // of the single files, which are at their budgets (scripts/size.js).
    files: ['src/lazy.static.ts', 'src/lazy.contest.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    // Plain JavaScript (configs, Node scripts): no type information, but Node's and the pages' globals for no-undef.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: nodeAndBrowser },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...nodeAndBrowser, module: 'writable', require: 'readonly', __dirname: 'readonly' } },
  },
);
