/**
 * The version of the clinical rule set. Bump it whenever any rule, rating, threshold or text in this
 * folder changes; `knowledge-version.test.ts` fails until you do (and re-lock with `npm run knowledge:lock`).
 */
export const knowledgeVersion = '2026.12.38';
