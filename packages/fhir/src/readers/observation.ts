import { fhirThresholds } from '@spine-advisor/engine';
import { daysBetween, pastDateOf } from '../fhir-dates.js';
import { labelOf, readAll } from '../read-resources.js';
import type { Concept } from '../resource-schemas.js';
import { codeSystemOf } from '../systems.js';
import { applyConcepts, conceptsOf } from './concepts.js';
import type { ReadContext } from './context.js';

/** Body temperature (LOINC 8310-5, US Core vital sign; verified in the US Core temperature example). */
const bodyTemperatureLoinc = '8310-5';
const discarded = new Set(['entered-in-error', 'cancelled']);

function toCelsius(value: number | undefined, unit: string | undefined): number | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const u = (unit ?? '').toLowerCase();
  if (u === 'cel' || u === '°c' || u === 'c' || u === 'degc') return value;
  if (u === '[degf]' || u === '°f' || u === 'f' || u === 'degf') return ((value - 32) * 5) / 9;
  return undefined;
}

/** Observations: a recent body temperature, and recorded findings (present, or absent when `valueBoolean` is false). */
export function readObservations(resources: readonly unknown[] | undefined, ctx: ReadContext): void {
  for (const obs of readAll('Observation', resources, ctx.out)) {
    if (obs.status !== undefined && discarded.has(obs.status)) continue;
    const label = labelOf(obs);
    const when = pastDateOf(obs.effectiveDateTime ?? obs.effectivePeriod?.start ?? obs.issued, ctx.now);
    const isTemperature = obs.code?.coding?.some(
      (c) => codeSystemOf(c.system) === 'loinc' && c.code === bodyTemperatureLoinc,
    );
    if (isTemperature) {
      const celsius = toCelsius(obs.valueQuantity?.value, obs.valueQuantity?.code ?? obs.valueQuantity?.unit);
      const recent = when !== undefined && daysBetween(when, ctx.now) <= fhirThresholds.recentDays;
      if (celsius !== undefined && celsius >= fhirThresholds.feverCelsius && recent) {
        ctx.out.set({ fever: true }, `${label}: body temperature ${celsius.toFixed(1)} °C`);
      }
      continue;
    }
    if (obs.valueBoolean === false) {
      readAbsentFinding(obs.code, label, when, ctx);
      continue;
    }
    applyConcepts(obs.code, { current: true, when, from: label }, ctx);
  }
}

/**
 * A finding recorded as absent answers its yes/no fields with no (unless the knowledge base says its
 * absence is not read); it never suspects anything.
 */
function readAbsentFinding(code: Concept | undefined, label: string, when: Date | undefined, ctx: ReadContext): void {
  for (const { concept, hit } of conceptsOf(code, when, ctx)) {
    if (concept.absenceRead === false) continue;
    const entries = Object.entries(concept.current);
    if (entries.length === 0 || !entries.every(([, v]) => v === true)) continue;
    ctx.out.set(Object.fromEntries(entries.map(([k]) => [k, false])), `${label}: ${hit} absent`);
  }
}
