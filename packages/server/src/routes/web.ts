import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
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

/** One file of the built app, held in memory with its pre-compressed copies. */
interface WebFile {
  readonly type: string;
  readonly cache: string;
  readonly body: Buffer;
  readonly br?: Buffer;
  readonly gzip?: Buffer;
}

/** Read the built app once, at start-up: requests never touch the disk. */
function loadWebRoot(root: string): Map<string, WebFile> {
  const files = new Map<string, WebFile>();
  const read = (path: string) => (existsSync(path) ? readFileSync(path) : undefined);
  for (const name of readdirSync(root, { recursive: true }) as string[]) {
    const file = join(root, name);
    if (!statSync(file).isFile() || /\.(br|gz)$/.test(name)) continue;
    const br = read(`${file}.br`);
    const gzip = read(`${file}.gz`);
    files.set(`/${name.split(sep).join('/')}`, {
      type: types[extname(name)] ?? 'application/octet-stream',
      cache: name.startsWith(`assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      body: readFileSync(file),
      ...(br ? { br } : {}),
      ...(gzip ? { gzip } : {}),
    });
  }
  return files;
}

/**
 * The web app slot: the built web app from `webRoot` when there is one (loaded at start-up; restart
 * to serve a replaced file), else a short page that says what this server is and where the API is.
 */
export async function webRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const root = deps.config.webRoot;
  if (root && existsSync(join(root, 'index.html'))) {
    const files = loadWebRoot(root);
    const index = files.get('/index.html') as WebFile;
    app.get('/*', async (req, reply) => {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      // Unknown paths are app routes (/check, /report): the app itself decides what to show.
      const file = files.get(path === '/' ? '/index.html' : path) ?? index;
      reply.type(file.type).header('cache-control', file.cache).header('vary', 'accept-encoding');
      // Send a pre-compressed copy from the build when the client accepts it.
      const accepts = String(req.headers['accept-encoding'] ?? '');
      if (file.br && accepts.includes('br')) return reply.header('content-encoding', 'br').send(file.br);
      if (file.gzip && accepts.includes('gzip')) return reply.header('content-encoding', 'gzip').send(file.gzip);
      return reply.send(file.body);
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
