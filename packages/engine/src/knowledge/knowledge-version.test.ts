import { describe, expect, it } from 'vitest';
import { knowledgeFingerprint, readLock } from '../testing/fingerprint.js';
import { knowledgeVersion } from './version.js';

describe('knowledgeVersion', () => {
  it('changes whenever the knowledge base changes', () => {
    const lock = readLock();
    const fingerprint = knowledgeFingerprint();
    if (fingerprint !== lock.fingerprint) {
      expect.fail(
        knowledgeVersion === lock.version
          ? `The knowledge base changed but knowledgeVersion is still ${knowledgeVersion}: bump it in knowledge/version.ts, then run "npm run knowledge:lock".`
          : `knowledgeVersion is now ${knowledgeVersion}: run "npm run knowledge:lock" to record it.`,
      );
    }
    expect(lock.version).toBe(knowledgeVersion);
  });
});
