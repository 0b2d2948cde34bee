/// <reference lib="webworker" />

/**
 * The service worker: after the first visit the app works offline. At install it pre-caches the
 * files of the build; every GET for the app is served from the network when it can be (and the
 * copy refreshed), from the cache when offline. The API is never cached.
 */
const worker = self as unknown as ServiceWorkerGlobalScope;

/**
 * The files to pre-cache and a version naming this build. vite.config.ts writes the list in at
 * build time, as data (the way Workbox's injectManifest does), so a new build is a new worker.
 */
declare const PRECACHE_MANIFEST: { readonly version: string; readonly files: readonly string[] };

const manifest = PRECACHE_MANIFEST;
const cacheName = `spine-advisor-${manifest.version}`;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll([...manifest.files]))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k))))
      .then(() => worker.clients.claim()),
  );
});

/** Network first, keeping the cached copy fresh; the cache (or the app shell) when offline. */
async function networkFirst(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const copy = response.clone();
      await caches.open(cacheName).then((cache) => cache.put(request, copy));
    }
    return response;
  } catch (offline) {
    const hit = (await caches.match(request)) ?? (await caches.match('/index.html'));
    if (hit) return hit;
    throw offline;
  }
}

worker.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== worker.location.origin || url.pathname.startsWith('/api/'))
    return;
  event.respondWith(networkFirst(event.request));
});

// A module: its names stay out of the page's global scope when type-checked with the app.
export {};
