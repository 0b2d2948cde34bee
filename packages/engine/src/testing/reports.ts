import type { FindingType } from '../knowledge/report-vocabulary.js';
import type { Finding } from '../report/reading.js';

/**
 * Realistic lumbar imaging reports written for the tests, in varied styles (terse, verbose,
 * templated, with and without IMPRESSION, UK and US spelling), each with what a reader must find.
 * `findings` lists findings that must be present (matched on the fields given); `urgent` is the
 * exact set of urgent types; `notPresent` are types that must not be read as present.
 */
export interface ReportCase {
  readonly name: string;
  readonly age: number;
  readonly text: string;
  readonly findings: readonly Partial<Finding>[];
  readonly urgent: readonly FindingType[];
  readonly notPresent?: readonly FindingType[];
}

export const reports: readonly ReportCase[] = [
  {
    name: 'templated level-by-level MRI with impression',
    age: 45,
    text: `MRI LUMBAR SPINE WITHOUT CONTRAST
FINDINGS:
Alignment is normal. No fracture or suspicious marrow lesion. Conus terminates at L1.
L3-4: Mild disc bulge without stenosis.
L4-5: Broad-based disc bulge with a left paracentral protrusion contacting the traversing left L5 nerve root. Moderate left lateral recess narrowing.
L5-S1: Disc desiccation and mild height loss. No foraminal stenosis.
IMPRESSION:
1. Left paracentral L4-5 disc protrusion contacting the left L5 nerve root.`,
    findings: [
      { type: 'disc-bulge', level: 'L3-L4', severity: 'mild', negated: false },
      { type: 'central-stenosis', level: 'L3-L4', negated: true },
      { type: 'disc-protrusion', level: 'L4-L5', side: 'left', negated: false },
      { type: 'nerve-root-compression', level: 'L4-L5', side: 'left' },
      { type: 'lateral-recess-stenosis', level: 'L4-L5', severity: 'moderate', side: 'left' },
      { type: 'disc-signal-loss', level: 'L5-S1' },
      { type: 'disc-height-loss', level: 'L5-S1', severity: 'mild' },
      { type: 'foraminal-stenosis', level: 'L5-S1', negated: true },
      { type: 'compression-fracture', negated: true },
      { type: 'mass', negated: true },
    ],
    urgent: [],
  },
  {
    name: 'terse normal study',
    age: 30,
    text: 'MRI L-spine: Normal. No disc herniation, stenosis or nerve root compression.',
    findings: [
      { type: 'disc-protrusion', negated: true },
      { type: 'central-stenosis', negated: true },
      { type: 'nerve-root-compression', negated: true },
    ],
    urgent: [],
    notPresent: ['disc-protrusion', 'central-stenosis', 'nerve-root-compression'],
  },
  {
    name: 'negation scope: "no stenosis or disc herniation" negates both',
    age: 50,
    text: 'L4/5: No spinal canal stenosis or disc herniation.',
    findings: [
      { type: 'central-stenosis', level: 'L4-L5', negated: true },
      { type: 'disc-protrusion', level: 'L4-L5', negated: true },
    ],
    urgent: [],
  },
  {
    name: 'negation scope: "disc bulge without stenosis" negates only stenosis',
    age: 50,
    text: 'At L4-L5 there is a disc bulge without stenosis.',
    findings: [
      { type: 'disc-bulge', level: 'L4-L5', negated: false },
      { type: 'central-stenosis', level: 'L4-L5', negated: true },
    ],
    urgent: [],
  },
  {
    name: 'negation ends at "but"',
    age: 55,
    text: 'L5-S1: No central canal stenosis but moderate right foraminal narrowing.',
    findings: [
      { type: 'central-stenosis', negated: true, level: 'L5-S1' },
      { type: 'foraminal-stenosis', negated: false, side: 'right', severity: 'moderate', level: 'L5-S1' },
    ],
    urgent: [],
  },
  {
    name: 'negation ends at a comma that starts a new graded finding',
    age: 60,
    text: 'L3-L4: No stenosis, mild bilateral facet arthropathy.',
    findings: [
      { type: 'central-stenosis', negated: true },
      { type: 'facet-arthropathy', negated: false, side: 'bilateral', severity: 'mild' },
    ],
    urgent: [],
  },
  {
    name: 'post-negation "is not seen"',
    age: 40,
    text: 'A disc extrusion is not seen. Mild disc bulge at L5-S1.',
    findings: [
      { type: 'disc-extrusion', negated: true },
      { type: 'disc-bulge', level: 'L5-S1', negated: false },
    ],
    urgent: [],
  },
  {
    name: 'cauda equina compression by a large central extrusion',
    age: 42,
    text: `FINDINGS: At L4-L5 there is a large central disc extrusion causing severe compression of the thecal sac and the cauda equina.
IMPRESSION: Large L4-5 central disc extrusion with severe cauda equina compression. Findings were communicated to the referring clinician.`,
    findings: [
      { type: 'disc-extrusion', level: 'L4-L5', side: 'central', severity: 'severe' },
      { type: 'cauda-equina-compression', level: 'L4-L5', urgent: true, negated: false },
    ],
    urgent: ['cauda-equina-compression'],
  },
  {
    name: 'epidural abscess and discitis (US spelling, contrast study)',
    age: 58,
    text: `MRI lumbar spine without and with contrast.
L2-L3: Abnormal T2 hyperintensity and enhancement of the disc with endplate erosion, consistent with discitis-osteomyelitis. There is an associated dorsal epidural abscess measuring 2.1 cm causing moderate canal narrowing.
Impression: L2-3 discitis-osteomyelitis with epidural abscess.`,
    findings: [
      { type: 'discitis-osteomyelitis', level: 'L2-L3', urgent: true, negated: false },
      { type: 'epidural-abscess', level: 'L2-L3', urgent: true },
      { type: 'central-stenosis', level: 'L2-L3', severity: 'moderate' },
    ],
    urgent: ['discitis-osteomyelitis', 'epidural-abscess'],
  },
  {
    name: 'acute osteoporotic compression fracture (UK spelling)',
    age: 78,
    text: 'There is an acute wedge compression fracture of L1 with marrow oedema and approximately 30% loss of vertebral body height. No retropulsion. The discs show age-related degenerative change.',
    findings: [
      { type: 'compression-fracture', level: 'L1', urgent: true, negated: false },
      { type: 'disc-degeneration', negated: false, prevalenceWithoutPain: 0.95 },
    ],
    urgent: ['compression-fracture'],
  },
  {
    name: 'old healed fracture is not urgent',
    age: 80,
    text: 'Chronic healed compression fracture of L2, unchanged from prior study. Multilevel degenerative disc disease.',
    findings: [
      { type: 'compression-fracture', level: 'L2', urgent: false },
      { type: 'disc-degeneration', negated: false },
    ],
    urgent: [],
  },
  {
    name: 'metastatic disease with marrow replacement',
    age: 69,
    text: `IMPRESSION:
1. Diffuse marrow replacement throughout the lumbar spine, in keeping with metastatic disease.
2. Pathological fracture of L3 with mild retropulsion.
3. No cord or cauda equina compression.`,
    findings: [
      { type: 'mass', urgent: true, negated: false },
      { type: 'compression-fracture', level: 'L3', urgent: true },
      { type: 'cauda-equina-compression', negated: true, urgent: false },
      { type: 'cord-compression', negated: true },
    ],
    urgent: ['mass', 'compression-fracture'],
  },
  {
    name: 'hedged mass: "cannot be excluded" keeps it as a possible, urgent finding',
    age: 62,
    text: 'Ill-defined T1 hypointense focus in the L4 vertebral body; a metastasis cannot be excluded.',
    findings: [{ type: 'mass', uncertain: true, negated: false, urgent: true, level: 'L4' }],
    urgent: ['mass'],
  },
  {
    name: 'hedged annular fissure ("possible")',
    age: 35,
    text: 'L5-S1: Possible small annular fissure. No herniation.',
    findings: [
      { type: 'annular-fissure', level: 'L5-S1', uncertain: true, negated: false, severity: 'mild' },
      { type: 'disc-protrusion', negated: true },
    ],
    urgent: [],
  },
  {
    name: '"no definite" is a doubtful negation: negated and uncertain',
    age: 48,
    text: 'No definite pars defect is identified at L5.',
    findings: [{ type: 'spondylolysis', uncertain: true, negated: true }],
    urgent: [],
  },
  {
    name: 'range of levels',
    age: 66,
    text: 'Disc bulges from L3-L4 through L5-S1 with mild central canal narrowing.',
    findings: [
      { type: 'disc-bulge', level: 'L3-L4' },
      { type: 'disc-bulge', level: 'L4-L5' },
      { type: 'disc-bulge', level: 'L5-S1' },
    ],
    urgent: [],
  },
  {
    name: 'list of levels with "and"',
    age: 52,
    text: 'Mild facet hypertrophy at L4-5 and L5-S1.',
    findings: [
      { type: 'facet-arthropathy', level: 'L4-L5', severity: 'mild' },
      { type: 'facet-arthropathy', level: 'L5-S1', severity: 'mild' },
    ],
    urgent: [],
  },
  {
    name: 'slash notation and lower-case levels',
    age: 47,
    text: 'at l4/l5 a right foraminal disc protrusion abuts the exiting right l4 nerve root.',
    findings: [
      { type: 'disc-protrusion', level: 'L4-L5', side: 'right' },
      { type: 'nerve-root-compression', level: 'L4-L5', side: 'right' },
    ],
    urgent: [],
  },
  {
    name: 'degenerative spondylolisthesis grade 1 with stenosis',
    age: 71,
    text: `TECHNIQUE: Sagittal and axial T1 and T2.
FINDINGS: Grade 1 anterolisthesis of L4 on L5. At L4-L5, facet arthropathy and ligamentum flavum thickening with moderate to severe central canal stenosis and bilateral lateral recess narrowing.`,
    findings: [
      { type: 'spondylolisthesis', severity: 'mild', negated: false },
      { type: 'central-stenosis', level: 'L4-L5', severity: 'severe' },
      { type: 'lateral-recess-stenosis', level: 'L4-L5', side: 'bilateral' },
      { type: 'facet-arthropathy', level: 'L4-L5' },
    ],
    urgent: [],
  },
  {
    name: 'spondylolysis with listhesis',
    age: 24,
    text: 'Bilateral L5 pars interarticularis defects with grade 2 spondylolisthesis of L5 on S1.',
    findings: [
      { type: 'spondylolysis', side: 'bilateral' },
      { type: 'spondylolisthesis', severity: 'moderate' },
    ],
    urgent: [],
  },
  {
    name: 'Modic type 1 and Schmorl node',
    age: 44,
    text: 'L5-S1: Modic type 1 endplate changes. Small Schmorl node at the superior endplate of L3.',
    findings: [
      { type: 'modic-change', level: 'L5-S1' },
      { type: 'schmorl-node', level: 'L3', severity: 'mild' },
    ],
    urgent: [],
  },
  {
    name: 'incidental haemangioma and Tarlov cyst (UK)',
    age: 57,
    text: 'Typical haemangioma in the L2 vertebral body. Incidental Tarlov cyst at S2. Otherwise unremarkable.',
    findings: [
      { type: 'hemangioma', level: 'L2', urgent: false },
      { type: 'tarlov-cyst', urgent: false },
    ],
    urgent: [],
  },
  {
    name: 'synovial cyst compressing a nerve root',
    age: 68,
    text: 'L4-5: Left facet synovial cyst measuring 9 mm, compressing the traversing left L5 nerve root in the lateral recess.',
    findings: [
      { type: 'synovial-cyst', level: 'L4-L5', side: 'left' },
      { type: 'nerve-root-compression', level: 'L4-L5', side: 'left' },
    ],
    urgent: [],
  },
  {
    name: 'post-operative change with recurrent disc',
    age: 55,
    text: `HISTORY: Prior left L5-S1 microdiscectomy.
FINDINGS: Postoperative changes of left L5-S1 laminotomy. Enhancing epidural fibrosis surrounds the left S1 nerve root. There is a small recurrent left paracentral disc protrusion at L5-S1.`,
    findings: [
      { type: 'postoperative-change', level: 'L5-S1' },
      { type: 'disc-protrusion', level: 'L5-S1', side: 'left', severity: 'mild' },
    ],
    urgent: [],
  },
  {
    name: 'lumbar fusion hardware',
    age: 63,
    text: 'Status post L4-S1 posterior fusion with pedicle screws. Hardware intact. No hardware loosening.',
    findings: [{ type: 'postoperative-change', negated: false }],
    urgent: [],
  },
  {
    name: 'cord compression at the thoracolumbar junction',
    age: 74,
    text: 'T12-L1: Severe canal stenosis with compression of the conus medullaris and abnormal cord signal.',
    findings: [
      { type: 'cord-compression', level: 'T12-L1', urgent: true },
      { type: 'central-stenosis', level: 'T12-L1', severity: 'severe' },
    ],
    urgent: ['cord-compression'],
  },
  {
    name: 'epidural haematoma after a procedure (UK)',
    age: 70,
    text: 'Acute dorsal epidural haematoma from L1 to L3 following epidural catheter removal, with mass effect on the thecal sac.',
    findings: [{ type: 'epidural-hematoma', urgent: true, negated: false }],
    urgent: ['epidural-hematoma'],
  },
  {
    name: 'X-ray report: degenerative change only',
    age: 67,
    text: `XR LUMBAR SPINE 2 VIEWS
Five lumbar-type vertebrae. Alignment maintained. Vertebral body heights preserved.
Moderate disc space narrowing at L4-5 and L5-S1 with anterior osteophytes. Facet arthropathy at the lower levels.
IMPRESSION: Lower lumbar spondylosis.`,
    findings: [
      { type: 'disc-height-loss', level: 'L4-L5', severity: 'moderate' },
      { type: 'disc-height-loss', level: 'L5-S1' },
      { type: 'facet-arthropathy' },
      { type: 'disc-degeneration' },
    ],
    urgent: [],
    notPresent: ['compression-fracture'],
  },
  {
    name: 'CT report with a pars fracture and no acute fracture',
    age: 19,
    text: 'CT L-spine: Acute-appearing nondisplaced fracture of the left L5 pars interarticularis. No vertebral body fracture.',
    findings: [{ type: 'spondylolysis', side: 'left', negated: false }],
    urgent: [],
  },
  {
    name: 'verbose narrative without level labels',
    age: 39,
    text: 'The lumbar vertebral bodies are normal in height and alignment. At the L5-S1 level there is a moderate-sized right paracentral disc extrusion which migrates inferiorly and compresses the descending right S1 nerve root. The remaining levels demonstrate no significant abnormality.',
    findings: [
      { type: 'disc-extrusion', level: 'L5-S1', side: 'right', severity: 'moderate' },
      { type: 'nerve-root-compression', level: 'L5-S1', side: 'right' },
    ],
    urgent: [],
  },
  {
    name: 'sequestered fragment',
    age: 46,
    text: 'L4-L5: Sequestered disc fragment in the left lateral recess, displacing the left L5 root.',
    findings: [
      { type: 'disc-sequestration', level: 'L4-L5', side: 'left' },
      { type: 'nerve-root-compression', level: 'L4-L5', side: 'left' },
    ],
    urgent: [],
  },
  {
    name: 'multilevel degeneration in an older adult',
    age: 82,
    text: 'Multilevel disc desiccation and disc bulges. Mild multilevel facet degeneration. No high-grade stenosis.',
    findings: [
      { type: 'disc-signal-loss', negated: false, prevalenceWithoutPain: 0.86 },
      { type: 'disc-bulge', negated: false, prevalenceWithoutPain: 0.84 },
      { type: 'facet-arthropathy', severity: 'mild' },
      { type: 'central-stenosis', negated: true },
    ],
    urgent: [],
  },
  {
    name: 'report with no abnormality at all',
    age: 28,
    text: 'FINDINGS: Vertebral body heights and alignment are maintained. Marrow signal is normal. The conus is normal and ends at L1-L2. The intervertebral discs are normal. IMPRESSION: Normal MRI of the lumbar spine.',
    findings: [],
    urgent: [],
  },
  {
    name: 'unexpected format: free text note from a clinic letter',
    age: 50,
    text: 'Seen today; mentions back ache for two weeks, wants a scan. I explained that imaging is not needed now.',
    findings: [],
    urgent: [],
  },
  {
    name: 'unexpected format: a table pasted with pipes',
    age: 54,
    text: '| Level | Finding |\n| L4-L5 | disc bulge |\n| L5-S1 | no stenosis |',
    findings: [{ type: 'disc-bulge', level: 'L4-L5' }],
    urgent: [],
  },
  {
    name: 'British spelling of oedema in a Modic change',
    age: 41,
    text: 'L4/5 endplate oedema (Modic 1) with a broad disc bulge.',
    findings: [
      { type: 'modic-change', level: 'L4-L5' },
      { type: 'disc-bulge', level: 'L4-L5' },
    ],
    urgent: [],
  },
  {
    name: 'hedged infection: "suspicious for" discitis is still urgent',
    age: 64,
    text: 'L3-4: Disc T2 hyperintensity and endplate irregularity, suspicious for early discitis. Correlate with inflammatory markers.',
    findings: [{ type: 'discitis-osteomyelitis', level: 'L3-L4', uncertain: true, urgent: true }],
    urgent: ['discitis-osteomyelitis'],
  },
  {
    name: 'negated urgent findings are never urgent',
    age: 45,
    text: 'No epidural collection or abscess. No discitis. No cauda equina compression.',
    findings: [
      { type: 'epidural-abscess', negated: true, urgent: false },
      { type: 'discitis-osteomyelitis', negated: true, urgent: false },
      { type: 'cauda-equina-compression', negated: true, urgent: false },
    ],
    urgent: [],
  },
  {
    name: 'foraminal grades with "grade 3"',
    age: 59,
    text: 'L5-S1: Right neural foraminal narrowing, grade 3, with deformity of the exiting right L5 nerve root.',
    findings: [
      { type: 'foraminal-stenosis', level: 'L5-S1', side: 'right', severity: 'severe' },
      { type: 'nerve-root-compression', level: 'L5-S1', side: 'right' },
    ],
    urgent: [],
  },
  {
    name: 'comparison language: resolved herniation',
    age: 37,
    text: 'Compared with the prior study, the L4-5 disc extrusion has resolved. Residual mild disc bulge.',
    findings: [
      { type: 'disc-extrusion', level: 'L4-L5', negated: true },
      { type: 'disc-bulge', severity: 'mild', negated: false },
    ],
    urgent: [],
  },
  {
    name: 'numbered impression with several findings per item',
    age: 53,
    text: `IMPRESSION:
1. L4-5: moderate central canal stenosis and moderate bilateral foraminal narrowing.
2. L5-S1: small central protrusion without nerve root compression.`,
    findings: [
      { type: 'central-stenosis', level: 'L4-L5', severity: 'moderate' },
      { type: 'foraminal-stenosis', level: 'L4-L5', side: 'bilateral', severity: 'moderate' },
      { type: 'disc-protrusion', level: 'L5-S1', side: 'central', severity: 'mild' },
      { type: 'nerve-root-compression', level: 'L5-S1', negated: true },
    ],
    urgent: [],
  },
  {
    name: 'bullet list report',
    age: 43,
    text: `- L3-L4: unremarkable.
- L4-L5: annular fissure with a small central protrusion.
- L5-S1: disc desiccation, no herniation.`,
    findings: [
      { type: 'annular-fissure', level: 'L4-L5' },
      { type: 'disc-protrusion', level: 'L4-L5', side: 'central' },
      { type: 'disc-signal-loss', level: 'L5-S1' },
      { type: 'disc-protrusion', level: 'L5-S1', negated: true },
    ],
    urgent: [],
  },
  {
    name: 'retrolisthesis and vacuum disc on CT',
    age: 76,
    text: 'CT: Mild retrolisthesis of L2 on L3. Vacuum phenomenon at L2-L3 and L3-L4.',
    findings: [
      { type: 'spondylolisthesis', severity: 'mild' },
      { type: 'disc-degeneration', level: 'L2-L3' },
      { type: 'disc-degeneration', level: 'L3-L4' },
    ],
    urgent: [],
  },
  {
    name: 'normal infection work-up: a list after "no evidence of", hyphenated term first',
    age: 58,
    text: 'MRI lumbar spine with and without contrast. No evidence of discitis-osteomyelitis, epidural abscess or fracture. Mild disc bulge at L4-5.',
    findings: [
      { type: 'discitis-osteomyelitis', negated: true, urgent: false },
      { type: 'epidural-abscess', negated: true, urgent: false },
      { type: 'compression-fracture', negated: true, urgent: false },
      { type: 'disc-bulge', level: 'L4-L5', negated: false },
    ],
    urgent: [],
    notPresent: ['discitis-osteomyelitis', 'epidural-abscess', 'compression-fracture'],
  },
  {
    name: 'infection present: the affirmed twin of the normal work-up',
    age: 58,
    text: 'Findings of discitis-osteomyelitis at L2-L3 with a small ventral epidural abscess. No fracture.',
    findings: [
      { type: 'discitis-osteomyelitis', level: 'L2-L3', negated: false, urgent: true },
      { type: 'epidural-abscess', negated: false, urgent: true },
      { type: 'compression-fracture', negated: true },
    ],
    urgent: ['discitis-osteomyelitis', 'epidural-abscess'],
  },
  {
    name: '"negative for" reaches every item of its list',
    age: 71,
    text: 'Negative for fracture or suspicious marrow lesion. Multilevel disc degeneration.',
    findings: [
      { type: 'compression-fracture', negated: true },
      { type: 'mass', negated: true },
      { type: 'disc-degeneration', negated: false },
    ],
    urgent: [],
    notPresent: ['compression-fracture', 'mass'],
  },
  {
    name: 'synoptic checklist: "Fracture: No", "Central canal stenosis: None"',
    age: 49,
    text: `STRUCTURED FINDINGS
Fracture: No
Central canal stenosis: None
Foraminal stenosis: Mild left at L4-L5
Cord compression: No
Epidural abscess: No
Spondylolisthesis: Yes, grade 1 at L5-S1`,
    findings: [
      { type: 'compression-fracture', negated: true },
      { type: 'central-stenosis', negated: true },
      { type: 'foraminal-stenosis', level: 'L4-L5', side: 'left', severity: 'mild', negated: false },
      { type: 'cord-compression', negated: true },
      { type: 'epidural-abscess', negated: true },
      { type: 'spondylolisthesis', level: 'L5-S1', negated: false },
    ],
    urgent: [],
    notPresent: ['compression-fracture', 'central-stenosis', 'cord-compression', 'epidural-abscess'],
  },
  {
    name: 'resolved: "interval resolution of" and "has resolved" are not present now, never urgent',
    age: 44,
    text: 'Compared with the prior study, there is interval resolution of the right paracentral L5-S1 extrusion. The previously seen epidural abscess has resolved. Persistent mild disc bulge at L4-5.',
    findings: [
      { type: 'disc-extrusion', level: 'L5-S1', negated: true },
      { type: 'epidural-abscess', negated: true, urgent: false },
      { type: 'disc-bulge', level: 'L4-L5', negated: false },
    ],
    urgent: [],
    notPresent: ['disc-extrusion', 'epidural-abscess'],
  },
  {
    name: 'pseudo-negation: "no interval change in" keeps the finding',
    age: 66,
    text: 'No interval change in mild disc height loss at L4-5. No new compression fracture.',
    findings: [
      { type: 'disc-height-loss', level: 'L4-L5', severity: 'mild', negated: false },
      { type: 'compression-fracture', negated: true },
    ],
    urgent: [],
  },
  {
    name: '"or" list: the second item is negated too',
    age: 33,
    text: 'No disc bulge or herniation at any level. Normal alignment.',
    findings: [
      { type: 'disc-bulge', negated: true },
      { type: 'disc-protrusion', negated: true },
    ],
    urgent: [],
    notPresent: ['disc-bulge', 'disc-protrusion'],
  },
  {
    name: 'per-level template: "No spinal canal stenosis" after a stenosis sentence at the same level',
    age: 61,
    text: `L3-L4: Mild disc bulge. Mild spinal canal stenosis.
L4-L5: Moderate disc bulge with moderate bilateral foraminal stenosis. No spinal canal stenosis.`,
    findings: [
      { type: 'central-stenosis', level: 'L3-L4', severity: 'mild', negated: false },
      { type: 'foraminal-stenosis', level: 'L4-L5', side: 'bilateral', negated: false },
      { type: 'central-stenosis', level: 'L4-L5', negated: true },
    ],
    urgent: [],
  },
  {
    name: 'old compression deformity: present, not urgent',
    age: 79,
    text: 'No acute fracture. Chronic mild compression deformity of L1 is unchanged.',
    findings: [
      { type: 'compression-fracture', negated: true },
      { type: 'compression-fracture', level: 'L1', negated: false, urgent: false },
    ],
    urgent: [],
  },
  {
    name: 'the clinical question is not a finding: "?cauda equina syndrome" in the history',
    age: 47,
    text: `HISTORY: Back pain, ?cauda equina syndrome. FINDINGS: Mild disc bulge at L4-5. No cauda equina compression.`,
    findings: [
      { type: 'disc-bulge', level: 'L4-L5', negated: false },
      { type: 'cauda-equina-compression', negated: true, urgent: false },
    ],
    urgent: [],
  },
  {
    name: 'a history header alone on its line covers the lines after it, up to the findings; "Indication:" too',
    age: 39,
    text: `CLINICAL HISTORY:
Fever, IV drug use, evaluate for discitis and epidural abscess.
Indication: rule out cord compression.

FINDINGS:
Mild disc bulge at L4-5. Normal conus.`,
    findings: [{ type: 'disc-bulge', level: 'L4-L5', negated: false }],
    urgent: [],
    notPresent: ['discitis-osteomyelitis', 'epidural-abscess', 'cord-compression'],
  },
  {
    name: 'wider vocabulary: HNP, spondylotic, facet degenerative change, subarticular recess, mass effect on a root',
    age: 52,
    text: `L3-4: Spondylotic changes with endplate spurring. Mild facet degenerative changes.
L4-5: Small HNP with mass effect on the traversing right L5 nerve root. Right subarticular recess narrowing.`,
    findings: [
      { type: 'disc-degeneration', level: 'L3-L4' },
      { type: 'facet-arthropathy', level: 'L3-L4', severity: 'mild' },
      { type: 'disc-protrusion', level: 'L4-L5' },
      { type: 'nerve-root-compression', level: 'L4-L5', side: 'right' },
      { type: 'lateral-recess-stenosis', level: 'L4-L5', side: 'right' },
    ],
    urgent: [],
  },
  {
    name: 'a sentence wrapped across lines keeps its negation',
    age: 64,
    text: `FINDINGS: Alignment is normal. No evidence of discitis-osteomyelitis, epidural abscess or
fracture. Mild disc bulge at L4-5 with mild
central canal stenosis.
Fracture: No`,
    findings: [
      { type: 'discitis-osteomyelitis', negated: true },
      { type: 'epidural-abscess', negated: true },
      { type: 'compression-fracture', negated: true },
      { type: 'central-stenosis', level: 'L4-L5', severity: 'mild', negated: false },
    ],
    urgent: [],
    notPresent: ['compression-fracture', 'epidural-abscess', 'discitis-osteomyelitis'],
  },
  {
    name: 'a slip written vertebra on vertebra is at that disc level; dehydrated and black discs',
    age: 68,
    text: 'Grade 1 anterolisthesis of L4 on L5. Dehydrated disc at L3-4. Black disc at L5-S1.',
    findings: [
      { type: 'spondylolisthesis', level: 'L4-L5', severity: 'mild' },
      { type: 'disc-signal-loss', level: 'L3-L4' },
      { type: 'disc-signal-loss', level: 'L5-S1' },
    ],
    urgent: [],
  },
  {
    name: 'the height a fracture cost its vertebra is part of the fracture, not disc height loss',
    age: 72,
    text: 'There is a compression fracture of L1 with 30% height loss. 20% height loss of L3 due to an osteoporotic fracture. Mild disc height loss at L4-5.',
    findings: [
      { type: 'compression-fracture', level: 'L1', urgent: true, negated: false },
      { type: 'compression-fracture', level: 'L3', urgent: true, negated: false },
      { type: 'disc-height-loss', level: 'L4-L5', urgent: false },
    ],
    urgent: ['compression-fracture'],
  },
  {
    name: 'loss of height of a disc is not a fracture (no false alarm)',
    age: 55,
    text: 'Mild loss of height of the L4-5 disc. Degenerative deformity with disc space narrowing at L5-S1. No fracture.',
    findings: [
      { type: 'disc-height-loss', level: 'L4-L5', negated: false },
      { type: 'disc-height-loss', level: 'L5-S1', negated: false },
      { type: 'compression-fracture', negated: true },
    ],
    urgent: [],
    notPresent: ['compression-fracture'],
  },
  {
    name: 'clumped nerve roots (arachnoiditis) are not compression; a finding "less likely" is doubted',
    age: 58,
    text: 'Clumping of the cauda equina nerve roots, consistent with arachnoiditis. Enhancing epidural tissue at L4-5, likely scar; recurrent disc herniation less likely.',
    findings: [{ type: 'disc-protrusion', level: 'L4-L5', negated: true, uncertain: true }],
    urgent: [],
    notPresent: ['cauda-equina-compression'],
  },
];
