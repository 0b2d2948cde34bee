import { parseArgs } from 'node:util';
import { type FieldError, toFieldErrors } from '@spine-advisor/engine';
import { z } from 'zod';

/** Server settings (contract section 4), from flags and environment; flags win. */
export const ConfigSchema = z.strictObject({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().min(1).default('127.0.0.1'),
  db: z.string().min(1).default('./data/spine-advisor.db'),
  publicUrl: z.url().optional(),
  cdsAuth: z.enum(['required', 'off']).default('required'),
  cdsIssuers: z.record(z.string().min(1), z.url()).default({}),
  adminToken: z.string().min(16, 'expected at least 16 characters').optional(),
  /** Requests per minute per client address; 0 turns rate limiting off. */
  rateLimit: z.coerce.number().int().min(0).default(600),
  /** The qCDSM identifier reported in PAMA ratings. */
  qcdsmId: z.string().min(1).default('spine-advisor'),
  /** Folder of the built web app, served at `/`. */
  webRoot: z.string().optional(),
});

/** Validated server settings. */
export type Config = z.infer<typeof ConfigSchema> & { readonly publicUrl: string };

/** Where each setting comes from, for error messages. */
const origins: Record<string, string> = {
  port: '--port / PORT',
  host: '--host / HOST',
  db: '--db / DATABASE_URL',
  publicUrl: 'SPINE_ADVISOR_PUBLIC_URL',
  cdsAuth: 'SPINE_ADVISOR_CDS_AUTH',
  cdsIssuers: 'SPINE_ADVISOR_CDS_ISSUERS',
  adminToken: 'SPINE_ADVISOR_ADMIN_TOKEN',
  rateLimit: 'SPINE_ADVISOR_RATE_LIMIT',
  qcdsmId: 'SPINE_ADVISOR_QCDSM_ID',
  webRoot: 'SPINE_ADVISOR_WEB_ROOT',
};

/** Read settings from command-line flags and environment; every problem is named. */
export function loadConfig(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; config: Config } | { ok: false; errors: FieldError[] } {
  let flags: { port?: string | undefined; db?: string | undefined; host?: string | undefined };
  try {
    flags = parseArgs({
      args: [...argv],
      options: { port: { type: 'string' }, db: { type: 'string' }, host: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: '/', expected: '--port N, --host H, --db URL', message: (error as Error).message }],
    };
  }

  let issuers: unknown;
  if (env.SPINE_ADVISOR_CDS_ISSUERS !== undefined) {
    try {
      issuers = JSON.parse(env.SPINE_ADVISOR_CDS_ISSUERS);
    } catch {
      return {
        ok: false,
        errors: [
          {
            path: '/cdsIssuers',
            expected: 'a JSON object mapping each trusted issuer to its JWKS URL',
            message: `${origins.cdsIssuers}: not valid JSON`,
          },
        ],
      };
    }
  }
  const raw = Object.fromEntries(
    Object.entries({
      port: flags.port ?? env.PORT,
      host: flags.host ?? env.HOST,
      db: flags.db ?? env.DATABASE_URL,
      publicUrl: env.SPINE_ADVISOR_PUBLIC_URL,
      cdsAuth: env.SPINE_ADVISOR_CDS_AUTH,
      cdsIssuers: issuers,
      adminToken: env.SPINE_ADVISOR_ADMIN_TOKEN,
      rateLimit: env.SPINE_ADVISOR_RATE_LIMIT,
      qcdsmId: env.SPINE_ADVISOR_QCDSM_ID,
      webRoot: env.SPINE_ADVISOR_WEB_ROOT,
    }).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: toFieldErrors(parsed.error).map((e) => ({
        ...e,
        message: `${origins[e.path.slice(1).split('/')[0] ?? ''] ?? e.path}: ${e.message}`,
      })),
    };
  }
  const c = parsed.data;
  return { ok: true, config: { ...c, publicUrl: (c.publicUrl ?? `http://localhost:${c.port}`).replace(/\/$/, '') } };
}
