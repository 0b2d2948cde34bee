import type { SourceId } from './sources.js';

/**
 * Facts marked unverified ([R], [S]) in the clinical reference that a rule depends on, and how each
 * was confirmed before the rule was written. Facts still unconfirmed are not used by any rule.
 */
export const verifiedFacts = [
  {
    fact: 'ACR 2021 variants 3–7: which procedures are usually appropriate and which may be appropriate.',
    reference: 'acr-low-back-pain.md §4 rows tagged [R]/[S]',
    confirmedBy: 'acr-radiologyinfo-lbp',
    how: 'Read the RadiologyInfo.org page (ACR and RSNA) listing the usually- and may-be-appropriate studies per variant; procedures it does not name are stored as usually not appropriate and marked as such in each rating note.',
    on: '2026-12-01',
  },
  {
    fact: 'ACR 2021 variants 1–2: every procedure usually not appropriate, with its relative radiation level.',
    reference: 'acr-low-back-pain.md §4 [V]',
    confirmedBy: 'acr-lbp-2021',
    how: 'Compared with the stored copy of the ACR variant table (gravitas topic 141) and a PDF copy of the 2021 document.',
    on: '2026-12-01',
  },
  {
    fact: 'Acute low back pain means under 4 weeks; subacute 4–12; chronic over 12 (the variant 1/2 boundary).',
    reference: 'conservative-care.md §2 [R]',
    confirmedBy: 'acp-2017',
    how: 'Confirmed in a published summary of the ACP 2017 guideline that states the three duration bands.',
    on: '2026-12-01',
  },
  {
    fact: 'Brinjikji 2015 prevalence in people without pain: 20–50-year columns; degeneration 60 and 80; signal loss 60; bulge, protrusion and annular fissure 80; spondylolisthesis 60.',
    reference: 'imaging-findings.md (a), cells partly [R]',
    confirmedBy: 'brinjikji-2015',
    how: 'Table 1 of a reproduction (PMC4975884) for 20–50; the abstract (AJNR 2015;36:811) for the 80-year figures; a summary stating degeneration and signal loss "nearly 90%" at 60. Other cells are stored as unconfirmed and never shown.',
    on: '2026-12-01',
  },
  {
    fact: 'Suspected ruptured AAA: new abdominal or back pain with cardiovascular collapse or loss of consciousness.',
    reference: 'red-flags.md §7 [V]; new rules collapse-with-back-pain and aortic-aneurysm-*',
    confirmedBy: 'nice-ng156',
    how: 'Searched the stored NICE NG156 recommendations page (and a copy of its PDF) and read the diagnosis section: think of rupture in people with new abdominal and/or back pain, cardiovascular collapse or loss of consciousness.',
    on: '2026-12-02',
  },
  {
    fact: 'Suspected neutropenic sepsis during anticancer treatment is an acute medical emergency needing immediate assessment in hospital.',
    reference: 'not in the clinical reference; added for issue 8 (rule fever-on-cancer-treatment)',
    confirmedBy: 'nice-cg151',
    how: 'Searched the stored NICE CG151 pages: the key priorities say to treat suspected neutropenic sepsis as an acute medical emergency and give antibiotics immediately; a guideline summary quotes the immediate referral for assessment in secondary or tertiary care.',
    on: '2026-12-02',
  },
  {
    fact: 'CES red flags concern new symptoms: bilateral radicular pain or sciatica becoming bilateral; the GIRFT pathway asks for CES symptoms that arose within the past 2 weeks for an emergency referral.',
    reference: 'red-flags.md §2 [V] (BASS 2018); GIRFT 2023 [V] for the pathway itself',
    confirmedBy: 'girft-2023',
    how: 'Searched stored pages about the 2023 GIRFT national suspected CES pathway: a published commentary on the pathway states the 2-week window. We keep a longer, safer window (thresholds.recentOnsetWeeks, 6 weeks) and record why in disagreements.ts.',
    on: '2026-12-02',
  },
] as const satisfies readonly { fact: string; reference: string; confirmedBy: SourceId; how: string; on: string }[];

/**
 * Facts from the reference that no rule uses until confirmed, listed so nobody relies on them unawares.
 */
export const unconfirmedFacts = [
  'Numeric median ratings (1–9) of the 2021 tables: not stored.',
  'NICE NG234 (2023) timing targets: rules cite CG75, whose targets are verified.',
  'Relative radiation level 5 band (30–100 mSv): no rated procedure uses it.',
  'Exact lumbar radiograph and CT doses from Mettler 2008: explanations quote only the verified MSD comparison and ACR radiation bands.',
] as const;
