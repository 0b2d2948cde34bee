import type { Case } from '../case.js';
import type { Tri } from '../logic.js';
import type { AsymptomaticFinding } from './asymptomatic-findings.js';
import { neurologicalSigns } from './red-flags.js';

/**
 * The vocabulary of lumbar imaging reports (imaging-findings.md (c)): each finding type, the words
 * radiologists use for it, whether it needs same-day action, how common it is without pain, and a
 * plain-language explanation. Disc terms follow the NASS/ASSR/ASNR nomenclature 2.0; the urgent
 * tier follows the "critical – same day" row of the reference.
 */
export interface FindingDefinition {
  /** Its name in plain words, for summaries. */
  readonly label: string;
  /** Patterns that name the finding (case-insensitive, on normalised text). */
  readonly patterns: readonly RegExp[];
  /** Whether a non-negated mention needs same-day clinical contact. */
  readonly urgent: boolean | 'unless-chronic';
  /** The Brinjikji 2015 figure for it, if one exists. */
  readonly prevalence?: AsymptomaticFinding;
  /** Findings that sit at a vertebra (L1) rather than a disc level (L1-L2). */
  readonly vertebral?: boolean;
  /** Findings at the endplates either side of a disc: kept at the disc level or vertebra the report names. */
  readonly endplate?: boolean;
  /** Findings that can press on a nerve root and so may fit leg symptoms at a matching level. */
  readonly nerve?: boolean;
  /** Plain-language explanation. */
  readonly explanation: string;
}

