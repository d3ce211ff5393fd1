import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { keepEarlyInput } from './app/early-input';
import { applyTheme, readThemeChoice } from './app/theme/theme';
import { installTrustedTypesPolicy } from './app/trusted-types';
import { viewAt } from './app/view-at';
import { loadView } from './app/view-loader';
import { SINGLE_FILE } from './runtime/view-href';
import './index.css';

installTrustedTypesPolicy();
applyTheme(readThemeChoice());

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

// The first view's code comes in a chunk the page preloads beside this one; with it in
// hand the pre-rendered markup hydrates in one pass. Without it (offline before it was
// cached) the page hydrates all the same and the view says what went wrong.
const view = viewAt(window.location);
const firstView = view ? loadView(view).catch(() => undefined) : Promise.resolve();

// The build pre-renders every page; the development server serves an empty root.
if (root.hasChildNodes()) {
  // Text typed before hydration is noted from now on, and typed again once it is done.
  keepEarlyInput(root);
  void firstView.then(() =>
    hydrateRoot(root, app, {
      onRecoverableError: (error: unknown) => console.error('Token Lens: the page did not hydrate as built and was rendered again.', error),
    }),
  );
} else {
  createRoot(root).render(app);
}

// The service worker precaches the build so every route opens offline after one visit;
// the single file, opened from disk, has none.
if (!SINGLE_FILE) void import('./app/update').then(({ registerServiceWorker }) => registerServiceWorker());
