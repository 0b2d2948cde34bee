/**
 * Every number a rule compares against, named once. Changing one changes the knowledge version.
 */
export const thresholds = {
  /** Oldest age accepted in a case (years); also bounds every duration in weeks. */
  oldestAge: 130,
  /** Weeks in a year (365.25 / 7), to compare durations in weeks with an age in whole years. */
  weeksPerYear: 365.25 / 7,
  /** Youngest age the engine assesses (contract: under-18s are out of scope). */
  adultAge: 18,
  /** Pain under this many weeks is acute (ACP 2017: acute < 4, subacute 4–12, chronic > 12 weeks). */
  acuteWeeks: 4,
  /** Weeks of optimal conservative care before imaging helps a surgery/injection candidate (ACR 2021 variant 3). */
  conservativeTrialWeeks: 6,
  /** "Elderly individual" for fracture risk: age over 70 (Henschke 2009; ACR 2011 variant text). */
  elderlyAge: 70,
  /** Men older than this are at fracture risk (ACP 2011: > 65 men, > 75 women); we use the lower bar. */
  elderlyMaleAge: 65,
  /** Low-energy trauma counts as a fracture flag from this age, or with fragile bone (AHCPR 1994). */
  fragilityAge: 50,
  /** Below this eGFR (mL/min/1.73 m²) gadolinium needs a radiologist's decision (ACR–NKF 2021). */
  contrastCautionEgfr: 30,
  /** Above this age pregnancy is not asked about when choosing between contrast and radiation. */
  childbearingAgeMax: 55,
  /**
   * Leg symptoms (bilateral radicular pain, a deficit on an anticoagulant) that began within this many
   * weeks count as "of recent onset" (time-course.ts). No guideline gives a number; we take the
   * 6 weeks after which the guidelines treat persisting symptoms as established (ACR variant 3).
   */
  recentOnsetWeeks: 6,
  /** Age from which inflammatory back pain can no longer have begun (NICE NG65: onset before 45). */
  inflammatoryOnsetBeforeAge: 45,
  /** Back pain must have lasted this long for the inflammatory pattern to apply (NICE NG65: over 3 months). */
  inflammatoryMinimumWeeks: 12,
} as const;
