import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { BROWSER_ONLY_GLOBALS } from './lint/browser-only-globals.js';
import { importXPlugin } from './lint/import-x.js';
import { layerZones } from './lint/layers.js';

const LIB_WITHOUT_REACT =
  'src/lib is pure TypeScript, free of React: components and hooks belong in src/ui, src/runtime or src/features, ' +
  'which call the lib, not the reverse.';

const LIB_WITHOUT_DOM =
  'src/lib is pure TypeScript that runs outside the page too (Node, tests, workers), where there is no DOM. ' +
  'Take plain values (text, numbers, callbacks) as parameters instead, or move this code into src/runtime or the feature that uses it.';

/**
 * The whole config for a project whose src/ sits in `root`. The boundaries between src's
 * folders are absolute paths, so they need the root; the boundary test lints a miniature tree
 * with this same config, rooted there.
 */
export function lintConfig(root) {
  return tseslint.config(
    { ignores: ['dist', 'dev-dist', 'test-results', 'playwright-report', 'bench-results', 'lint/fixtures'] },
    {
      extends: [js.configs.recommended, ...tseslint.configs.recommended],
      files: ['**/*.{ts,tsx,js,mjs}'],
      languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
      plugins: { 'react-hooks': reactHooks },
      rules: {
        ...reactHooks.configs.recommended.rules,
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      },
    },
    {
      files: ['src/**/*.{ts,tsx}'],
      plugins: { 'import-x': importXPlugin },
      settings: {
        // Files whose imports no-cycle follows, and how './panel' finds panel.tsx.
        'import-x/extensions': ['.ts', '.tsx', '.js'],
        'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      },
      rules: {
        'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones(root) }],
        // A lazy import() does not count. It runs after both modules have finished loading, so
        // neither sees the other half-initialised, the harm a cycle does; and a view's index.ts
        // lazily loads its page, which may import another feature's index.ts (the one way in)
        // whose page imports this index back: a loop by design. Type-only imports never count
        // either (the rule skips them): they are gone from the build.
        'import-x/no-cycle': ['error', { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: true }],
      },
    },
    {
      files: ['src/lib/**/*.{ts,tsx}'],
      rules: {
        'no-restricted-imports': [
          'error',
          // Subpaths too: react/jsx-runtime, react-dom/client, react-dom/server…
          { patterns: [{ regex: '^react(-dom)?(/|$)', message: LIB_WITHOUT_REACT }] },
        ],
        'no-restricted-globals': ['error', ...BROWSER_ONLY_GLOBALS.map((name) => ({ name, message: LIB_WITHOUT_DOM }))],
        // The same names as types (`el: HTMLElement`), which the globals rule does not see.
        '@typescript-eslint/no-restricted-types': [
          'error',
          { types: Object.fromEntries(BROWSER_ONLY_GLOBALS.map((name) => [name, { message: LIB_WITHOUT_DOM }])) },
        ],
      },
    },
  );
}

export default lintConfig(import.meta.dirname);
