import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from './app/app';
import { loadView } from './app/view-loader';
import { VIEWS } from './app/views';
import { setPrerendered, type Prerendered } from './runtime/prerendered';

export { VIEWS };
export { routeHref } from './runtime/view-paths';
export { prerenderedAttributes } from './runtime/prerendered';

/**
 * The page's HTML for one path, as the build writes it. Every view's code is loaded first,
 * so each page renders whole, as the browser hydrates it.
 */
export async function renderPage(render: Prerendered): Promise<string> {
  setPrerendered(render);
  await Promise.all(VIEWS.map(loadView));
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
