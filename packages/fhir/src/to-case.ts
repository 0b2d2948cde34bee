import { type Case, type CaseField, CaseSchema, type ConditionId } from '@spine-advisor/engine';
import {
  bodyTemperatureLoinc,
  type CodeConcept,
  chronicBackPainSnomed,
  chronicMinimumWeeks,
  conditionConcepts,
  type FactConcept,
  feverCelsius,
  lowBackPain,
  medicationClasses,
  nonSystemicRoute,
  recentDays,
  spinalSurgerySnomed,
} from './codes.js';
import type {
  CodeableConcept,
  Condition,
  Encounter,
  MedicationRequest,
  MedicationStatement,
  Observation,
  Patient,
  Procedure,
  ServiceRequest,
} from './fhir-types.js';
import { systems } from './systems.js';

/** What is known about a patient in FHIR: each list may be empty. */
export interface PatientRecord {
  readonly patient?: Patient | undefined;
  readonly conditions?: readonly Condition[];
  readonly observations?: readonly Observation[];
  readonly medicationRequests?: readonly MedicationRequest[];
  readonly medicationStatements?: readonly MedicationStatement[];
  readonly procedures?: readonly Procedure[];
  readonly encounters?: readonly Encounter[];
}

/** Where a fact came from, for the card's detail and the audit trail. */
export interface Evidence {
  readonly field: CaseField;
  readonly value: string;
  readonly from: string;
}

/** A case built from FHIR data, with the evidence for each fact and what could not be found. */
export interface FhirCase {
  /** The case, when age and pain duration are documented; otherwise undefined (rate nothing). */
  readonly case: Case | undefined;
  /** Every fact read, also when the case is incomplete. */
  readonly facts: Partial<Case>;
  readonly evidence: readonly Evidence[];
  /** Required facts that are not documented: document these to get a rating. */
  readonly undocumented: readonly ('age' | 'durationWeeks')[];
}

const DAY = 86_400_000;
const maxWeeks = 5200;

/**
 * Build a case from a patient's FHIR data at time `now`. Only what is documented becomes a fact;
 * unknown codes are ignored; an order's reason codes become `clinicianSuspects`.
 */
