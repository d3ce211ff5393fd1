// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyTheme, THEME_COLORS, themeColorFor, type ThemeChoice } from './theme';

const LIGHT_QUERY = '(prefers-color-scheme: light)';
const DARK_QUERY = '(prefers-color-scheme: dark)';

describe('themeColorFor', () => {
  it.each<[ThemeChoice, string, string]>([
    ['system', LIGHT_QUERY, THEME_COLORS.light],
    ['system', DARK_QUERY, THEME_COLORS.dark],
    ['light', LIGHT_QUERY, THEME_COLORS.light],
    ['light', DARK_QUERY, THEME_COLORS.light],
    ['dark', LIGHT_QUERY, THEME_COLORS.dark],
    ['dark', DARK_QUERY, THEME_COLORS.dark],
  ])('%s, a tag for %s: %s', (choice, media, color) => expect(themeColorFor(choice, media)).toBe(color));
});

describe('index.html', () => {
  // happy-dom's URL cannot name a file; vitest runs from the project's root.
  it('names the same colours, one tag per system scheme', () => {
    const html = readFileSync(join(process.cwd(), 'index.html'), 'utf8');
    const tags = [...html.matchAll(/<meta name="theme-color" content="([^"]+)" media="([^"]+)" \/>/g)].map(([, content, media]) => [media, content]);
    expect(tags).toEqual([
      [LIGHT_QUERY, THEME_COLORS.light],
      [DARK_QUERY, THEME_COLORS.dark],
    ]);
  });
});

describe('applyTheme', () => {
  const contents = () => [...document.querySelectorAll('meta[name="theme-color"]')].map((meta) => [meta.getAttribute('media'), meta.getAttribute('content')]);

  it('gives both tags the chosen colour, and each its own again under "System"', () => {
    document.head.innerHTML = `<meta name="theme-color" content="${THEME_COLORS.light}" media="${LIGHT_QUERY}"><meta name="theme-color" content="${THEME_COLORS.dark}" media="${DARK_QUERY}">`;
    applyTheme('dark');
    expect(document.documentElement.classList.contains('dark')).toBe(true);
    expect(contents()).toEqual([
      [LIGHT_QUERY, THEME_COLORS.dark],
      [DARK_QUERY, THEME_COLORS.dark],
    ]);
    applyTheme('light');
    expect(contents()).toEqual([
      [LIGHT_QUERY, THEME_COLORS.light],
      [DARK_QUERY, THEME_COLORS.light],
    ]);
    applyTheme('system');
    expect(contents()).toEqual([
      [LIGHT_QUERY, THEME_COLORS.light],
      [DARK_QUERY, THEME_COLORS.dark],
    ]);
  });
});
