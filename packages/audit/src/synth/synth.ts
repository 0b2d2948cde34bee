import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { systems } from '@spine-advisor/fhir';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { ExclusionReason, NotEligibleReason, PatientStatus, StratumResult } from '../result.js';
import { invertedRate } from '../result.js';
import { proportions } from './proportions.js';

/** What a synthetic patient must come out as. */
export interface TruePatient {
  readonly patient: string;
  readonly ageAtYearEnd: number;
  readonly stratum: '18-64' | '65-75' | null;
  readonly iesd: string | null;
  readonly status: PatientStatus;
  readonly reason: NotEligibleReason | null;
  readonly exclusions: ExclusionReason[];
}

/** The ground-truth file written beside the export. */
export interface GroundTruth {
  readonly measurementYear: number;
  readonly seed: number;
  readonly patients: number;
  readonly strata: StratumResult[];
  readonly exclusions: Partial<Record<ExclusionReason, number>>;
  /** Every patient with a low back pain diagnosis in the year, sorted by reference. */
  readonly lowBackPain: TruePatient[];
}

type Json = Record<string, unknown>;
const DAY = 86_400_000;
const v3 = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const lbpCodes = ['M54.50', 'M54.59', 'M54.41', 'M54.16', 'M51.26'];
const sites = ['Location/site-north', 'Location/site-south', 'Location/site-east', 'Location/site-west'];
/** The ordering practitioners' given names (made up; each family name is "Example n"). */
const givenNames = ['Ana', 'Ben', 'Chen', 'Dara', 'Eli', 'Fatima', 'Gus', 'Hana', 'Ivan', 'Jo', 'Kofi', 'Lena'];
const imagingCodes = {
  radiography: { system: systems.cpt, code: '72100' },
  mri: { system: systems.cpt, code: '72148' },
  ct: { system: systems.cpt, code: '72131' },
} as const;

/** Exclusions the generator plants, each inside its look-back window (quality-measures.md §1.4). */
const planted = [
  'cancer',
  'hiv',
  'trauma',
  'iv-drug-abuse',
  'osteoporosis',
  'lumbar-surgery',
  'corticosteroids',
  'death',
  'hospice',
  'spinal-infection',
] as const satisfies readonly ExclusionReason[];

/** The resource types the generator writes, one NDJSON file each. */
const synthTypes = [
  'Patient',
  'Encounter',
  'Condition',
  'Procedure',
  'MedicationDispense',
  'ImagingStudy',
  'Location',
  'Practitioner',
] as const;

/** Every file `synthesise` writes; each is written on every run, so a rerun into one directory replaces them all. */
export const synthFiles: ReadonlySet<string> = new Set([...synthTypes.map((t) => `${t}.ndjson`), 'ground-truth.json']);

/**
 * Write a synthetic FHIR R4 bulk export of `patients` patients for `year` into `dir`, one NDJSON
 * file per resource type, and `ground-truth.json`. The same seed gives the same files.
 */
