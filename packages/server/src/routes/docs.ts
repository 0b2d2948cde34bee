import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.js';
import { openApiDocument } from '../openapi.js';

type Schema = {
  properties?: Record<string, { description?: string; type?: unknown; enum?: unknown[] }>;
  required?: string[];
};

/** GET /openapi.json and GET /docs, a readable API reference generated from the same document. */
export async function docsRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const doc = openApiDocument(deps.config.publicUrl);
  const page = renderReference(doc);
  app.get('/openapi.json', async () => doc);
  app.get('/docs', async (_req, reply) => reply.type('text/html; charset=utf-8').send(page));
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function renderReference(doc: ReturnType<typeof openApiDocument>): string {
  const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const o = op as { summary: string; description?: string; responses: Record<string, { description: string }> };
      return `<section><h3><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h3><p>${escapeHtml(o.summary)}</p>${
        o.description ? `<p>${escapeHtml(o.description)}</p>` : ''
      }<ul>${Object.entries(o.responses)
        .map(([status, r]) => `<li><code>${status}</code> ${escapeHtml(r.description)}</li>`)
        .join('')}</ul></section>`;
    }),
  );
  const table = (name: string, schema: Schema) =>
    `<h3 id="${name}">${name}</h3><table><thead><tr><th>field</th><th>type</th><th>required</th><th>meaning</th></tr></thead><tbody>${Object.entries(
      schema.properties ?? {},
    )
      .map(
        ([field, p]) =>
          `<tr><td><code>${field}</code></td><td>${escapeHtml(p.enum ? p.enum.map(String).join(' | ') : String(p.type ?? 'object'))}</td><td>${
            schema.required?.includes(field) ? 'yes' : ''
          }</td><td>${escapeHtml(p.description ?? '')}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>spine-advisor API reference</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a}code{background:#f3f3f3;padding:0 .2rem}table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #ccc;padding:.3rem;text-align:left;vertical-align:top}section{border-top:1px solid #ddd;margin-top:1rem}.note{background:#fff4e5;border-left:4px solid #b45309;padding:.5rem 1rem}</style></head>
<body><h1>spine-advisor API reference</h1>
<p class="note">spine-advisor informs; it does not diagnose. In an emergency, call your local emergency number.</p>
<p>Version ${escapeHtml(doc.info.version)}. Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${doc.openapi}).</p>
<h2>Operations</h2>${operations.join('')}
<h2>Schemas</h2>${table('Case', doc.components.schemas.Case as Schema)}${table('Assessment', doc.components.schemas.Assessment as Schema)}
</body></html>`;
}
