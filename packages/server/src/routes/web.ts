import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.js';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The web app slot: the built web app from `webRoot` when there is one, else a short page that says
 * what this server is and where the API is.
 */
export async function webRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const root = deps.config.webRoot;
  if (root && existsSync(join(root, 'index.html'))) {
    app.get('/*', async (req, reply) => {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const file = normalize(join(root, path === '/' ? 'index.html' : path));
      if (!file.startsWith(normalize(root))) return reply.callNotFound();
      const target = existsSync(file) && statSync(file).isFile() ? file : join(root, 'index.html');
      const cache = target.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
      reply
        .type(types[extname(target)] ?? 'application/octet-stream')
        .header('cache-control', cache)
        .header('vary', 'accept-encoding');
      // Send a pre-compressed copy from the build when the client accepts it.
      const accepts = String(req.headers['accept-encoding'] ?? '');
      for (const [encoding, suffix] of [
        ['br', '.br'],
        ['gzip', '.gz'],
      ] as const) {
        if (accepts.includes(encoding) && existsSync(target + suffix)) {
          return reply.header('content-encoding', encoding).send(readFileSync(target + suffix));
        }
      }
      return reply.send(readFileSync(target));
    });
    return;
  }
  app.get('/', async (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>spine-advisor</title></head>
<body style="font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem">
<h1>spine-advisor</h1>
<p><strong>Does this back pain need imaging now, which scan, and how fast?</strong></p>
<p>This server answers through its API: <a href="/docs">API reference</a>, <a href="/openapi.json">OpenAPI</a>, <a href="/cds-services">CDS Hooks discovery</a>, <a href="/healthz">health</a>.</p>
<p style="background:#fff4e5;border-left:4px solid #b45309;padding:.5rem 1rem">spine-advisor informs; it does not diagnose. In an emergency, call your local emergency number.</p>
</body></html>`),
  );
}
