import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyTheme, readThemeChoice } from './app/theme/theme';
import './index.css';
import { preloadExplanations } from './features/decoder';

applyTheme(readThemeChoice());
preloadExplanations();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The service worker precaches the build so every route opens offline after one visit.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).catch((error: unknown) => {
      console.warn('Offline use is unavailable: the service worker did not register.', error);
    });
  });
}
