import globals from 'globals';

/**
 * Globals that only a browser page has. Whatever Node also defines (crypto, TextEncoder, URL,
 * atob, structuredClone, setTimeout, fetch…) works in src/lib's tests and workers too, so it
 * stays allowed; the rest (window, document, HTMLElement and every other DOM class, Worker,
 * requestIdleCallback…) would tie pure code to a page.
 */
const NOT_IN_NODE = Object.keys(globals.browser).filter((name) => !(name in globals.node) && !(name in globals.builtin));

/** Recent Node versions define these too, but they are the page's state, not plain logic. */
const PAGE_STATE = ['navigator', 'Navigator', 'localStorage', 'sessionStorage', 'Storage'];

export const BROWSER_ONLY_GLOBALS = [...new Set([...NOT_IN_NODE, ...PAGE_STATE])].sort();
