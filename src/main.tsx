import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyTheme, readThemeChoice } from './app/theme/theme';
import './index.css';
import { preloadExplanations } from './features/decoder';
import { registerServiceWorker } from './app/update';

applyTheme(readThemeChoice());
preloadExplanations();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
