import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyTheme, readThemeChoice } from './app/theme/theme';
import { installTrustedTypesPolicy } from './app/trusted-types';
import { keepEarlyInput } from './app/early-input';
import { SINGLE_FILE } from './app/route-links';
import './index.css';
import { preloadExplanations } from './features/decoder';

installTrustedTypesPolicy();
applyTheme(readThemeChoice());
preloadExplanations();

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// The build pre-renders every page; the development server serves an empty root.
if (root.hasChildNodes()) {
  keepEarlyInput(root);
  hydrateRoot(root, app, {
    onRecoverableError: (error: unknown) => console.error('Token Lens: the page did not hydrate as built and was rendered again.', error),
  });
} else {
  createRoot(root).render(app);
}

// The service worker precaches the build so every route opens offline after one visit;
// the single file, opened from disk, has none.
if (!SINGLE_FILE) void import('./app/update').then(({ registerServiceWorker }) => registerServiceWorker());
