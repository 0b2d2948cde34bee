import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folder of the knowledge base. */
export const knowledgeDir = join(import.meta.dirname, '..', 'knowledge');
/** File recording which fingerprint belongs to which knowledge version. */
export const lockFile = join(knowledgeDir, 'version.lock.json');

/**
 * A hash of every knowledge source file except the version itself and tests: any change to a rule,
 * threshold, rating or text changes it.
 */
export function knowledgeFingerprint(): string {
  const hash = createHash('sha256');
  const files = readdirSync(knowledgeDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'version.ts')
    .sort();
  for (const file of files) {
    hash.update(`${file}\n`);
    hash.update(readFileSync(join(knowledgeDir, file), 'utf8').replace(/\r\n/g, '\n'));
  }
  return hash.digest('hex');
}

/** The recorded version and fingerprint. */
export function readLock(): { version: string; fingerprint: string } {
  return JSON.parse(readFileSync(lockFile, 'utf8')) as { version: string; fingerprint: string };
}
