import { defineConfig, type Plugin } from 'vite';

/**
 * A service worker that pre-caches every file of the build, so the app works offline after the
 * first visit. The list of files comes from the bundle itself.
 */
function serviceWorker(): Plugin {
  return {
    name: 'spine-advisor-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = [
        '/',
        '/index.html',
        '/providers.json',
        '/manifest.webmanifest',
        '/icon.svg',
        ...Object.keys(bundle).map((f) => `/${f}`),
      ];
      const version = Object.keys(bundle).sort().join('|');
      let hash = 0;
      for (const ch of version) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: `// Generated at build: pre-cache the app shell; serve from cache when offline.
const CACHE = 'spine-advisor-${(hash >>> 0).toString(16)}';
const FILES = ${JSON.stringify([...new Set(files)])};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (new URL(request.url).pathname.startsWith('/api/')) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request).then((hit) => hit || caches.match('/index.html'))),
  );
});
`,
      });
    },
  };
}

export default defineConfig({
  plugins: [serviceWorker()],
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 600 },
  oxc: { jsx: { runtime: 'automatic' } },
});
