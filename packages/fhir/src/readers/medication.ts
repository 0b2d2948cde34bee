import {
  careHistory,
  currentMedicationStatus,
  discardedMedicationStatus,
  type MedicationClass,
  medicationClasses,
  nonSystemicRoute,
} from '@spine-advisor/engine';
import { daysBetween, pastDateOf } from '../fhir-dates.js';
import { labelOf, readAll } from '../read-resources.js';
import { type Concept, MedicationSchema, type Read } from '../resource-schemas.js';
import { codeSystemOf } from '../systems.js';
import type { CareEvent, ReadContext } from './context.js';

const DAY = 86_400_000;

interface Taken {
  readonly label: string;
  readonly status: string | undefined;
  readonly concept: Concept | undefined;
  readonly route: string;
  readonly started: string | undefined;
  readonly supplyDays: number | undefined;
}

function supplyDays(
  duration: { value?: number | undefined; code?: string | undefined; unit?: string | undefined } | undefined,
) {
  if (duration?.value === undefined) return undefined;
  const unit = (duration.code ?? duration.unit ?? 'd').toLowerCase();
  if (unit === 'd' || unit.startsWith('day')) return duration.value;
  if (unit === 'wk' || unit.startsWith('week')) return duration.value * 7;
  if (unit === 'mo' || unit.startsWith('month')) return duration.value * 30;
  return undefined;
}

function routeOf(dosages: readonly { route?: Concept | undefined; text?: string | undefined }[] | undefined): string {
  return (dosages ?? [])
    .map((d) => [d.text, d.route?.text, ...(d.route?.coding ?? []).map((c) => c.display)].join(' '))
    .join(' ');
}

/**
 * The medicine a request or statement names: its `medicationCodeableConcept`, or the Medication its
 * `medicationReference` points to — contained (`#id`) or elsewhere in the record (`Medication/id`).
 */
function medicineOf(
  resource: Read<'MedicationRequest'> | Read<'MedicationStatement'>,
  medications: ReadonlyMap<string, Concept | undefined>,
  ctx: ReadContext,
): Concept | undefined {
  if (resource.medicationCodeableConcept) return resource.medicationCodeableConcept;
  const reference = resource.medicationReference?.reference;
  if (!reference) return undefined;
  if (reference.startsWith('#')) {
    const contained = resource.contained?.find((c) => c.resourceType === 'Medication' && c.id === reference.slice(1));
    const parsed = MedicationSchema.safeParse(contained);
    if (!parsed.success) ctx.out.skip(labelOf(resource), `its contained medication ${reference} is not readable`);
    return parsed.success ? parsed.data.code : undefined;
  }
  const id = /(?:^|\/)Medication\/([^/]+)(?:\/_history\/.*)?$/.exec(reference)?.[1];
  const found = id === undefined ? undefined : medications.get(id);
  if (found === undefined) ctx.out.skip(labelOf(resource), `its medication ${reference} was not in the record sent`);
  return found;
}

const classPatterns = new Map<string, RegExp>();
/** One whole-word, case-insensitive pattern for all of a class's ingredient names, compiled once. */
function ingredientPattern(cls: MedicationClass): RegExp {
  let pattern = classPatterns.get(cls.id);
  if (!pattern) {
    pattern = new RegExp(`\\b(${cls.ingredients.join('|')})\\b`, 'i');
    classPatterns.set(cls.id, pattern);
  }
  return pattern;
}

/** A medicine's words (text and displays), its RxNorm codes and its route: all that its classes depend on. */
function signatureOf(taken: Taken): { text: string; rxnorm: string[]; key: string } {
  const concept = taken.concept;
  const text = [concept?.text, ...(concept?.coding ?? []).map((c) => c.display)].filter(Boolean).join(' ');
  const rxnorm = (concept?.coding ?? [])
    .filter((c) => codeSystemOf(c.system) === 'rxnorm' && c.code !== undefined)
    .map((c) => c.code as string);
  return { text, rxnorm, key: `${text}\n${rxnorm.join(',')}\n${taken.route}` };
}

/** The classes a medicine belongs to by ingredient name or RxNorm code, with what matched. */
function classesOf(taken: Taken, text: string, rxnorm: readonly string[]): { cls: MedicationClass; hit: string }[] {
  const found: { cls: MedicationClass; hit: string }[] = [];
  for (const cls of medicationClasses as readonly MedicationClass[]) {
    const byName = ingredientPattern(cls).exec(text)?.[1]?.toLowerCase();
    const byCode = rxnorm.find((code) => cls.rxnorm.includes(code));
    if (!byName && !byCode) continue;
    if (cls.systemicOnly && nonSystemicRoute.test(`${text} ${taken.route}`)) continue;
    found.push({ cls, hit: byName ?? `RxNorm ${byCode}` });
  }
  return found;
}

/**
 * MedicationRequests and MedicationStatements: medicines taken now set facts (a steroid only after
 * 3 months); any prescription of a first-line care class, current or past, is a care event.
 */
export function readMedications(
  record: {
    readonly medications?: readonly unknown[] | undefined;
    readonly medicationRequests?: readonly unknown[] | undefined;
    readonly medicationStatements?: readonly unknown[] | undefined;
  },
  ctx: ReadContext,
): CareEvent[] {
  const medications = new Map(readAll('Medication', record.medications, ctx.out).map((m) => [m.id ?? '', m.code]));
  const taken: Taken[] = [
    ...readAll('MedicationRequest', record.medicationRequests, ctx.out).map((m) => ({
      label: labelOf(m),
      status: m.status,
      concept: medicineOf(m, medications, ctx),
      route: routeOf(m.dosageInstruction),
      started: m.authoredOn ?? m.dispenseRequest?.validityPeriod?.start,
      supplyDays: supplyDays(m.dispenseRequest?.expectedSupplyDuration),
    })),
    ...readAll('MedicationStatement', record.medicationStatements, ctx.out).map((m) => ({
      label: labelOf(m),
      status: m.status,
      concept: medicineOf(m, medications, ctx),
      route: routeOf(m.dosage),
      started: m.effectivePeriod?.start ?? m.effectiveDateTime,
      supplyDays: undefined,
    })),
  ];
  const care: CareEvent[] = [];
  // Records repeat the same product hundreds of times: classify each product once per call.
  const classified = new Map<string, { cls: MedicationClass; hit: string }[]>();
  for (const med of taken) {
    if (med.status !== undefined && (discardedMedicationStatus as readonly string[]).includes(med.status)) continue;
    const { text, rxnorm, key } = signatureOf(med);
    let classes = classified.get(key);
    if (!classes) {
      classes = classesOf(med, text, rxnorm);
      classified.set(key, classes);
    }
    if (classes.length === 0) continue;
    const current = med.status === undefined || (currentMedicationStatus as readonly string[]).includes(med.status);
    const start = pastDateOf(med.started, ctx.now);
    for (const { cls, hit } of classes) {
      if (cls.care && start) {
        const days = med.supplyDays ?? careHistory.defaultPrescriptionDays;
        care.push({
          start,
          end: new Date(start.getTime() + days * DAY),
          what: `${med.label.split('/')[0]}: ${hit}`,
        });
      }
      if (!current || !cls.current) continue;
      if (cls.minimumDays !== undefined) {
        const days = start ? daysBetween(start, ctx.now) : 0;
        if (days < cls.minimumDays && (med.supplyDays ?? 0) < cls.minimumDays) continue; // duration not documented: unknown
      }
      ctx.out.set(cls.current, `${med.label}: ${hit}`);
    }
  }
  return care;
}
