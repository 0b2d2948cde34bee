import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { I18nProvider } from './text/i18n.js';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  // A transition: React renders the first screen in slices that yield to the browser, so a page with
  // a large form (the clinician view) never blocks input for long.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <I18nProvider>
          <App />
        </I18nProvider>
      </StrictMode>,
    );
  });
}

// Offline after the first visit: the service worker caches the whole app.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
