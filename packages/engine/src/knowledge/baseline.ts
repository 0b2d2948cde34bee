import { and, atLeast, isOneOf, yes } from '../logic.js';
import type { BaselineRule } from './rule.js';
import { thresholds } from './thresholds.js';

/**
 * Pathways without a red flag (red-flags.md §1; ACR 2021 variants 1, 2, 3 and 5). Every rule is
 * checked and each that holds is shown; the first that holds competes with the red flags (see
 * ./precedence.ts). The last two say "no warning signs": they hold only when nothing else does. A rule
 * that is unknown and more urgent than the outcome lists its unanswered fields as missing.
 */
export const baselineRules = [
  {
    id: 'prior-lumbar-surgery',
    reads: ['priorLumbarSurgery'],
    when: (c) => yes(c.priorLumbarSurgery),
    urgency: 'routine',
    pathway: 'post-surgical',
    source: { id: 'acr-lbp-2021', section: 'variant 5' },
    reason: 'new or changing back pain after an earlier back operation is worth a planned scan',
  },
  {
    id: 'persistent-despite-care',
    reads: ['durationWeeks', 'conservativeCareWeeks', 'response', 'interventionCandidate'],
    when: (c) =>
      and(
        c.durationWeeks >= thresholds.conservativeTrialWeeks,
        atLeast(c.conservativeCareWeeks, thresholds.conservativeTrialWeeks),
        isOneOf(c.response, ['unchanged', 'worsening']),
        yes(c.interventionCandidate),
      ),
    urgency: 'routine',
    pathway: 'persistent-despite-care',
    source: { id: 'acr-lbp-2021', section: 'variant 3' },
    reason:
      'the pain has not improved after at least 6 weeks of good care and an injection or operation is being considered',
  },
  {
    id: 'subacute-or-chronic-no-red-flags',
    reads: ['durationWeeks'],
    when: (c) => c.durationWeeks >= thresholds.acuteWeeks,
    urgency: 'none',
    pathway: 'no-imaging-subacute',
    source: { id: 'acr-lbp-2021', section: 'variant 2' },
    reason: 'back pain without warning signs rarely needs a scan, and good care and time help most people',
    onlyWithoutOthers: true,
  },
  {
    id: 'acute-no-red-flags',
    reads: ['durationWeeks'],
    when: () => true,
    urgency: 'none',
    pathway: 'no-imaging-acute',
    source: { id: 'acr-lbp-2021', section: 'variant 1' },
    reason: 'new back pain without warning signs usually gets much better within a few weeks',
    onlyWithoutOthers: true,
  },
] as const satisfies readonly BaselineRule[];

/** A baseline rule id. */
export type BaselineRuleId = (typeof baselineRules)[number]['id'];