export function caseFromFhir(record: PatientRecord, now: Date, order?: ServiceRequest): FhirCase {
  const facts: Partial<Record<CaseField, unknown>> = {};
  const evidence: Evidence[] = [];
  const suspects = new Set<ConditionId>();
  const set = (patch: Partial<Case>, from: string) => {
    for (const [field, value] of Object.entries(patch) as [CaseField, unknown][]) {
      const merged = strongest(field, facts[field], value);
      if (merged !== facts[field]) facts[field] = merged;
      evidence.push({ field, value: String(value), from });
    }
  };
  const suspect = (conditions: readonly ConditionId[] | undefined, from: string) => {
    for (const c of conditions ?? []) {
      if (!suspects.has(c)) evidence.push({ field: 'clinicianSuspects', value: c, from });
      suspects.add(c);
    }
  };

  // Patient: age and sex.
  const patient = record.patient;
  if (patient?.birthDate) {
    const age = ageAt(patient.birthDate, now);
    if (age !== undefined) set({ age }, `Patient/${patient.id ?? '?'}: birth date`);
  }
  if (patient?.gender === 'female' || patient?.gender === 'male' || patient?.gender === 'other') {
    set({ sex: patient.gender }, `Patient/${patient.id ?? '?'}: gender`);
  }

  // Conditions: diagnoses, findings, and the back pain episode.
  let onset: { date: Date; from: string } | undefined;
  let minimumWeeks: { weeks: number; from: string } | undefined;
  for (const condition of record.conditions ?? []) {
    if (isRefuted(condition)) continue;
    const active = isActive(condition);
    const label = `Condition/${condition.id ?? '?'}`;
    for (const concept of conditionConcepts as readonly FactConcept[]) {
      const hit = matches(condition.code, concept);
      if (!hit) continue;
      if (concept.recentOnly && !(active && isRecent(conditionDate(condition), now))) continue;
      const patch = active ? concept.active : (concept.inactive ?? {});
      set(patch, `${label}: ${hit}`);
      if (active) suspect(concept.suspects, `${label}: ${hit}`);
    }
    const lbp = matches(condition.code, lowBackPain);
    if (lbp && active) {
      const start = dateOf(condition.onsetDateTime ?? condition.onsetPeriod?.start);
      if (start && (!onset || start < onset.date)) onset = { date: start, from: `${label}: ${lbp}, onset` };
      const recorded = dateOf(condition.recordedDate);
      if (!start && recorded) {
        const weeks = (now.getTime() - recorded.getTime()) / (7 * DAY);
        if (!minimumWeeks || weeks > minimumWeeks.weeks) minimumWeeks = { weeks, from: `${label}: ${lbp}, recorded` };
      }
      if (!start && matchesSnomed(condition.code, chronicBackPainSnomed)) {
        if (!minimumWeeks || chronicMinimumWeeks > minimumWeeks.weeks) {
          minimumWeeks = { weeks: chronicMinimumWeeks, from: `${label}: ${lbp} means over 12 weeks` };
        }
      }
    }
  }
  if (!onset && !minimumWeeks) {
    for (const encounter of record.encounters ?? []) {
      const reason = (encounter.reasonCode ?? []).map((c) => matches(c, lowBackPain)).find(Boolean);
      const start = dateOf(encounter.period?.start);
      if (reason && start && (!onset || start < onset.date)) {
        onset = { date: start, from: `Encounter/${encounter.id ?? '?'}: ${reason}, first visit` };
      }
    }
  }
  if (onset) {
    const weeks = Math.max(0, (now.getTime() - onset.date.getTime()) / (7 * DAY));
    set({ durationWeeks: round(Math.min(weeks, maxWeeks)) }, onset.from);
  } else if (minimumWeeks) {
    set(
      { durationWeeks: round(Math.min(Math.max(0, minimumWeeks.weeks), maxWeeks)) },
      `${minimumWeeks.from} (at least)`,
    );
  }

  // Observations: temperature and recorded findings.
  for (const obs of record.observations ?? []) {
    if (obs.status === 'entered-in-error' || obs.status === 'cancelled') continue;
    const when = dateOf(obs.effectiveDateTime ?? obs.effectivePeriod?.start ?? obs.issued);
    const label = `Observation/${obs.id ?? '?'}`;
    if (obs.code.coding?.some((c) => c.system === systems.loinc && c.code === bodyTemperatureLoinc)) {
      const celsius = toCelsius(obs.valueQuantity?.value, obs.valueQuantity?.code ?? obs.valueQuantity?.unit);
      if (celsius !== undefined && celsius >= feverCelsius && isRecent(when, now)) {
        set({ fever: true }, `${label}: body temperature ${celsius.toFixed(1)} °C`);
      }
      continue;
    }
    for (const concept of conditionConcepts as readonly FactConcept[]) {
      const hit = matches(obs.code, concept);
      if (!hit || !isRecent(when, now)) continue;
      if (obs.valueBoolean === false) {
        const negative = negate(concept.active);
        if (negative) set(negative, `${label}: ${hit} absent`);
      } else {
        set(concept.active, `${label}: ${hit}`);
        suspect(concept.suspects, `${label}: ${hit}`);
      }
    }
  }

  // Medications: steroids for 3 months or more, anticoagulants, immunosuppressants.
  const meds = [
    ...(record.medicationRequests ?? [])
      .filter((m) => m.status === 'active' || m.status === 'on-hold')
      .map((m) => ({
        label: `MedicationRequest/${m.id ?? '?'}`,
        concept: m.medicationCodeableConcept,
        route: m.dosageInstruction?.map((d) => d.route?.text ?? d.route?.coding?.[0]?.display ?? '').join(' ') ?? '',
        start: dateOf(m.authoredOn),
        supplyDays: supplyDays(m.dispenseRequest?.expectedSupplyDuration),
      })),
    ...(record.medicationStatements ?? [])
      .filter((m) => m.status === 'active' || m.status === 'intended' || m.status === 'on-hold')
      .map((m) => ({
        label: `MedicationStatement/${m.id ?? '?'}`,
        concept: m.medicationCodeableConcept,
        route: m.dosage?.map((d) => d.route?.text ?? d.route?.coding?.[0]?.display ?? '').join(' ') ?? '',
        start: dateOf(m.effectivePeriod?.start ?? m.effectiveDateTime),
        supplyDays: undefined,
      })),
  ];
  for (const med of meds) {
    const text = [med.concept?.text, ...(med.concept?.coding ?? []).map((c) => c.display)].filter(Boolean).join(' ');
    for (const cls of medicationClasses) {
      const byName = cls.ingredients.find((i) => ingredientPattern(i).test(text));
      const byCode = med.concept?.coding?.find(
        (c) =>
          c.system === systems.rxnorm && c.code !== undefined && (cls.rxnorm as readonly string[]).includes(c.code),
      );
      if (!byName && !byCode) continue;
      if (cls.id === 'systemic-corticosteroid' && nonSystemicRoute.test(`${text} ${med.route}`)) continue;
      const minimum = 'minimumDays' in cls ? cls.minimumDays : undefined;
      if (minimum !== undefined) {
        const days = med.start ? (now.getTime() - med.start.getTime()) / DAY : 0;
        if (days < minimum && (med.supplyDays ?? 0) < minimum) continue; // duration not documented: unknown
      }
      set(cls.fact, `${med.label}: ${byName ?? `RxNorm ${byCode?.code}`}`);
    }
  }

  // Procedures: lumbar or spinal operations, and whether one was recent.
  for (const proc of record.procedures ?? []) {
    if (proc.status !== 'completed' && proc.status !== 'in-progress') continue;
    if (!matchesSnomed(proc.code, spinalSurgerySnomed)) continue;
    const label = `Procedure/${proc.id ?? '?'}: SNOMED ${proc.code?.coding?.find((c) => c.system === systems.snomed)?.code}`;
    set({ priorLumbarSurgery: true }, label);
    const when = dateOf(proc.performedDateTime ?? proc.performedPeriod?.end ?? proc.performedPeriod?.start);
    if (when && now.getTime() - when.getTime() <= 90 * DAY)
      set({ recentSpinalProcedure: true }, `${label}, within 3 months`);
  }

  // The order's reason: what the ordering clinician suspects.
  for (const reason of order?.reasonCode ?? []) {
    for (const concept of conditionConcepts as readonly FactConcept[]) {
      const hit = matches(reason, concept);
      if (!hit) continue;
      suspect(concept.suspects, `ServiceRequest/${order?.id ?? '?'} reasonCode: ${hit}`);
      if (!concept.recentOnly) set(concept.active, `ServiceRequest/${order?.id ?? '?'} reasonCode: ${hit}`);
    }
  }
  if (suspects.size > 0) facts.clinicianSuspects = [...suspects];

  const undocumented: ('age' | 'durationWeeks')[] = [];
  if (facts.age === undefined) undocumented.push('age');
  if (facts.durationWeeks === undefined) undocumented.push('durationWeeks');
  const complete = undocumented.length === 0 ? (facts as Case) : undefined;
  return { case: complete, facts: facts as Partial<Case>, evidence, undocumented };
}

