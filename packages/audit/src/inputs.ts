import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const bulkFile = /\.(ndjson|jsonl)(\.gz)?$/i;

/**
 * The NDJSON files of a bulk export: each INPUT is a file (taken as given) or a directory (its
 * `.ndjson`, `.jsonl` and `.gz` of those, recursively, sorted). Throws when an input does not exist.
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input);
    if (!info.isDirectory()) {
      files.push(input);
      continue;
    }
    const entries = await readdir(input, { recursive: true, withFileTypes: true });
    files.push(
      ...entries
        .filter((e) => e.isFile() && bulkFile.test(e.name))
        .map((e) => join(e.parentPath, e.name))
        .sort(),
    );
  }
  return files;
}
