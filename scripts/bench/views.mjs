// The app's list of views (src/app/views.ts), read in Node through Vite's module loader,
// which compiles the TypeScript; a view's code is not loaded, only its description.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Each view's id, path, label and first-view budget, as plain data. */
export async function loadViews() {
  const server = await createServer({ root: ROOT, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
  try {
    const { VIEWS } = await server.ssrLoadModule('/src/app/views.ts');
    return VIEWS.map(({ id, path, label, firstViewBudget }) => ({ id, path, label, firstViewBudget }));
  } finally {
    await server.close();
  }
}
