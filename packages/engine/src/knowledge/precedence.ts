import type { PathwayId } from './pathways.js';
import type { RedFlagId } from './red-flags.js';
import type { Citation } from './sources.js';

/**
 * Rule precedence, written down as data. Every rule that holds is shown (trace, suspected); one of
 * them decides. The most urgent decides; on a tie, the most specific pathway, in this order, and the
 * reason for each place. A few weak flags yield to a more specific pathway altogether (`yields`).
 */
export const pathwayPrecedence = [
  { pathway: 'vascular', why: 'a leaking aortic aneurysm kills within hours and is not a spine problem at all' },
  { pathway: 'vascular-review', why: 'back pain with a known aneurysm is checked by the vascular team first' },
  { pathway: 'major-trauma', why: 'after a high-energy injury the spine must be kept still and imaged with CT first' },
  { pathway: 'neural-compression', why: 'nerve compression is the most time-critical spine pathway (ACR variant 4)' },
  { pathway: 'tumour-or-infection', why: 'cancer or infection needs contrast MRI and blood tests (ACR variant 7)' },
  { pathway: 'progressive-deficit', why: 'a worsening deficit needs MRI without waiting 6 weeks' },
  {
    pathway: 'post-surgical',
    why: 'after lumbar surgery the scan must tell scar, recurrence and hardware apart (ACR variant 5)',
  },
  { pathway: 'fracture-risk', why: 'a possible fragility fracture starts with an X-ray (ACR variant 6)' },
  {
    pathway: 'persistent-despite-care',
    why: 'persisting symptoms in an intervention candidate need a planned MRI (ACR variant 3)',
  },
  { pathway: 'inflammatory', why: 'inflammatory back pain goes to a rheumatologist, not a lumbar scan' },
  { pathway: 'no-imaging-subacute', why: 'no warning sign after 4 weeks: no imaging yet (ACR variant 2)' },
  { pathway: 'no-imaging-acute', why: 'no warning sign in new pain: no imaging (ACR variant 1)' },
] as const satisfies readonly { pathway: PathwayId; why: string }[];

/**
 * Weak flags that give way to a more specific pathway: they stay in the trace and in `suspected`,
 * but do not decide the variant or the urgency when one of these pathways holds.
 */
export const yields = [
  {
    id: 'older-age',
    to: ['post-surgical', 'persistent-despite-care', 'progressive-deficit'],
    why: 'Age alone is the weakest fracture flag (post-test probability about 9%). When a more specific pathway holds, its planned MRI shows a fracture too (ACR variant 6 rates MRI without contrast usually appropriate), so that pathway decides.',
    source: { id: 'downie-2013', section: 'older age: post-test probability of fracture 9%' },
  },
] as const satisfies readonly { id: RedFlagId; to: readonly PathwayId[]; why: string; source: Citation }[];
