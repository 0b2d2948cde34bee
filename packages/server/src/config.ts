import { parseArgs } from 'node:util';
import { type FieldError, languages, toFieldErrors } from '@spine-advisor/engine';
import { z } from 'zod';

/** A yes/no setting: a boolean, or its text from the environment (`true`, `false`, `1`, `0`…). */
const flag = z.union([z.boolean(), z.stringbool()]);

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
  /** The language of CDS Hooks cards (contract section 7): an EHR call carries no reader's language. */
  cdsLanguage: z.enum(languages).default('en'),
  /** Folder of the built web app, served at `/`. */
  webRoot: z.string().optional(),
  /** Largest CDS Hooks request body, in MiB: a real record with all its medications is over 3.5 MB. */
  cdsBodyLimitMb: z.coerce.number().int().min(1).max(256).default(16),
  /** CDS Hooks bodies read and parsed at once (after the JWT is checked); the rest wait, unread. */
  cdsConcurrentBodies: z.coerce.number().int().min(1).max(256).default(4),
  /** Longest accepted CDS client JWT lifetime (`exp - iat`), in seconds; CDS Hooks expects short-lived tokens. */
  jwtMaxLifetimeSeconds: z.coerce.number().int().min(1).max(3600).default(300),
  /** Send the PAMA rating a second time under `extension.systemActions`, for clients that read it only there. */
  cdsExtensionSystemActions: flag.default(false),
  /** Keep audit records this many days, then delete them; unset keeps them forever. */
  auditRetentionDays: z.coerce.number().int().min(1).optional(),
  /**
   * Behind a reverse proxy: trust `X-Forwarded-For` from these proxy addresses (comma-separated IPs
   * or CIDRs, or `true` for any) so rate limits apply per client, not per proxy. Off by default.
   */
  trustProxy: z
    .union([z.boolean(), z.string()])
    .transform((v) => (v === true || v === 'true' ? true : v === false || v === 'false' || v === '' ? false : v))
    .default(false),
  /** Open connections allowed per client address; more are closed at once. */
  maxConnectionsPerAddress: z.coerce.number().int().min(1).default(64),
  /** Origins (comma-separated) allowed to call the REST assessment and reading API from a browser; CDS Hooks is open to any. */
  corsOrigins: z
    .union([z.array(z.string()), z.string()])
    .transform((v) => (typeof v === 'string' ? v.split(',').map((o) => o.trim()) : v).filter((o) => o !== ''))
    .default([]),
});

/** Validated server settings. */
export type Config = z.infer<typeof ConfigSchema> & { readonly publicUrl: string };

/** The one table of where each setting comes from: an environment variable and, for some, a flag. */
const sources = {
  port: { env: 'PORT', flag: 'port' },
  host: { env: 'HOST', flag: 'host' },
  db: { env: 'DATABASE_URL', flag: 'db' },
  publicUrl: { env: 'SPINE_ADVISOR_PUBLIC_URL' },
  cdsAuth: { env: 'SPINE_ADVISOR_CDS_AUTH' },
  cdsIssuers: { env: 'SPINE_ADVISOR_CDS_ISSUERS', json: true },
  adminToken: { env: 'SPINE_ADVISOR_ADMIN_TOKEN' },
  rateLimit: { env: 'SPINE_ADVISOR_RATE_LIMIT' },
  qcdsmId: { env: 'SPINE_ADVISOR_QCDSM_ID' },
  cdsLanguage: { env: 'SPINE_ADVISOR_CDS_LANGUAGE' },
  webRoot: { env: 'SPINE_ADVISOR_WEB_ROOT' },
  cdsBodyLimitMb: { env: 'SPINE_ADVISOR_CDS_BODY_LIMIT_MB' },
  cdsConcurrentBodies: { env: 'SPINE_ADVISOR_CDS_CONCURRENT_BODIES' },
  jwtMaxLifetimeSeconds: { env: 'SPINE_ADVISOR_JWT_MAX_LIFETIME_SECONDS' },
  cdsExtensionSystemActions: { env: 'SPINE_ADVISOR_CDS_EXTENSION_SYSTEM_ACTIONS' },
  auditRetentionDays: { env: 'SPINE_ADVISOR_AUDIT_RETENTION_DAYS' },
  trustProxy: { env: 'SPINE_ADVISOR_TRUST_PROXY' },
  maxConnectionsPerAddress: { env: 'SPINE_ADVISOR_MAX_CONNECTIONS_PER_ADDRESS' },
  corsOrigins: { env: 'SPINE_ADVISOR_CORS_ORIGINS' },
} as const satisfies Record<keyof z.infer<typeof ConfigSchema>, { env: string; flag?: string; json?: true }>;

type Setting = keyof typeof sources;
type Source = { env: string; flag?: string; json?: true };

/** How a setting is named in messages: "--port / PORT". */
const origin = (setting: Setting) => {
  const s: Source = sources[setting];
  return s.flag ? `--${s.flag} / ${s.env}` : s.env;
};

/** Read settings from command-line flags and environment (flags win); every problem is named. */
export function loadConfig(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; config: Config } | { ok: false; errors: FieldError[] } {
  const flagged = Object.values(sources as Record<Setting, Source>).flatMap((s) => (s.flag ? [s.flag] : []));
  let flags: Record<string, string | boolean | undefined>;
  try {
    flags = parseArgs({
      args: [...argv],
      options: Object.fromEntries(flagged.map((f) => [f, { type: 'string' as const }])),
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          path: '/',
          expected: flagged.map((f) => `--${f} VALUE`).join(', '),
          message: `${(error as Error).message}; expected ${flagged.map((f) => `--${f} VALUE`).join(', ')}`,
        },
      ],
    };
  }

  const raw: Record<string, unknown> = {};
  for (const [setting, s] of Object.entries(sources as Record<Setting, Source>) as [Setting, Source][]) {
    const value = (s.flag ? flags[s.flag] : undefined) ?? env[s.env];
    if (value === undefined || value === '') continue;
    if (!s.json) {
      raw[setting] = value;
      continue;
    }
    try {
      raw[setting] = JSON.parse(String(value));
    } catch {
      return {
        ok: false,
        errors: [{ path: `/${setting}`, expected: 'a JSON object', message: `${origin(setting)}: not valid JSON` }],
      };
    }
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: toFieldErrors(parsed.error).map((e) => {
        const setting = e.path.split('/')[1] ?? '';
        return { ...e, message: `${setting in sources ? origin(setting as Setting) : e.path}: ${e.message}` };
      }),
    };
  }
  const c = parsed.data;
  return { ok: true, config: { ...c, publicUrl: (c.publicUrl ?? `http://localhost:${c.port}`).replace(/\/$/, '') } };
}
