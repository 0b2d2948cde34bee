/**
 * Records the knowledge base's fingerprint against its version, after a deliberate version bump.
 * Refuses when the knowledge changed but the version did not.
 */
import { writeFileSync } from 'node:fs';
import { knowledgeVersion } from '../packages/engine/src/knowledge/version.js';
import { knowledgeFingerprint, lockFile, readLock } from '../packages/engine/src/testing/fingerprint.js';

const fingerprint = knowledgeFingerprint();
let previous: { version: string; fingerprint: string } | undefined;
try {
  previous = readLock();
} catch {
  previous = undefined;
}
if (previous && previous.fingerprint !== fingerprint && previous.version === knowledgeVersion) {
  process.stderr.write(`knowledge changed but knowledgeVersion is still ${knowledgeVersion}: bump it first\n`);
  process.exit(1);
}
writeFileSync(lockFile, `${JSON.stringify({ version: knowledgeVersion, fingerprint }, null, 2)}\n`);
process.stdout.write(`locked knowledge ${knowledgeVersion} (${fingerprint.slice(0, 12)})\n`);