/** Every finding type of the contract, in the order they are tried (more specific first). */
export const findingTypes = {
  'cauda-equina-compression': {
    label: 'compression of the cauda equina',
    patterns: [
      /compress\w* (?:of |on )?(?:the )?cauda equina/,
      /cauda equina (?:compression|is compressed|syndrome)/,
      /(?:severe|marked) (?:compression|effacement) of the thecal sac/,
    ],
    urgent: true,
    explanation:
      'The bundle of nerves at the bottom of the spine is squeezed. With bladder, bowel or saddle symptoms this is an emergency; contact the clinician today.',
  },
  'cord-compression': {
    label: 'compression of the spinal cord',
    patterns: [
      /(?:spinal )?cord compression/,
      /\b(?:spinal )?cord(?= or (?:the )?(?:conus|cauda equina) compression)/,
      /compress\w* (?:of |on )?(?:the )?(?:spinal )?cord/,
      /conus (?:compression|is compressed)/,
      /compress\w* (?:of |on )?(?:the )?conus/,
      /cord signal (?:change|abnormality)/,
    ],
    urgent: true,
    explanation: 'The spinal cord (or its end, the conus) is squeezed. This needs same-day medical contact.',
  },
  'epidural-abscess': {
    label: 'abscess (infection) near the spinal nerves',
    patterns: [/epidural abscess/, /epidural phlegmon/, /(?:paraspinal|psoas) abscess/, /\babscess\b/],
    urgent: true,
    explanation: 'A collection of infection next to the nerves. This needs same-day medical contact.',
  },
  'epidural-hematoma': {
    label: 'bleeding near the spinal nerves (epidural hematoma)',
    patterns: [/epidural ha?ematoma/, /epidural (?:ha?emorrhage|bleed)/],
    urgent: true,
    explanation: 'Bleeding next to the nerves in the spinal canal. This needs same-day medical contact.',
  },
  'discitis-osteomyelitis': {
    label: 'infection of a disc or vertebra',
    patterns: [/discitis/, /diskitis/, /osteomyelitis/, /spondylodiscitis/, /infectious spondylitis/],
    urgent: true,
    explanation: 'Signs of infection of a disc or the bones around it. This needs same-day medical contact.',
  },
  mass: {
    label: 'a mass or possible tumour',
    patterns: [
      /\bmass\b(?! effect)/,
      /metasta\w+/,
      /\btumou?r\b/,
      /neoplas\w+/,
      /marrow replac\w+/,
      /(?:lytic|blastic|destructive) lesion/,
      /suspicious (?:osseous |bone |marrow )?lesion/,
      /myeloma/,
      /lymphoma/,
    ],
    urgent: true,
    vertebral: true,
    explanation: 'Something that could be a growth. It needs prompt medical review to find out what it is.',
  },
  'compression-fracture': {
    label: 'vertebral fracture',
    patterns: [
      // First, so they win where they start with a shorter name: the height a fracture cost its
      // vertebra, named in the same clause, is part of the fracture, not disc height loss.
      /(?:(?:(?:compression|wedge|burst|insufficiency|pathologic(?:al)?|vertebral|osteoporotic) ){0,2}(?:fracture|wedging)|(?:compression|wedge) deformity)\b(?:(?!\band\b)[^,;])*?\b(?<!(?:disc|disk) (?:space )?)(?:height loss|loss of (?:vertebral (?:body )?)?height)/,
      /(?<!(?:disc|disk) (?:space )?)\b(?:height loss|loss of height)\b(?:(?!\band\b)[^,;])*?\bfracture/,
      /(?:compression|wedge|burst|insufficiency|pathologic(?:al)?|vertebral|osteoporotic) fracture/,
      /fracture of (?:the )?(?:[lts]\d|vertebra)/,
      /\bfracture\b/,
      /vertebral (?:body )?(?:height loss|collapse)/,
      /compression deformity/,
      /height loss (?:of|in|at) (?:the )?(?:[lts]\d{1,2} )?vertebra\w*/,
      /\bwedging\b/,
      /wedge (?:deformity|compression)/,
      // "of L1" (a vertebra), not "of the L4-5 disc" (disc height loss).
      /loss of (?:vertebral body )?height of (?:the )?[lts]\d{1,2}\b(?!-[lts]\d)(?! (?:intervertebral )?(?:disc|disk))/,
    ],
    urgent: 'unless-chronic',
    vertebral: true,
    explanation:
      'A vertebra (spine bone) is broken or squashed. A new or unexplained one needs prompt medical contact; an old, healed one usually does not.',
  },
  'disc-sequestration': {
    label: 'disc sequestration (free fragment)',
    patterns: [/sequest\w+/, /free (?:disc |disk )?fragment/],
    nerve: true,
    urgent: false,
    explanation:
      'A piece of disc has broken free. It can press on a nerve; many shrink over weeks. Discuss it with your clinician.',
  },
  'disc-extrusion': {
    label: 'disc extrusion',
    patterns: [/extru\w+/],
    nerve: true,
    urgent: false,
    explanation:
      'Disc material has pushed out further than a protrusion. It is more often linked to leg pain, and many shrink over weeks to months.',
  },
  'disc-protrusion': {
    label: 'disc protrusion',
    patterns: [/protru\w+/, /(?:disc|disk) herniation/, /herniat\w+ (?:disc|disk)/, /herniation/, /\bhnp\b/],
    nerve: true,
    urgent: false,
    prevalence: 'disc-protrusion',
    explanation:
      'A small, broad-based bulge of one part of a disc. It is common in people without pain and only matters if it presses on a nerve that fits your symptoms.',
  },
  'disc-bulge': {
    label: 'disc bulge',
    patterns: [/bulg\w+/],
    urgent: false,
    prevalence: 'disc-bulge',
    explanation:
      'The disc spreads a little beyond the bone edges all around. This is very common with age and usually causes no symptoms.',
  },
  'annular-fissure': {
    label: 'annular fissure',
    patterns: [/annular (?:fissure|tear)/, /high[- ]intensity zone/, /\bhiz\b/],
    urgent: false,
    prevalence: 'annular-fissure',
    explanation:
      'A small split in the outer ring of the disc. Despite the old name "tear", it is not an injury and is common without pain.',
  },
  'disc-signal-loss': {
    label: 'disc signal loss',
    patterns: [
      /desiccat\w+/,
      /(?:disc|disk) signal loss/,
      /loss of (?:normal )?(?:t2 )?(?:disc |disk )?signal/,
      /(?:decreased|reduced|low) (?:t2 )?(?:disc |disk )?signal/,
      /dark (?:disc|disk)/,
      /black (?:disc|disk)/,
      /(?:disc|disk) dehydration/,
      /dehydrat\w+ (?:of the )?(?:discs?|disks?)/,
    ],
    urgent: false,
    prevalence: 'disc-signal-loss',
    explanation: 'The disc holds less water ("dark disc"). This is normal ageing and very common without pain.',
  },
  'disc-height-loss': {
    label: 'disc height loss',
    patterns: [
      /(?:disc|disk) (?:space )?(?:height loss|narrowing)/,
      /loss of (?:the )?(?:intervertebral )?(?:disc|disk) (?:space )?height/,
      /narrow\w* (?:of )?the (?:intervertebral )?(?:disc|disk) space/,
      /(?:disc|disk) space narrowing/,
      /\bheight loss\b/,
      /loss of height/,
    ],
    urgent: false,
    prevalence: 'disc-height-loss',
    explanation:
      'The disc is thinner than it was. This is common with age and usually not a cause for concern on its own.',
  },
  'disc-degeneration': {
    label: 'disc degeneration',
    patterns: [
      /degenerat\w+ (?:disc|disk)/,
      /(?:disc|disk) degenerat\w+/,
      /degenerative (?:change|disease)/,
      /spondylosis/,
      /\bspondylotic\b/,
      /\bddd\b/,
      /endplate spurring/,
      /osteophyt\w+/,
      /vacuum (?:phenomenon|disc)/,
    ],
    urgent: false,
    prevalence: 'disc-degeneration',
    explanation:
      'Wear of the discs that comes with age, like grey hair. Most people your age have it, with or without pain.',
  },
  'facet-arthropathy': {
    label: 'facet joint wear',
    patterns: [
      /facet (?:joint )?(?:arthropathy|arthrosis|hypertrophy|degeneration|osteoarthritis|arthritis|effusion)/,
      /(?:hypertroph\w+|degenerat\w+) (?:of )?(?:the )?facet/,
      /facet joints? (?:are |is )?(?:hypertroph\w+|degenerat\w+)/,
      /facet (?:joint )?degenerat\w+(?: change\w*| disease)?/,
    ],
    urgent: false,
    prevalence: 'facet-arthropathy',
    explanation: 'Wear of the small joints at the back of the spine. It is common with age and often causes no pain.',
  },
  spondylolisthesis: {
    label: 'spondylolisthesis (slipped vertebra)',
    patterns: [/spondylolisthesis/, /anterolisthesis/, /retrolisthesis/, /listhesis/],
    nerve: true,
    urgent: false,
    prevalence: 'spondylolisthesis',
    explanation: 'One vertebra sits slightly forward or back on the one below. A low-grade slip is common with age.',
  },
  spondylolysis: {
    label: 'pars defect (spondylolysis)',
    patterns: [
      /spondylolysis/,
      /pars (?:interarticularis )?(?:defect|fracture)/,
      /pars defects?/,
      /(?:fracture|defect)s? of (?:the )?(?:(?:left|right|bilateral) )?(?:[ls]\d )?pars/,
    ],
    urgent: false,
    vertebral: true,
    explanation:
      'A small crack in a thin part at the back of a vertebra, often old. Discuss it with your clinician if it fits your symptoms.',
  },
  'lateral-recess-stenosis': {
    label: 'lateral recess narrowing',
    patterns: [
      /(?:lateral recess|subarticular) (?:stenosis|narrowing)/,
      /narrow\w* (?:of )?the (?:\w+ )?(?:lateral recess|lateral recesses|subarticular zone)/,
      /lateral recess(?:es)? (?:is |are )?narrow\w*/,
      /subarticular (?:recess|zone) (?:stenosis|narrowing)/,
    ],
    nerve: true,
    urgent: false,
    explanation:
      'The side gutter of the spinal canal, where a nerve runs, is narrowed. It matters if it fits leg symptoms on that side.',
  },
  'foraminal-stenosis': {
    label: 'foraminal narrowing',
    patterns: [
      /foraminal (?:stenosis|narrowing|encroachment)/,
      /narrow\w* (?:of )?(?:the )?(?:\w+ )?(?:neural )?foram\w+/,
      /(?:neural )?foram(?:en|ina) (?:is |are )?narrow\w*/,
      /neuroforaminal (?:stenosis|narrowing)/,
    ],
    nerve: true,
    urgent: false,
    explanation:
      'The opening where a nerve leaves the spine is narrowed. It matters if it fits leg symptoms on that side.',
  },
  'central-stenosis': {
    label: 'spinal canal narrowing',
    patterns: [
      /(?:central )?(?:spinal )?canal (?:stenosis|narrowing)/,
      /central stenosis/,
      /spinal stenosis/,
      /narrow\w* (?:of )?(?:the )?(?:central )?(?:spinal )?canal/,
      /thecal sac (?:narrowing|effacement|compression)/,
      /(?:mild|moderate|severe) stenosis/,
      /\bstenosis\b/,
    ],
    nerve: true,
    urgent: false,
    explanation:
      'The main channel for the nerves is narrowed. Mild narrowing is common with age; severe narrowing can cause leg pain when walking.',
  },
  'nerve-root-compression': {
    label: 'nerve root compression',
    patterns: [
      /(?:compress\w*|impinge\w*|displac\w*|contact\w*|abut\w*|deflect\w*|deform\w*|flatten\w*) (?:of |on |upon )?(?:the )?(?:traversing |exiting |descending )?(?:(?:left|right|bilateral) )?(?:[ls]\d )?(?:nerve )?roots?/,
      /(?:nerve )?root (?:compression|impingement|displacement|contact)/,
      /mass effect (?:up)?on (?:the )?(?:traversing |exiting |descending )?(?:(?:left|right|bilateral) )?(?:[ls]\d )?(?:nerve )?roots?/,
      /radiculopathy/,
    ],
    nerve: true,
    urgent: false,
    explanation:
      'A nerve root is touched or pressed on. It matters if it fits pain, numbness or weakness down the leg on that side.',
  },
  'modic-change': {
    label: 'Modic change',
    endplate: true,
    patterns: [/modic/, /endplate (?:marrow )?(?:edema|oedema|signal change|change)/],
    urgent: false,
    explanation:
      'Changes in the bone next to a disc. Type 1 (swelling) is more often linked to back pain; types 2 and 3 are common and stable. Type 1 can rarely be confused with infection, so fever matters.',
  },
  'schmorl-node': {
    label: 'Schmorl node',
    patterns: [/schmorl/],
    urgent: false,
    vertebral: true,
    explanation: 'A small dent of disc material into the bone. Usually harmless and common.',
  },
  hemangioma: {
    label: 'hemangioma',
    patterns: [/ha?emangioma/],
    urgent: false,
    vertebral: true,
    explanation: 'A harmless cluster of blood vessels in a vertebra, seen in many people.',
  },
  'synovial-cyst': {
    label: 'synovial cyst',
    patterns: [/synovial cyst/, /facet cyst/, /juxtafacet cyst/],
    nerve: true,
    urgent: false,
    explanation: 'A fluid sac from a facet joint. A large one can press on a nerve; discuss it with your clinician.',
  },
  'tarlov-cyst': {
    label: 'Tarlov cyst',
    patterns: [/tarlov/, /perineural cyst/],
    urgent: false,
    explanation: 'A fluid sac around a nerve root, usually harmless and found by chance.',
  },
  'postoperative-change': {
    label: 'changes after surgery',
    patterns: [
      /post[- ]?operative/,
      /post[- ]?surgical/,
      /laminectomy/,
      /laminotomy/,
      /discectomy/,
      /diskectomy/,
      /\bfusion\b/,
      /pedicle screws?/,
      /hardware/,
      /status post/,
      /interbody (?:cage|spacer|graft)/,
    ],
    urgent: false,
    explanation: 'Changes from an earlier operation. Your surgeon can say whether they are as expected.',
  },
} as const satisfies Record<string, FindingDefinition>;

