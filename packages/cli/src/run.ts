import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  evaluate,
  type FieldError,
  jsonSchemas,
  knowledgeFor,
  type Lang,
  languages,
  parseCase,
  parseJsonText,
  parseReadingRequest,
  readReport,
  type SchemaName,
} from '@spine-advisor/engine';
import { formatAssessment, formatReading } from './format.js';

/** What the command line reads from and writes to; the real process passes its own. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<string>;
  readonly readFile: (path: string) => Promise<string>;
  readonly stdinIsTTY: boolean;
  /** Whether stderr is a terminal (the audit's progress bar). */
  readonly stderrIsTTY?: boolean;
  readonly color: boolean;
  /** The environment, for `serve` settings. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Resolves when the process is asked to stop (SIGINT, SIGTERM). */
  readonly untilStopped: () => Promise<void>;
}

/** Exit status of the contract: 0 done, 2 the input is not a valid case, 1 anything else. */
export const exitCodes = { ok: 0, failure: 1, invalidInput: 2 } as const;

/**
 * The usage text. The server and the audit (DuckDB) are imported only by the commands that need them,
 * so \`evaluate\` and \`read-report\` start in a fraction of the time.
 */
async function usage(): Promise<string> {
  const { auditUsage } = await import('@spine-advisor/audit');
  return `Usage:
  spine-advisor evaluate [FILE|-] [--json] [--lang en|es]
                                             assess one case (JSON) from FILE or stdin
  spine-advisor read-report [FILE|-] --age N [--case FILE] [--json] [--lang en|es]
                                             explain a lumbar imaging report (plain text)
  spine-advisor schema case|assessment|reading  print a JSON Schema
  spine-advisor serve [--port N] [--db URL]  start the HTTP server (web app, REST API, CDS Hooks)
${auditUsage}  spine-advisor --help | --version

Exit status: 0 done; 2 the input is not a valid case (audit, synth: bad arguments or no readable input);
1 anything else.
`;
}

/** The language of `--lang` (English when absent); an unknown one is a usage error. */
function languageOption(value: string | undefined): Lang {
  const lang = value ?? 'en';
  if (!(languages as readonly string[]).includes(lang)) {
    throw new UsageError(`--lang must be one of ${languages.join(', ')}`);
  }
  return lang as Lang;
}

