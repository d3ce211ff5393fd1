import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from './app/app';
import { setPrerendered, type Prerendered } from './ui/prerendered';

export { ROUTES, routeHref } from './app/routes';
export { prerenderedAttributes } from './ui/prerendered';

/**
 * The page's HTML for one path, as the build writes it. `prerender` waits for the lazily
 * loaded views, so every route's content is in its file; the browser hydrates it.
 */
export async function renderPage(render: Prerendered): Promise<string> {
  setPrerendered(render);
  const { prelude } = await prerender(
    <StrictMode>
      <App />
    </StrictMode>,
    // A large view would otherwise be written after its fallback, to be moved in by an
    // inline script: the page must show it without scripts, and its policy allows none inline.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}
