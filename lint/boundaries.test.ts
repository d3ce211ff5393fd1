import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Lints the miniature src/ tree in lint/fixtures with the project's own config, rooted there,
 * and checks that each fixture crossing a boundary gets exactly the error meant, and that each
 * clean fixture gets none. A rule switched off, or a zone gone, fails here.
 */

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const CONFIG_FILE = path.join(import.meta.dirname, '..', 'eslint.config.js');

interface Crossing {
  file: string;
  rule: string;
  /** Words of the message that name the boundary meant. */
  says: string;
}

const REACT_IN_LIB = ['react', 'react-type', 'react-jsx-runtime', 'react-dom-client'].map((name) => ({
  file: `src/lib/jwt/imports-${name}.ts`,
  rule: 'no-restricted-imports',
  says: 'src/lib is pure TypeScript, free of React',
}));

const LIB_IMPORTS = ['app', 'features', 'ui', 'runtime', 'main', 'entry-server'].map((name) => ({
  file: `src/lib/jwt/imports-${name}.ts`,
  rule: 'import-x/no-restricted-paths',
  says: `src/lib must not import from src/${name}`,
}));

const boundary = (file: string, says: string): Crossing => ({ file, rule: 'import-x/no-restricted-paths', says });
const cycle = (file: string): Crossing => ({ file, rule: 'import-x/no-cycle', says: 'Dependency cycle detected' });

const CROSSINGS: readonly Crossing[] = [
  ...REACT_IN_LIB,
  ...LIB_IMPORTS,
  { file: 'src/lib/jwt/uses-dom-type.ts', rule: '@typescript-eslint/no-restricted-types', says: '`Element`' },
  boundary('src/lib/core/imports-jwt.ts', 'src/lib/core must not import from another src/lib folder'),
  boundary('src/lib/time/imports-jwt.ts', 'src/lib/time must not import from src/lib/jwt'),
  boundary('src/ui/imports-features.tsx', 'src/ui must not import from src/features'),
  boundary('src/ui/imports-app.tsx', 'src/ui must not import from src/app'),
  boundary('src/ui/imports-runtime.tsx', 'src/ui must not import from src/runtime'),
  boundary('src/runtime/imports-features.ts', 'src/runtime must not import from src/features'),
  boundary('src/runtime/imports-app.ts', 'src/runtime must not import from src/app'),
  boundary('src/runtime/imports-ui.ts', 'src/runtime must not import from src/ui'),
  boundary('src/features/a/imports-app.tsx', 'src/features must not import from src/app'),
  boundary('src/features/a/imports-main.ts', 'src/features must not import from src/main.tsx'),
  boundary('src/features/a/imports-entry-server.ts', 'src/features must not import from src/entry-server.tsx'),
  boundary('src/features/a/imports-b-panel.tsx', 'src/features/a may use another feature only through its public entry'),
  cycle('src/lib/jwt/cycle-left.ts'),
  cycle('src/lib/jwt/cycle-right.ts'),
];

/** Every global the fixture touches, in its order: each is browser-only. */
const BROWSER_GLOBALS_FIXTURE = 'src/lib/jwt/uses-browser-globals.ts';
const BROWSER_GLOBALS_USED = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'requestAnimationFrame',
  'requestIdleCallback',
  'MutationObserver',
  'HTMLElement',
  'Worker',
];

/** One clean file at least for each layer, the lazy loop between features a and b included. */
const CLEAN = [
  'src/main.tsx',
  'src/entry-server.tsx',
  'src/app/shell.tsx',
  'src/features/a/index.ts',
  'src/features/a/page.tsx',
  'src/features/b/index.ts',
  'src/features/b/page.tsx',
  'src/features/b/panel.tsx',
  'src/runtime/use-clock.ts',
  'src/ui/panel.tsx',
  'src/lib/core/base64url.ts',
  'src/lib/jwt/claims.ts',
  'src/lib/jwt/decode.ts',
  'src/lib/time/relative.ts',
];

let messagesByFile: Map<string, Linter.LintMessage[]>;

function messagesOf(file: string): Linter.LintMessage[] {
  const messages = messagesByFile.get(file);
  if (!messages) throw new Error(`${file} was not linted`);
  return messages;
}

// One ESLint run over the whole tree: loading the config and plugins is most of the cost.
beforeAll(async () => {
  // A non-literal specifier: the config is plain JavaScript, which the type-check does not read.
  const { lintConfig } = (await import(pathToFileURL(CONFIG_FILE).href)) as {
    lintConfig: (root: string) => Linter.Config[];
  };
  const eslint = new ESLint({ cwd: FIXTURES, overrideConfigFile: true, overrideConfig: lintConfig(FIXTURES) });
  const results = await eslint.lintFiles(['src']);
  messagesByFile = new Map(results.map((result) => [path.relative(FIXTURES, result.filePath), result.messages]));
}, 60_000);

describe('import boundaries', () => {
  it.each(CROSSINGS)('$file: $rule', ({ file, rule, says }) => {
    const messages = messagesOf(file);
    expect(messages.map(({ ruleId, severity }) => ({ ruleId, severity }))).toEqual([{ ruleId: rule, severity: 2 }]);
    expect(messages[0]?.message).toContain(says);
  });

  it('src/lib uses no browser-only global', () => {
    const messages = messagesOf(BROWSER_GLOBALS_FIXTURE);
    expect(messages.map(({ ruleId, severity }) => ({ ruleId, severity }))).toEqual(
      BROWSER_GLOBALS_USED.map(() => ({ ruleId: 'no-restricted-globals', severity: 2 })),
    );
    expect(messages.map(({ message }) => /'(\w+)'/.exec(message)?.[1])).toEqual(BROWSER_GLOBALS_USED);
    expect(messages[0]?.message).toContain('src/lib is pure TypeScript');
  });

  it.each(CLEAN)('%s is clean', (file) => {
    expect(messagesOf(file)).toEqual([]);
  });

  it('lints every fixture, and each is either clean or listed with the error it must get', () => {
    const listed = [...CROSSINGS.map(({ file }) => file), BROWSER_GLOBALS_FIXTURE, ...CLEAN];
    expect([...messagesByFile.keys()].sort()).toEqual(listed.sort());
  });
});
