import type { ProcedureId } from '@spine-advisor/engine';
import { systems } from './systems.js';

/**
 * Lumbar imaging order codes → the contract's procedure ids (codes.md §4 LOINC, §5 CPT; V only).
 * `assumed` marks codes that leave contrast unspecified: they are rated as the plain study and the
 * card says so.
 */
interface OrderCode {
  readonly procedure: ProcedureId;
  readonly display: string;
  readonly assumed?: string;
}

const cpt: Readonly<Record<string, OrderCode>> = {
  '72100': { procedure: 'radiography-lumbar', display: 'XR lumbosacral spine, 2 or 3 views' },
  '72110': { procedure: 'radiography-lumbar', display: 'XR lumbosacral spine, minimum 4 views' },
  '72114': { procedure: 'radiography-lumbar', display: 'XR lumbosacral spine, complete with bending views' },
  '72131': { procedure: 'ct-lumbar-without-contrast', display: 'CT lumbar spine without contrast' },
  '72132': { procedure: 'ct-lumbar-with-contrast', display: 'CT lumbar spine with contrast' },
  '72133': { procedure: 'ct-lumbar-without-and-with-contrast', display: 'CT lumbar spine without, then with contrast' },
  '72148': { procedure: 'mri-lumbar-without-contrast', display: 'MRI lumbar spine without contrast' },
  '72149': { procedure: 'mri-lumbar-with-contrast', display: 'MRI lumbar spine with contrast' },
  '72158': {
    procedure: 'mri-lumbar-without-and-with-contrast',
    display: 'MRI lumbar spine without, then with contrast',
  },
  '72265': {
    procedure: 'ct-myelography-lumbar',
    display: 'Myelography, lumbosacral',
    assumed: 'myelography rated as CT myelography',
  },
  '62304': {
    procedure: 'ct-myelography-lumbar',
    display: 'Myelography via lumbar injection',
    assumed: 'myelography rated as CT myelography',
  },
  '78306': { procedure: 'bone-scan-spect-spine', display: 'Bone imaging, whole body' },
  '78305': { procedure: 'bone-scan-spect-spine', display: 'Bone imaging, multiple areas' },
  '78300': { procedure: 'bone-scan-spect-spine', display: 'Bone imaging, limited area' },
  '78315': { procedure: 'bone-scan-spect-spine', display: 'Bone imaging, 3-phase' },
  '78320': { procedure: 'bone-scan-spect-spine', display: 'Bone imaging, SPECT' },
};

const loinc: Readonly<Record<string, OrderCode>> = {
  '30773-6': { procedure: 'radiography-lumbar', display: 'XR Lumbar spine Single view' },
  '30777-7': { procedure: 'radiography-lumbar', display: 'XR Lumbar spine AP' },
  '24969-8': { procedure: 'radiography-lumbar', display: 'XR Lumbar spine Lateral' },
  '24970-6': { procedure: 'radiography-lumbar', display: 'XR Lumbar spine AP and Lateral' },
  '30778-5': { procedure: 'radiography-lumbar', display: 'XR Lumbar spine Oblique' },
  '30775-1': { procedure: 'radiography-lumbar', display: 'XR Lumbar spine 3 Views' },
  '30797-5': { procedure: 'radiography-lumbar', display: 'XR Lumbar spine 5 Views' },
  '24972-2': { procedure: 'radiography-lumbar', display: 'XR Lumbar spine Views' },
  '24971-4': { procedure: 'radiography-lumbar', display: 'XR Lumbar spine Views W flexion and W extension' },
  '24975-5': { procedure: 'radiography-lumbar', display: 'XR Spine.lumbar and Sacroiliac joint - bilateral Views' },
  '24984-7': { procedure: 'radiography-lumbar', display: 'XR Thoracic and lumbar spine 2 Views' },
  '24963-1': {
    procedure: 'ct-lumbar-without-contrast',
    display: 'CT Lumbar spine',
    assumed: 'contrast not specified: rated as CT without contrast',
  },
  '30620-9': { procedure: 'ct-lumbar-without-contrast', display: 'CT Lumbar spine WO contrast' },
  '24964-9': { procedure: 'ct-lumbar-with-contrast', display: 'CT Lumbar spine W contrast IV' },
  '24965-6': { procedure: 'ct-myelography-lumbar', display: 'CT Lumbar spine W contrast IT' },
  '24968-0': {
    procedure: 'mri-lumbar-without-contrast',
    display: 'MR Lumbar spine',
    assumed: 'contrast not specified: rated as MRI without contrast',
  },
  '30679-5': { procedure: 'mri-lumbar-without-contrast', display: 'MR Lumbar spine WO contrast' },
  '30678-7': { procedure: 'mri-lumbar-with-contrast', display: 'MR Lumbar spine W contrast IV' },
  '24967-2': { procedure: 'mri-lumbar-without-and-with-contrast', display: 'MR Lumbar spine WO and W contrast IV' },
  '24977-1': { procedure: 'mri-lumbar-without-contrast', display: 'MR Lumbar spine W anesthesia' },
  '30854-4': {
    procedure: 'mri-lumbar-without-contrast',
    display: 'MR Cervical and thoracic and lumbar spine WO contrast',
  },
  '30855-1': {
    procedure: 'mri-lumbar-without-and-with-contrast',
    display: 'MR Cervical and thoracic and lumbar spine WO and W contrast IV',
  },
  '24974-8': {
    procedure: 'ct-myelography-lumbar',
    display: 'RF Lumbar spine Views W contrast IT',
    assumed: 'myelography rated as CT myelography',
  },
  '25031-6': { procedure: 'bone-scan-spect-spine', display: 'NM Bone Views' },
  '24578-7': { procedure: 'bone-scan-spect-spine', display: 'SPECT Bones' },
};

/** The code to order each procedure by, per system, for suggestions that replace a draft. */
export const orderCodeFor: Readonly<Partial<Record<ProcedureId, { cpt?: string; loinc?: string }>>> = {
  'radiography-lumbar': { cpt: '72100', loinc: '24972-2' },
  'mri-lumbar-without-contrast': { cpt: '72148', loinc: '30679-5' },
  'mri-lumbar-with-contrast': { cpt: '72149', loinc: '30678-7' },
  'mri-lumbar-without-and-with-contrast': { cpt: '72158', loinc: '24967-2' },
  'ct-lumbar-without-contrast': { cpt: '72131', loinc: '30620-9' },
  'ct-lumbar-with-contrast': { cpt: '72132', loinc: '24964-9' },
  'ct-lumbar-without-and-with-contrast': { cpt: '72133' },
  'ct-myelography-lumbar': { loinc: '24965-6' },
  'bone-scan-spect-spine': { cpt: '78306', loinc: '25031-6' },
};

/** A coding as FHIR carries it. */
export interface CodingLike {
  readonly system?: string | undefined;
  readonly code?: string | undefined;
}

/** The lumbar imaging procedure a coding orders, if it is one. */
export function imagingProcedureOf(
  coding: CodingLike,
): (OrderCode & { system: 'cpt' | 'loinc'; code: string }) | undefined {
  if (coding.code === undefined) return undefined;
  if (coding.system === systems.cpt) {
    const hit = Object.hasOwn(cpt, coding.code) ? cpt[coding.code] : undefined;
    return hit && { ...hit, system: 'cpt', code: coding.code };
  }
  if (coding.system === systems.loinc) {
    const hit = Object.hasOwn(loinc, coding.code) ? loinc[coding.code] : undefined;
    return hit && { ...hit, system: 'loinc', code: coding.code };
  }
  return undefined;
}