export async function synthesise(options: {
  patients: number;
  year: number;
  seed: number;
  dir: string;
}): Promise<GroundTruth> {
  const { year, dir } = options;
  await mkdir(dir, { recursive: true });
  const rng = xoroshiro128plus(options.seed);
  const random = () => uniformFloat64(rng);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const day = (date: string, days: number) =>
    new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
  const yearStart = `${year}-01-01`;
  const yearDays = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY;

  const out = new Writers(dir);
  const truth: TruePatient[] = [];
  let serial = 0;
  const id = (prefix: string) => `${prefix}-${(serial++).toString(36)}`;
  const ref = (pid: string) => ({ reference: `Patient/${pid}` });
  const coded = (system: string, code: string) => ({ coding: [{ system, code }] });
  const visit = (pid: string, date: string, cls: string, reason?: string): string => {
    const eid = id('e');
    out.write('Encounter', {
      resourceType: 'Encounter',
      id: eid,
      status: 'finished',
      class: { system: v3, code: cls },
      subject: ref(pid),
      period: { start: `${date}T09:00:00Z`, end: `${date}T10:00:00Z` },
      ...(reason ? { reasonCode: [coded(systems.icd10cm, reason)] } : {}),
    });
    return eid;
  };
  const condition = (pid: string, code: string, date: string, onset?: string, encounter?: string) =>
    out.write('Condition', {
      resourceType: 'Condition',
      id: id('c'),
      clinicalStatus: coded(systems.conditionClinical, 'active'),
      code: coded(systems.icd10cm, code),
      subject: ref(pid),
      ...(encounter ? { encounter: { reference: `Encounter/${encounter}` } } : {}),
      onsetDateTime: `${onset ?? date}T09:00:00Z`,
      recordedDate: `${date}T09:00:00Z`,
    });
  const procedure = (pid: string, system: string, code: string, date: string) =>
    out.write('Procedure', {
      resourceType: 'Procedure',
      id: id('p'),
      status: 'completed',
      code: coded(system, code),
      subject: ref(pid),
      performedDateTime: `${date}T10:00:00Z`,
    });
  const dispense = (pid: string, name: string, date: string, days: number) =>
    out.write('MedicationDispense', {
      resourceType: 'MedicationDispense',
      id: id('d'),
      status: 'completed',
      medicationCodeableConcept: { text: `${name} 10 MG Oral Tablet` },
      subject: ref(pid),
      whenHandedOver: `${date}T12:00:00Z`,
      daysSupply: { value: days, unit: 'd', system: 'http://unitsofmeasure.org', code: 'd' },
    });
  const image = (pid: string, date: string) => {
    const r = random();
    const modality =
      r < proportions.modality.radiography ? 'radiography' : r < 1 - proportions.modality.ct ? 'mri' : 'ct';
    out.write('ImagingStudy', {
      resourceType: 'ImagingStudy',
      id: id('i'),
      status: 'available',
      subject: ref(pid),
      started: `${date}T14:00:00Z`,
      procedureCode: [coded(imagingCodes[modality].system, imagingCodes[modality].code)],
      reasonCode: [coded(systems.icd10cm, 'M54.50')],
      location: { reference: pick(sites) },
      referrer: { reference: `Practitioner/pr-${int(1, 12)}` },
    });
  };

  for (let n = 0; n < options.patients; n++) {
    const pid = `p${n.toString().padStart(7, '0')}`;
    const age = int(proportions.ageRange[0], proportions.ageRange[1]);
    const birthDate = day(`${year - age}-01-01`, int(0, 364));
    const hasLbp = random() < proportions.lowBackPainVisit;
    const patientResource: Json = { resourceType: 'Patient', id: pid, gender: pick(['female', 'male']), birthDate };
    // Everyone has a routine visit for something else (noise the measure must ignore).
    visit(pid, day(yearStart, int(0, yearDays - 1)), 'AMB', pick(['I10', 'E11.9', 'J06.9', 'Z00.00']));
    if (!hasLbp) {
      out.write('Patient', patientResource);
      continue;
    }
    const first = day(yearStart, int(0, yearDays - 1));
    const inIntake = first <= `${year}-12-03`;
    const inpatient = random() < proportions.inpatientOnly;
    const prior = random() < proportions.priorDiagnosis;
    const code = pick(lbpCodes);
    const eid = visit(pid, first, inpatient ? 'IMP' : 'AMB', code);
    condition(pid, code, first, day(first, -int(1, 20)), eid);
    const ageOk = age >= 18 && age <= 75;
    let status: PatientStatus;
    let reason: NotEligibleReason | null = null;
    const exclusions: ExclusionReason[] = [];
    if (!ageOk) reason = 'age';
    else if (!inIntake) reason = 'intake-period';
    else if (inpatient) reason = 'no-qualifying-visit';
    else if (prior) reason = 'prior-lbp-diagnosis';
    // The earlier diagnosis is on no visit (a problem-list entry): it counts as history, never as an IESD.
    if (prior && inIntake && !inpatient) condition(pid, code, day(first, -int(1, 180)));
    const iesd = inIntake && !inpatient ? first : null;

    if (reason) {
      status = 'not-eligible';
    } else if (random() < proportions.exclusion) {
      const why = pick(planted);
      exclusions.push(why);
      plant(why, pid, first);
      status = 'excluded';
      if (random() < 0.2) image(pid, day(first, int(0, 28)));
    } else if (random() < proportions.imagedWithin28Days) {
      status = 'imaged';
      const when = day(first, int(0, 28));
      if (random() < proportions.redFlagBeforeImaging) condition(pid, 'R33.9', when);
      image(pid, when);
    } else {
      status = 'not-imaged';
      const later = day(first, int(29, 120));
      if (random() < proportions.imagedLater && later <= `${year}-12-31`) image(pid, later);
    }
    out.write(
      'Patient',
      status === 'excluded' && exclusions[0] === 'death'
        ? { ...patientResource, deceasedDateTime: `${day(first, int(1, 27))}T00:00:00Z` }
        : patientResource,
    );
    truth.push({
      patient: `Patient/${pid}`,
      ageAtYearEnd: age,
      stratum: reason ? null : age <= 64 ? '18-64' : '65-75',
      iesd,
      status,
      reason,
      exclusions,
    });
  }

  function plant(why: (typeof planted)[number], pid: string, iesd: string): void {
    switch (why) {
      case 'cancer':
        condition(pid, 'C50.911', day(iesd, -int(30, 900)));
        return;
      case 'hiv':
        condition(pid, 'B20', day(iesd, -int(30, 2000)));
        return;
      case 'trauma':
        condition(pid, 'S32.009A', day(iesd, -int(0, 90)));
        return;
      case 'iv-drug-abuse':
        condition(pid, 'F11.20', day(iesd, -int(0, 365)));
        return;
      case 'osteoporosis':
        condition(pid, 'M81.0', day(iesd, -int(0, 1500)));
        return;
      case 'spinal-infection':
        condition(pid, 'M46.26', day(iesd, int(0, 28)));
        return;
      case 'lumbar-surgery':
        procedure(pid, systems.snomed, '277764006', day(iesd, -int(200, 3000)));
        return;
      case 'hospice':
        procedure(pid, systems.snomed, '385763009', day(iesd, int(1, 27)));
        return;
      case 'corticosteroids':
        for (const back of [119, 89, 59, 29]) dispense(pid, 'prednisone', day(iesd, -back), 30);
        return;
      case 'death':
        return; // deceasedDateTime on the Patient
    }
  }

  for (const site of sites) {
    const id = site.split('/')[1] ?? '';
    const place = id.replace('site-', '');
    out.write('Location', {
      resourceType: 'Location',
      id,
      name: `${place[0]?.toUpperCase()}${place.slice(1)} Imaging`,
    });
  }
  for (let n = 1; n <= 12; n++) {
    const name = { prefix: ['Dr.'], given: [givenNames[n - 1] ?? 'Alex'], family: `Example ${n}` };
    out.write('Practitioner', { resourceType: 'Practitioner', id: `pr-${n}`, name: [name] });
  }
  await out.close(synthTypes);
  truth.sort((a, b) => a.patient.localeCompare(b.patient));
  const result: GroundTruth = {
    measurementYear: year,
    seed: options.seed,
    patients: options.patients,
    strata: strataOf(truth),
    exclusions: Object.fromEntries(
      planted.map((r) => [r, truth.filter((t) => t.exclusions.includes(r)).length]).filter(([, n]) => n !== 0),
    ),
    lowBackPain: truth,
  };
  await writeFile(join(dir, 'ground-truth.json'), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

/** Strata counts of patients (total = sum of the strata). */
export function strataOf(patients: readonly Pick<TruePatient, 'stratum' | 'status'>[]): StratumResult[] {
  return (['18-64', '65-75', 'total'] as const).map((stratum) => {
    const members = patients.filter((p) => p.stratum !== null && (stratum === 'total' || p.stratum === stratum));
    const excluded = members.filter((p) => p.status === 'excluded').length;
    const numerator = members.filter((p) => p.status === 'imaged').length;
    const denominator = members.length - excluded;
    return {
      stratum,
      eligible: members.length,
      excluded,
      denominator,
      numerator,
      rate: invertedRate(numerator, denominator),
    };
  });
}

/** Buffered NDJSON writers, one file per resource type. */
class Writers {
  private readonly streams = new Map<string, ReturnType<typeof createWriteStream>>();
  private readonly buffers = new Map<string, string[]>();
  private readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  write(type: string, resource: Json): void {
    const buffer = this.buffers.get(type) ?? [];
    this.buffers.set(type, buffer);
    buffer.push(JSON.stringify(resource));
    if (buffer.length >= 2000) this.flush(type);
  }

  private flush(type: string): void {
    const buffer = this.buffers.get(type);
    if (!buffer || buffer.length === 0) return;
    const stream = this.streams.get(type) ?? createWriteStream(join(this.dir, `${type}.ndjson`));
    this.streams.set(type, stream);
    stream.write(`${buffer.join('\n')}\n`);
    this.buffers.set(type, []);
  }

  /** Flush every buffer and end every file; a type in `types` with nothing written gets an empty file. */
  async close(types: readonly string[]): Promise<void> {
    for (const type of this.buffers.keys()) this.flush(type);
    for (const type of types)
      if (!this.streams.has(type)) this.streams.set(type, createWriteStream(join(this.dir, `${type}.ndjson`)));
    await Promise.all(
      [...this.streams.values()].map(async (s) => {
        s.end();
        await once(s, 'finish');
      }),
    );
  }
}