const ingredientPatterns = new Map<string, RegExp>();
/** A whole-word, case-insensitive pattern for an ingredient name, compiled once. */
function ingredientPattern(name: string): RegExp {
  let pattern = ingredientPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\b${name}\\b`, 'i');
    ingredientPatterns.set(name, pattern);
  }
  return pattern;
}

/**
 * Answers in rising seriousness, read from the case schema (whose enums for these fields are
 * declared from normal to most serious): when two sources disagree, the later one wins.
 */
const severity: Partial<Record<CaseField, readonly unknown[]>> = Object.fromEntries(
  (['cancerHistory', 'bladder', 'weakness', 'legPain', 'trauma'] as const).map((field) => [
    field,
    CaseSchema.shape[field].unwrap().options,
  ]),
);

/** Two sources for one field: keep the more serious answer (yes beats no; retention beats dysfunction). */
function strongest(field: CaseField, current: unknown, next: unknown): unknown {
  if (current === undefined) return next;
  if (typeof current === 'boolean') return current || next === true;
  const order = severity[field];
  if (order) return order.indexOf(next) > order.indexOf(current) ? next : current;
  if (field === 'age' || field === 'durationWeeks') return Math.max(Number(current), Number(next));
  return current;
}

function negate(patch: Partial<Case>): Partial<Case> | undefined {
  const entries = Object.entries(patch);
  if (entries.length === 0 || !entries.every(([, v]) => v === true)) return undefined;
  return Object.fromEntries(entries.map(([k]) => [k, false])) as Partial<Case>;
}

/** Which code matched, as "SYSTEM code", or undefined. */
export function matches(concept: CodeableConcept | undefined, table: CodeConcept): string | undefined {
  for (const coding of concept?.coding ?? []) {
    if (!coding.code) continue;
    if (coding.system === systems.snomed && table.snomed.includes(coding.code)) return `SNOMED CT ${coding.code}`;
    if (coding.system === systems.icd10cm || coding.system === systems.icd10) {
      const code = coding.code.replace(/\./g, '').toUpperCase();
      if (table.icd10.some((p) => code.startsWith(p.replace(/\./g, '')))) return `ICD-10-CM ${coding.code}`;
    }
  }
  return undefined;
}

function matchesSnomed(concept: CodeableConcept | undefined, codes: readonly string[]): boolean {
  return (concept?.coding ?? []).some(
    (c) => c.system === systems.snomed && c.code !== undefined && codes.includes(c.code),
  );
}

function isRefuted(c: Condition): boolean {
  const v = c.verificationStatus?.coding?.map((x) => x.code) ?? [];
  return v.includes('refuted') || v.includes('entered-in-error');
}

function isActive(c: Condition): boolean {
  const s = c.clinicalStatus?.coding?.map((x) => x.code) ?? [];
  if (s.length === 0) return true; // undocumented status: treat as current (safer)
  return s.some((code) => code === 'active' || code === 'recurrence' || code === 'relapse');
}

function conditionDate(c: Condition): Date | undefined {
  return dateOf(c.onsetDateTime ?? c.onsetPeriod?.start ?? c.recordedDate);
}

function isRecent(when: Date | undefined, now: Date): boolean {
  return when === undefined || now.getTime() - when.getTime() <= recentDays * DAY;
}

/** A FHIR date or dateTime as a Date; partial dates take their first day. */
export function dateOf(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return undefined;
  const full =
    value.length > 10 ? new Date(value) : new Date(Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)));
  return Number.isNaN(full.getTime()) ? undefined : full;
}

/** Age in whole years at `now`; a partial birth date is read as its earliest day (the older age). */
export function ageAt(birthDate: string, now: Date): number | undefined {
  const birth = dateOf(birthDate);
  if (!birth || birth > now) return undefined;
  let age = now.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    now.getUTCMonth() < birth.getUTCMonth() ||
    (now.getUTCMonth() === birth.getUTCMonth() && now.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age >= 0 && age <= 130 ? age : undefined;
}

function toCelsius(value: number | undefined, unit: string | undefined): number | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const u = (unit ?? '').toLowerCase();
  if (u === 'cel' || u === '°c' || u === 'c' || u === 'degc') return value;
  if (u === '[degf]' || u === '°f' || u === 'f' || u === 'degf') return ((value - 32) * 5) / 9;
  return undefined;
}

function supplyDays(
  duration: { value?: number | undefined; code?: string | undefined; unit?: string | undefined } | undefined,
): number | undefined {
  if (duration?.value === undefined) return undefined;
  const unit = (duration.code ?? duration.unit ?? 'd').toLowerCase();
  if (unit === 'd' || unit.startsWith('day')) return duration.value;
  if (unit === 'wk' || unit.startsWith('week')) return duration.value * 7;
  if (unit === 'mo' || unit.startsWith('month')) return duration.value * 30;
  return undefined;
}

function round(weeks: number): number {
  return Math.round(weeks * 10) / 10;
}
