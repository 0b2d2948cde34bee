import { ageAt, dateOf, dayOf } from '../fhir-dates.js';
import { labelOf, readAll } from '../read-resources.js';
import type { ReadContext } from './context.js';

/** What the Patient resource says of death. */
export interface Death {
  /** The date of death when documented (YYYY-MM-DD). */
  readonly date?: string;
}

/**
 * Patient: age and sex. A deceased patient's age is the age at death, and the result says so, so
 * that nothing is rated as if the person were alive.
 */
export function readPatient(resources: readonly unknown[], ctx: ReadContext): { deceased?: Death } {
  const patient = readAll('Patient', resources, ctx.out)[0];
  if (!patient) return {};
  const label = labelOf(patient);
  const died = dateOf(patient.deceasedDateTime);
  if (patient.deceasedDateTime !== undefined && !died) {
    ctx.out.skip(label, `deceasedDateTime "${patient.deceasedDateTime}" is not a valid date`);
  }
  const at = died && died < ctx.now ? died : ctx.now;
  if (patient.birthDate) {
    const age = ageAt(patient.birthDate, at);
    if (age !== undefined) ctx.out.set({ age }, `${label}: birth date${died ? `, age at death ${dayOf(died)}` : ''}`);
    else ctx.out.skip(label, `birthDate "${patient.birthDate}" is not a valid past date`);
  }
  if (patient.gender === 'female' || patient.gender === 'male' || patient.gender === 'other') {
    ctx.out.set({ sex: patient.gender }, `${label}: gender`);
  }
  if (died) return { deceased: { date: dayOf(died) } };
  if (patient.deceasedBoolean === true || patient.deceasedDateTime !== undefined) return { deceased: {} };
  return {};
}
