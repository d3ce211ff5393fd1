export type ThemeChoice = 'light' | 'dark' | 'system';

// The theme is the one thing the app remembers; nothing the user pastes is ever stored.
const STORAGE_KEY = 'token-lens:theme';

const DARK_SCHEME_QUERY = '(prefers-color-scheme: dark)';

export function readThemeChoice(): ThemeChoice {
  if (typeof localStorage === 'undefined') return 'system';
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

export function saveThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage may be disabled; the choice then lasts for this page only.
  }
}

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_SCHEME_QUERY).matches;
}

/** The page's background in each theme, as index.html's theme-color tags name them. */
export const THEME_COLORS = { light: '#ffffff', dark: '#0b1020' } as const;

/**
 * What a theme-color tag says: under "System", the colour of the scheme its media query
 * names, so the browser picks by the system's setting; once a theme is chosen, that theme's
 * colour whatever the query, so the browser's frame matches the page.
 */
export function themeColorFor(choice: ThemeChoice, media: string | null): string {
  if (choice !== 'system') return THEME_COLORS[choice];
  return media === DARK_SCHEME_QUERY ? THEME_COLORS.dark : THEME_COLORS.light;
}

export function applyTheme(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'system' && systemPrefersDark());
  const root = document.documentElement;
  root.classList.toggle('dark', dark);
  root.classList.toggle('light', !dark);
  for (const meta of document.querySelectorAll('meta[name="theme-color"]')) {
    meta.setAttribute('content', themeColorFor(choice, meta.getAttribute('media')));
  }
}
