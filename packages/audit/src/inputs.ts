import { constants } from 'node:fs';
import { access, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

const bulkFile = /\.(ndjson|jsonl)(\.gz)?$/i;

/**
 * The NDJSON files of a bulk export: each INPUT is a file (taken as given) or a directory (its
 * `.ndjson`, `.jsonl` and `.gz` of those, recursively, sorted). A file named twice (or by a file and its
 * directory) is read once. Throws, naming the input, when one does not exist or cannot be read, or
 * when there is no file at all to read.
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const empty: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch((error: NodeJS.ErrnoException) => {
      throw new Error(
        `INPUT ${input}: ${error.code === 'ENOENT' ? 'no such file or directory' : `cannot read it (${error.code})`}`,
      );
    });
    if (!info.isDirectory()) {
      await access(input, constants.R_OK).catch(() => {
        throw new Error(`INPUT ${input}: cannot read it (permission denied)`);
      });
      files.push(input);
      continue;
    }
    const entries = await readdir(input, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && bulkFile.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    if (found.length === 0) empty.push(input);
    files.push(...found);
  }
  const seen = new Set<string>();
  const once: string[] = [];
  for (const file of files) {
    // A link in a directory counts when it leads to a file; a broken link is no input.
    const real = await realpath(file).catch(() => undefined);
    if (real === undefined || seen.has(real) || !(await stat(real)).isFile()) continue;
    seen.add(real);
    once.push(file);
  }
  if (once.length === 0)
    throw new Error(`no .ndjson or .ndjson.gz files in ${empty.map((d) => `INPUT ${d}`).join(', ')}`);
  return once;
}
