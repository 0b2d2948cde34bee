import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
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

/**
 * Pre-compressed copies (.br, .gz) of text files, so the server sends them without compressing per
 * request. Runs after the bundle is written, on the final files.
 */
function precompress(): Plugin {
  return {
    name: 'spine-advisor-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|html|json|svg|webmanifest)$/.test(fileName)) continue;
        const bytes = readFileSync(join(dir, fileName));
        if (bytes.length < 1024) continue;
        writeFileSync(join(dir, `${fileName}.br`), brotliCompressSync(bytes));
        writeFileSync(join(dir, `${fileName}.gz`), gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [serviceWorker(), precompress()],
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 600 },
  oxc: { jsx: { runtime: 'automatic' } },
});
