import type { Case } from '../case.js';
import { type Prevalence, prevalenceAt } from '../knowledge/asymptomatic-findings.js';
import {
  chronicWords,
  type FindingDefinition,
  type FindingType,
  findingSections,
  findingTypes,
  mayFitSymptoms,
  questionSections,
} from '../knowledge/report-vocabulary.js';
import { type Lang, type ReportWording, reportWordings } from '../knowledge/report-wording.js';
import { knowledgeVersion } from '../knowledge/version.js';
import { type AssertionDetail, assertionAt, scanText } from './assertion.js';
import { discLevelsIn, type Level, normaliseLevels, vertebraeIn } from './levels.js';
import type { Finding, Reading } from './reading.js';

/** How to read: in which language to explain (ids, types and levels never change). */
export interface ReadOptions {
  readonly lang?: Lang;
}

/**
 * Read a lumbar spine imaging report: every finding in report order, with level, side, severity,
 * whether the report negates, hedges or retires it (the assertion engine, assertion.ts), how common
 * it is without pain at `age`, and what needs action today. Pure; an unfamiliar format gives fewer
 * findings, never a crash.
 */
export function readReport(text: string, age: number, c?: Case, options: ReadOptions = {}): Reading {
  const wording = reportWordings[options.lang ?? 'en'];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const sentence of sentencesOf(text)) {
    for (const f of findingsIn(sentence, age, c, wording)) {
      const key = `${f.type}|${f.level}|${f.side}|${f.negated}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
  }
  const urgent = [...new Set(findings.filter((f) => f.urgent).map((f) => f.type))];
  return { schemaVersion: 1, knowledgeVersion, findings, urgent, summary: summarise(findings, age, c, wording) };
}

/** Lines of a report, wrapped lines joined, a finding section that follows on the same line moved to its own. */
const inlineSection = new RegExp(`(?<=\\S)\\s+(?=${findingSections.source})`, 'i');

function linesOf(report: string): string[] {
  // A line wrapped mid-sentence (no closing punctuation, the next line starts in lower case) joins
  // the line before, its line break kept so the finding's text stays the report's exact words.
  const lines: string[] = [];
  for (const line of report.split(/\r?\n/)) {
    const last = lines.length - 1;
    if (last >= 0 && /[^\s.:;!?]\s*$/.test(lines[last] as string) && /^\s*[a-z]/.test(line)) {
      lines[last] = `${lines[last]}\n${line}`;
    } else lines.push(line);
  }
  return lines.flatMap((line) => {
    const m = line.includes(':') ? inlineSection.exec(line) : null;
    return m ? [line.slice(0, m.index), line.slice(m.index)] : [line];
  });
}

interface Sentence {
  /** The original words. */
  readonly text: string;
  /** Lower-case, levels canonical, for matching. */
  readonly norm: string;
  /** Levels given by a line label ("L4-5: …"), when the sentence names none itself. */
  readonly context: readonly Level[];
}

/** Split a report into sentences, remembering level labels at the start of lines. */
function sentencesOf(report: string): Sentence[] {
  const out: Sentence[] = [];
  let inQuestion = false;
  for (const rawLine of linesOf(report)) {
    const line = rawLine.trim();
    if (line === '' || findingSections.test(line.slice(0, 40)) || /^[A-Z][A-Z ]+:/.test(line)) inQuestion = false;
    const question = questionSections.exec(line);
    if (question) inQuestion = line.slice(question[0].length).trim() === '';
    if (line === '' || question || inQuestion) continue;
    // Only a line that starts with a level can carry a level label: skip the rewrite for the rest.
    const normLine = /^(?:[-*•]\s*|\d+[.)]\s*)?(?:at\s+)?[TtLl]\d/.test(line) ? normaliseLevels(line) : '';
    const label =
      /^(?:[-*•]\s*|\d+[.)]\s*)?(?:at\s+)?((?:T12-L1|L\d-[LS]\d)(?:\s*(?:,|and|&)\s*(?:T12-L1|L\d-[LS]\d))*)\s*(?::|-|–)/i.exec(
        normLine,
      );
    const context = label?.[1] ? discLevelsIn(label[1]) : [];
    // Sentences end at a full stop followed by a space and a capital (not "L4.5" or "1.2 cm");
    // semicolons stay inside: they end a negation's scope, not the sentence.
    for (const piece of line.split(/(?<=[.!?])\s+(?=[A-Z0-9(])/)) {
      const t = piece.trim();
      if (t === '' || /^[\d.)\s]*$/.test(t)) continue;
      const norm = normaliseLevels(t).toLowerCase();
      out.push({ text: t, norm, context });
    }
  }
  return out;
}

interface Hit {
  readonly type: FindingType;
  readonly start: number;
  readonly end: number;
}

/**
 * The vocabulary's patterns, one alternation per finding type (its patterns in table order, so the
 * more specific wins where two start at the same place), compiled once for global matching: one
 * scan per type, not per pattern.
 */
const compiled = (Object.entries(findingTypes) as [FindingType, FindingDefinition][]).map(([type, def], rank) => ({
  type,
  rank,
  re: new RegExp(def.patterns.map((p) => `(?:${p.source})`).join('|'), 'g'),
}));

/** Every finding named in a sentence: longest match first where names overlap. */
function hitsIn(norm: string): Hit[] {
  const all: (Hit & { rank: number })[] = [];
  for (const { type, rank, re } of compiled) {
    re.lastIndex = 0;
    for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
      all.push({ type, rank, start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank);
  const kept: Hit[] = [];
  for (const h of all) {
    if (kept.some((k) => h.start < k.end && k.start < h.end)) continue;
    if (kept.some((k) => k.type === h.type)) continue;
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const asserted: AssertionDetail = { negated: false, uncertain: false, resolved: false };

function findingsIn(s: Sentence, age: number, c: Case | undefined, wording: ReportWording): Finding[] {
  const hits = hitsIn(s.norm);
  if (hits.length === 0) return [];
  const scanned = scanText(s.norm);
  const chronic = chronicWords.test(s.norm);
  const segments = segmentsOf(s.norm, hits);
  // Every level the sentence names, found only for sentences that name a finding.
  const sentenceLevels = [...discLevelsIn(s.norm), ...vertebraeIn(s.norm)];

  const out: Finding[] = [];
  for (const h of hits) {
    const assertion = assertionAt(scanned, h.start, h.end) ?? asserted;
    const { negated, uncertain } = assertion;
    const def: FindingDefinition = findingTypes[h.type];
    const segment = segments.find((g) => h.start >= g.start && h.start < g.end) ?? {
      start: 0,
      end: s.norm.length,
      levels: [] as Level[],
    };
    const local = s.norm.slice(segment.start, segment.end);
    const levels = levelsFor(def, segment.levels, sentenceLevels, s.context);
    const severity = severityIn(local);
    const side = sideIn(local);
    const urgent = !negated && (def.urgent === true || (def.urgent === 'unless-chronic' && !chronic));
    const prevalence = prevalenceOf(def, age);
    for (const level of levels.length > 0 ? levels : [null]) {
      const finding: Finding = {
        type: h.type,
        level,
        side,
        severity,
        negated,
        uncertain,
        text: s.text,
        urgent,
        prevalenceWithoutPain: prevalence ? prevalence.share : null,
        explanation: explain(wording.findings[h.type].explanation, prevalence, assertion, wording),
        fit: c === undefined || negated ? null : fitOf(def, urgent, level, c),
      };
      out.push(finding);
    }
  }
  return out;
}

/**
 * Split a sentence at commas, "and" and semicolons into stretches that each carry their own levels;
 * a stretch with levels but no finding (a list continuation: "at L3-4 and L4-5") lends its levels
 * to the stretch before it.
 */
function segmentsOf(norm: string, hits: readonly Hit[]): { start: number; end: number; levels: Level[] }[] {
  const cuts = [0, ...[...norm.matchAll(/,|\band\b|;/g)].map((m) => m.index ?? 0), norm.length];
  const raw = cuts.slice(0, -1).map((start, i) => {
    const end = cuts[i + 1] ?? norm.length;
    const text = norm.slice(start, end);
    return {
      start,
      end,
      levels: [...discLevelsIn(text), ...vertebraeIn(text)] as Level[],
      hasFinding: hits.some((h) => h.start >= start && h.start < end),
    };
  });
  const merged: { start: number; end: number; levels: Level[] }[] = [];
  for (const seg of raw) {
    const last = merged.at(-1);
    if (last && !seg.hasFinding) {
      // A continuation (", grade 3", "and L4-5"): its levels and words belong to the finding before.
      last.end = seg.end;
      last.levels.push(...seg.levels);
      continue;
    }
    const leading = leadingLevels(norm.slice(seg.start, seg.end));
    if (last && leading.length > 0 && last.levels.length > 0) last.levels.push(...leading);
    merged.push({ start: seg.start, end: seg.end, levels: [...seg.levels] });
  }
  return merged;
}

/** Levels at the very start of a stretch ("and L5-S1 with …"): they continue the list before. */
function leadingLevels(stretch: string): Level[] {
  const m = /^[\s,;]*(?:and\s+)?((?:(?:t12-l1|l\d-[ls]\d)[\s,]*(?:and\s+)?)+)/.exec(stretch);
  return m?.[1] ? discLevelsIn(m[1]) : [];
}

function levelsFor(
  def: FindingDefinition,
  segmentLevels: readonly Level[],
  sentenceLevels: readonly Level[],
  context: readonly Level[],
): Level[] {
  let levels =
    segmentLevels.length > 0 ? [...segmentLevels] : sentenceLevels.length > 0 ? [...sentenceLevels] : [...context];
  if ('vertebral' in def && def.vertebral) {
    const vertebral = levels.filter((l) => !l.includes('-'));
    if (vertebral.length > 0) levels = vertebral;
  } else if (!('endplate' in def && def.endplate)) {
    const disc = levels.filter((l) => l.includes('-'));
    if (disc.length > 0) levels = disc;
  }
  return [...new Set(levels)];
}

function severityIn(local: string): Finding['severity'] {
  const grade = /\bgrade\s*(i{1,3}|iv|v|[1-5])\b/.exec(local)?.[1];
  const fromGrade = grade
    ? (({ i: 1, ii: 2, iii: 3, iv: 4, v: 5 } as Record<string, number>)[grade] ?? Number(grade))
    : undefined;
  if (/\b(?:severe|marked|large|high[- ]grade|critical|advanced)\b/.test(local) || (fromGrade ?? 0) >= 3)
    return 'severe';
  if (/\bmoderate\b/.test(local) || fromGrade === 2) return 'moderate';
  if (/\b(?:mild|minimal|minor|small|slight|tiny|trace|low[- ]grade)\b/.test(local) || fromGrade === 1) return 'mild';
  return null;
}

function sideIn(local: string): Finding['side'] {
  const left = /\bleft\b/.test(local);
  const right = /\bright\b/.test(local);
  if (/\bbilateral(?:ly)?\b/.test(local) || (left && right)) return 'bilateral';
  if (left) return 'left';
  if (right) return 'right';
  if (/\b(?:central|midline|centrally)\b/.test(local)) return 'central';
  return null;
}

/** With a case: does this finding fit the symptoms? Hedged: "may fit", never "causes"; unknown symptoms, null. */
function fitOf(def: FindingDefinition, urgent: boolean, level: Level | null, c: Case): Finding['fit'] {
  if (urgent) return 'needs-action';
  const fits = mayFitSymptoms(def, level, c);
  return fits === null ? null : fits ? 'may-fit-symptoms' : 'likely-incidental';
}

function prevalenceOf(def: FindingDefinition, age: number): Prevalence | undefined {
  return 'prevalence' in def && def.prevalence ? prevalenceAt(def.prevalence, age) : undefined;
}

function explain(
  explanation: string,
  prevalence: Prevalence | undefined,
  a: AssertionDetail,
  w: ReportWording,
): string {
  if (a.resolved) return w.resolved;
  if (a.negated) return a.uncertain ? w.probablyNot : w.negated;
  const parts: string[] = [];
  if (a.uncertain) parts.push(w.uncertain);
  parts.push(explanation);
  if (prevalence) parts.push(w.prevalence(prevalence));
  return parts.join(' ');
}

function summarise(findings: readonly Finding[], age: number, c: Case | undefined, w: ReportWording): string {
  const present = findings.filter((f) => !f.negated);
  const named = (f: Finding, possible = false) => w.named(w.findings[f.type].label, f.level, possible && f.uncertain);
  const parts: string[] = [];
  const urgent = present.filter((f) => f.urgent);
  parts.push(urgent.length > 0 ? w.urgent([...new Set(urgent.map((f) => named(f, true)))]) : w.nothingUrgent);
  const common = [
    ...new Map(present.filter((f) => f.prevalenceWithoutPain !== null && !f.urgent).map((f) => [f.type, f])).values(),
  ];
  if (common.length > 0) {
    const examples = common.slice(0, 3).map((f) => {
      const p = prevalenceOf(findingTypes[f.type], age);
      return p ? `${w.findings[f.type].label} (${w.prevalenceShort(p)})` : w.findings[f.type].label;
    });
    parts.push(w.common(examples));
  }
  const fits = c === undefined ? [] : present.filter((f) => f.fit === 'may-fit-symptoms');
  if (fits.length > 0) parts.push(w.mayFit([...new Set(fits.map((f) => named(f)))]));
  if (findings.length === 0) parts.push(w.nothingRecognised);
  parts.push(w.closing);
  return parts.join(' ');
}
