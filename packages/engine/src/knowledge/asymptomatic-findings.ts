import type { Citation } from './sources.js';

/**
 * How common degenerative findings are in people WITHOUT back pain, by age (Brinjikji 2015,
 * imaging-findings.md (a)). Each cell says whether it was confirmed: the 20–50 columns against a
 * reproduction of the paper's table; some 60 and 80 values against its abstract and summaries.
 * Unconfirmed cells are kept for reference but never shown: `prevalenceAt` interpolates between
 * confirmed cells and, past the last one, reports that value as a floor ("at least").
 */
export const findingAges = [20, 30, 40, 50, 60, 70, 80] as const;

type Cell = readonly [percent: number, confirmed: boolean];

export const asymptomaticFindings = {
  'disc-degeneration': {
    label: 'disc degeneration (wear of the discs)',
    cells: [
      [37, true],
      [52, true],
      [68, true],
      [80, true],
      [88, true],
      [93, false],
      [96, true],
    ],
  },
  'disc-signal-loss': {
    label: 'dark or dried-out discs ("disc signal loss")',
    cells: [
      [17, true],
      [33, true],
      [54, true],
      [73, true],
      [86, true],
      [94, false],
      [97, false],
    ],
  },
  'disc-height-loss': {
    label: 'thinner discs ("disc height loss")',
    cells: [
      [24, true],
      [34, true],
      [45, true],
      [56, true],
      [67, false],
      [76, false],
      [84, false],
    ],
  },
  'disc-bulge': {
    label: 'disc bulges',
    cells: [
      [30, true],
      [40, true],
      [50, true],
      [60, true],
      [69, false],
      [77, false],
      [84, true],
    ],
  },
  'disc-protrusion': {
    label: 'disc protrusions (a small "slipped disc")',
    cells: [
      [29, true],
      [31, true],
      [33, true],
      [36, true],
      [38, false],
      [40, false],
      [43, true],
    ],
  },
  'annular-fissure': {
    label: 'small tears in the outer disc ("annular fissures")',
    cells: [
      [19, true],
      [20, true],
      [22, true],
      [23, true],
      [25, false],
      [27, false],
      [29, true],
    ],
  },
  'facet-arthropathy': {
    label: 'wear of the small spine joints ("facet degeneration")',
    cells: [
      [4, true],
      [9, true],
      [18, true],
      [32, true],
      [50, false],
      [69, false],
      [83, false],
    ],
  },
  spondylolisthesis: {
    label: 'one vertebra slightly forward on another ("spondylolisthesis")',
    cells: [
      [3, true],
      [5, true],
      [8, true],
      [14, true],
      [23, true],
      [35, false],
      [50, false],
    ],
  },
} as const satisfies Record<string, { label: string; cells: readonly Cell[] }>;

/** A degenerative finding with a prevalence figure. */
export type AsymptomaticFinding = keyof typeof asymptomaticFindings;

/** The source of the figures. */
export const asymptomaticFindingsSource: Citation = {
  id: 'brinjikji-2015',
  section: 'age-specific prevalence in asymptomatic people',
};

/** The confirmed cells of each finding as (age, percent), worked out once. */
const confirmedPoints = new Map(
  (Object.keys(asymptomaticFindings) as AsymptomaticFinding[]).map((finding) => [
    finding,
    asymptomaticFindings[finding].cells
      .map(([percent, confirmed], i) => ({ age: findingAges[i] as number, percent: percent as number, confirmed }))
      .filter((p) => p.confirmed),
  ]),
);

/** How common a finding is without pain at an age: a share, or a floor taken from a younger age. */
export interface Prevalence {
  /** Share (0–1) of people without back pain who show it. */
  readonly share: number;
  /** True when the age is past the last confirmed figure: `share` is then a floor. */
  readonly atLeast: boolean;
  /** The age the share is for: the person's age, or the last confirmed age when `atLeast`. */
  readonly figureAge: number;
}

/**
 * The share (0–1) of people of `age` without back pain who show `finding`, from confirmed cells
 * only; past the last confirmed cell it is that cell's value as a floor (`atLeast`).
 * Ages under 20 use the 20-year figure.
 */
export function prevalenceAt(finding: AsymptomaticFinding, age: number): Prevalence {
  const points = confirmedPoints.get(finding) ?? [];
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) throw new Error(`no confirmed figures for ${finding}`);
  if (age <= first.age) return { share: first.percent / 100, atLeast: false, figureAge: age };
  if (age >= last.age) return { share: last.percent / 100, atLeast: age > last.age, figureAge: last.age };
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b && age <= b.age) {
      const t = (age - a.age) / (b.age - a.age);
      return { share: Math.round(a.percent + t * (b.percent - a.percent)) / 100, atLeast: false, figureAge: age };
    }
  }
  return { share: last.percent / 100, atLeast: true, figureAge: last.age };
}