/** A usage problem: exit 1 with a message and the usage text. */
class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Run the command line with `args` (without node and script); resolves to the exit status. */
export async function run(args: readonly string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = args;
    switch (command) {
      case 'evaluate':
        return await evaluateCommand(rest, io);
      case 'schema':
        return schemaCommand(rest, io);
      case 'serve':
        return await serveCommand(rest, io);
      case 'read-report':
        return await readReportCommand(rest, io);
      case 'audit':
        return await (await import('@spine-advisor/audit')).auditCommand(rest, io);
      case 'synth':
        return await (await import('@spine-advisor/audit')).synthCommand(rest, io);
      case '--version':
      case '-v':
        io.stdout(`${version}\n`);
        return exitCodes.ok;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(await usage());
        return command === undefined ? exitCodes.failure : exitCodes.ok;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`spine-advisor: ${error.message}\n\n${await usage()}`);
      return exitCodes.failure;
    }
    io.stderr(`spine-advisor: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodes.failure;
  }
}

/** This package's version, from its package.json (never a second copy in code). */
const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

async function evaluateCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean', default: false }, lang: { type: 'string' } });
  if (positionals.length > 1) throw new UsageError('evaluate takes one FILE (or - for stdin)');
  const lang = languageOption(values.lang);
  const file = positionals[0];
  if (file === undefined && io.stdinIsTTY) throw new UsageError('give a case FILE, or pipe a case on stdin');
  const origin = file === undefined || file === '-' ? 'stdin' : file;
  const text = origin === 'stdin' ? await io.readStdin() : await readCaseFile(io, origin);

  const json = parseJsonText(text);
  if (!json.ok) return invalid(io, origin, json.errors);
  const parsed = parseCase(json.value);
  if (!parsed.ok) return invalid(io, origin, parsed.errors);

  const assessment = evaluate(parsed.value, knowledgeFor(lang));
  io.stdout(
    values.json ? `${JSON.stringify(assessment, null, 2)}\n` : formatAssessment(assessment, { color: io.color, lang }),
  );
  return exitCodes.ok;
}

async function readReportCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    json: { type: 'boolean', default: false },
    age: { type: 'string' },
    case: { type: 'string' },
    lang: { type: 'string' },
  });
  if (positionals.length > 1) throw new UsageError('read-report takes one FILE (or - for stdin)');
  const lang = languageOption(values.lang);
  const file = positionals[0];
  if (file === undefined && io.stdinIsTTY) throw new UsageError('give a report FILE, or pipe the report on stdin');
  const origin = file === undefined || file === '-' ? 'stdin' : file;
  const text = origin === 'stdin' ? await io.readStdin() : await readCaseFile(io, origin);

  const caseJson = values.case === undefined ? undefined : parseJsonText(await readCaseFile(io, values.case));
  if (caseJson !== undefined && !caseJson.ok) {
    return invalid(
      io,
      values.case ?? origin,
      caseJson.errors.map((e) => ({ ...e, path: `/case${e.path === '/' ? '' : e.path}` })),
      'report request',
    );
  }
  const age = values.age === undefined ? undefined : Number(values.age);
  const request = parseReadingRequest({ text, age, ...(caseJson === undefined ? {} : { case: caseJson.value }) });
  if (!request.ok) {
    // The age comes from a flag: say so in the flag's words.
    const errors = request.errors.map((e) =>
      e.path === '/age' ? { ...e, message: age === undefined ? 'required: give --age N (years)' : e.message } : e,
    );
    return invalid(io, origin, errors, 'report request');
  }
  const reading = readReport(request.value.text, request.value.age, request.value.case, { lang });
  io.stdout(values.json ? `${JSON.stringify(reading, null, 2)}\n` : formatReading(reading, { color: io.color, lang }));
  return exitCodes.ok;
}

async function readCaseFile(io: Io, path: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read ${path}${code ? ` (${code})` : ''}`);
  }
}

function invalid(io: Io, origin: string, errors: readonly FieldError[], what = 'case'): number {
  const lines = errors.map((e) => `  ${e.path}: ${e.message}`);
  io.stderr(
    `spine-advisor: ${origin} is not a valid ${what} (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${lines.join('\n')}\n`,
  );
  return exitCodes.invalidInput;
}

async function serveCommand(args: readonly string[], io: Io): Promise<number> {
  const { loadConfig, startServer } = await import('@spine-advisor/server');
  const loaded = loadConfig(args, { ...webRootDefault(), ...io.env });
  if (!loaded.ok) {
    io.stderr(
      `spine-advisor: the server settings are not valid:\n${loaded.errors.map((e) => `  ${e.message}`).join('\n')}\n`,
    );
    return exitCodes.failure;
  }
  const server = await startServer(loaded.config, (line) => io.stdout(`${line}\n`));
  await io.untilStopped();
  await server.close();
  return exitCodes.ok;
}

/**
 * The built web app of the installed `@spine-advisor/web` package, served at / unless
 * SPINE_ADVISOR_WEB_ROOT says otherwise; none when the package is not installed.
 */
function webRootDefault(): { SPINE_ADVISOR_WEB_ROOT?: string } {
  try {
    const manifest = fileURLToPath(import.meta.resolve('@spine-advisor/web/package.json'));
    return { SPINE_ADVISOR_WEB_ROOT: `${dirname(manifest)}/dist` };
  } catch {
    return {};
  }
}

function schemaCommand(args: readonly string[], io: Io): number {
  const { positionals } = parse(args, {});
  const name = positionals[0];
  if (positionals.length !== 1 || !isSchemaName(name)) {
    throw new UsageError(`schema takes one of: ${Object.keys(jsonSchemas).join(', ')}`);
  }
  io.stdout(`${JSON.stringify(jsonSchemas[name](), null, 2)}\n`);
  return exitCodes.ok;
}

function isSchemaName(name: string | undefined): name is SchemaName {
  return name !== undefined && Object.hasOwn(jsonSchemas, name);
}

function parse<O extends Record<string, { type: 'boolean'; default?: boolean } | { type: 'string' }>>(
  args: readonly string[],
  options: O,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
