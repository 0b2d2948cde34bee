import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/** Files larger than this are cached when first used, not at install (the offline ZIP data is 4.5 MB). */
const precacheLimitBytes = 1_000_000;

/**
 * Writes the list of files to pre-cache into the service worker (src/service-worker.ts, built as its
 * own entry, `sw.js`), as JSON data in place of `PRECACHE_MANIFEST`; the version is a hash of the
 * file names, which carry content hashes. Done here rather than with vite-plugin-pwa, whose
 * Workbox build tooling would add dozens of packages to every install for these few lines.
 */
function precacheManifest(): Plugin {
  return {
    name: 'spine-advisor-precache-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const worker = bundle['sw.js'];
      if (worker?.type !== 'chunk' || !worker.code.includes('PRECACHE_MANIFEST')) {
        return this.error('sw.js with a PRECACHE_MANIFEST placeholder was not built');
      }
      const size = (file: (typeof bundle)[string]) =>
        file.type === 'chunk'
          ? file.code.length
          : typeof file.source === 'string'
            ? file.source.length
            : file.source.length;
      const built = Object.entries(bundle)
        .filter(([name, file]) => name !== 'sw.js' && size(file) <= precacheLimitBytes)
        .map(([name]) => `/${name}`);
      const files = ['/', '/index.html', '/providers.json', '/manifest.webmanifest', '/icon.svg', ...built.sort()];
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
      worker.code = worker.code.replaceAll('PRECACHE_MANIFEST', JSON.stringify({ version, files }));
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
        // Brotli's top quality takes about a minute on the 4.5 MB ZIP data; quality 9 is seconds, a few % larger.
        const quality = bytes.length > precacheLimitBytes ? 9 : constants.BROTLI_MAX_QUALITY;
        writeFileSync(
          join(dir, `${fileName}.br`),
          brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }),
        );
        writeFileSync(join(dir, `${fileName}.gz`), gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [precacheManifest(), precompress()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The offline ZIP data (loaded only when someone searches for care) is one large chunk.
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      input: { main: 'index.html', sw: 'src/service-worker.ts' },
      output: { entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js') },
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
});