/** Levels whose nerve roots run to below the knee (L4, L5, S1 roots; the L3-L4 disc can reach L4). */
export const legSymptomLevels: ReadonlySet<string> = new Set(['L3-L4', 'L4-L5', 'L5-S1', 'L4', 'L5', 'S1']);

/**
 * Whether a finding at `level` could fit the person's symptoms: only a finding that can press on a
 * nerve, at a level whose roots reach the leg, in someone with leg pain, numbness or weakness (the
 * red flags' neurological-signs predicate). Three-valued: unknown when the symptoms were not asked.
 */
export function mayFitSymptoms(def: FindingDefinition, level: string | null, c: Case): Tri {
  if (!('nerve' in def && def.nerve)) return false;
  if (level !== null && !legSymptomLevels.has(level)) return false;
  return neurologicalSigns(c);
}

/**
 * Report sections that hold the referrer's question or earlier studies, not this scan's findings:
 * "HISTORY: ?cauda equina syndrome" is a question, never an urgent finding. A header alone on its
 * line covers the lines after it up to the next header or blank line.
 */
export const questionSections =
  /^(?:[-*•]\s*)?(?:clinical\s+|provided\s+)?(?:history|indications?|reason for (?:the )?(?:exam(?:ination)?|study|referral|request|scan)|clinical (?:information|details|indication|question|data|notes?)|comparison|prior studies)\s*(?::|$)/i;

/** Report sections that hold this scan's findings; one starts a new section even on the same line. */
export const findingSections = /(?:findings|impression|conclusions?|opinion|report|interpretation)\s*:/i;

/** Words that mark a fracture as old, so not urgent ("unless-chronic"). */
export const chronicWords = /\b(?:chronic|old|healed|remote|long[- ]?standing|unchanged|stable)\b/;

/** A finding type of the contract. */
export type FindingType = keyof typeof findingTypes;

/** Every finding type. */
export const findingTypeIds = Object.keys(findingTypes) as [FindingType, ...FindingType[]];
