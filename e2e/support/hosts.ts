// The defaults are the project's ports; the variables let a run move aside when
// another server already holds them (say, a preview left running on the same machine).

/** The production build as Vite's preview serves it: unknown paths fall back to index.html. */
export const PREVIEW_PORT = Number(process.env.E2E_PREVIEW_PORT ?? 4173);
export const PREVIEW_URL = `http://localhost:${PREVIEW_PORT}`;

/** The same build on a plain static host with no rewrite rules (scripts/static-server.mjs). */
export const STATIC_HOST_PORT = Number(process.env.E2E_STATIC_PORT ?? 4174);
export const STATIC_HOST_URL = `http://localhost:${STATIC_HOST_PORT}`;
