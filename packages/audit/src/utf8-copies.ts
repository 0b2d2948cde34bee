// The loader reads NDJSON with DuckDB, which stops at the first byte that is not UTF-8. FHIR NDJSON is
// UTF-8, so such a line is a bad line like any other: counted and named, never fatal. When the loader
// stops for that reason, the files holding such bytes are copied with each such line replaced by a
// marker the loader counts as a bad line, keeping every line in its place, and the audit runs again.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { constants, createGunzip } from 'node:zlib';

/** What stands in a copy for a line that is not UTF-8: not JSON, so the loader counts it as bad. */
const marker = Buffer.from('(a line with bytes that are not UTF-8)');

/** Input files as the audit reads them, with copies in place of those holding bytes that are not UTF-8. */
export interface Utf8Inputs {
  readonly files: string[];
  /** The file the user named, for a file of `files`. */
  readonly original: (file: string) => string;
  /** Remove the copies. */
  readonly remove: () => Promise<void>;
}

/** Whether a DuckDB error says a file is not UTF-8. */
export function isNotUtf8Error(error: unknown): boolean {
  return error instanceof Error && /not utf-8 encoded|invalid unicode/i.test(error.message);
}

/** `files`, each one holding bytes that are not UTF-8 replaced by a copy (plain NDJSON, lines in place). */
export async function utf8Inputs(files: readonly string[]): Promise<Utf8Inputs> {
  const dir = await mkdtemp(join(tmpdir(), 'spine-advisor-utf8-'));
  const originals = new Map<string, string>();
  try {
    const out: string[] = [];
    for (const [index, file] of files.entries()) {
      if (await isUtf8File(file)) {
        out.push(file);
        continue;
      }
      const copy = join(dir, `${index}-${basename(file).replace(/\.gz$/i, '')}`);
      await copyMarkingLines(file, copy);
      originals.set(copy, file);
      out.push(copy);
    }
    return {
      files: out,
      original: (file) => originals.get(file) ?? file,
      remove: () => rm(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** The bytes of a file, gunzipped when its name ends in .gz; a truncated gzip ends where it breaks off. */
async function* bytesOf(file: string): AsyncGenerator<Buffer> {
  // A cut-off gzip keeps what it holds up to the cut (Z_SYNC_FLUSH), as the loader keeps it.
  const source: Readable = /\.gz$/i.test(file)
    ? createReadStream(file).pipe(createGunzip({ finishFlush: constants.Z_SYNC_FLUSH }))
    : createReadStream(file);
  try {
    for await (const chunk of source) yield chunk as Buffer;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'Z_BUF_ERROR') throw error;
  }
}

async function isUtf8File(file: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of bytesOf(file)) decoder.decode(chunk, { stream: true });
    decoder.decode();
    return true;
  } catch (error) {
    if (error instanceof TypeError) return false;
    throw error;
  }
}

/** Copy `file` to `copy` line by line, each line that is not UTF-8 replaced by the marker. */
async function copyMarkingLines(file: string, copy: string): Promise<void> {
  const out = createWriteStream(copy);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const write = (line: Buffer) => {
    let ok = true;
    try {
      decoder.decode(line);
    } catch {
      ok = false;
    }
    out.write(ok ? line : marker);
  };
  let rest = Buffer.alloc(0);
  for await (const chunk of bytesOf(file)) {
    let bytes = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    for (let end = bytes.indexOf(0x0a); end >= 0; end = bytes.indexOf(0x0a)) {
      write(bytes.subarray(0, end));
      out.write('\n');
      bytes = bytes.subarray(end + 1);
    }
    rest = Buffer.from(bytes);
  }
  if (rest.length) write(rest);
  out.end();
  await finished(out);
}
