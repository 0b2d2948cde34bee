import type { Case } from '../case.js';
import { prevalenceAt } from '../knowledge/asymptomatic-findings.js';
import {
  chronicWords,
  type FindingDefinition,
  type FindingType,
  findingTypes,
  legSymptomLevels,
} from '../knowledge/report-vocabulary.js';
import { knowledgeVersion } from '../knowledge/version.js';
import { discLevelsIn, type Level, normaliseLevels, vertebraeIn } from './levels.js';
import type { Finding, Reading } from './reading.js';

/**
 * Read a lumbar spine imaging report: every finding in report order, with level, side, severity,
 * negation and hedging in scope (NegEx-style triggers), how common it is without pain at `age`, and
 * what needs action today. Pure; an unfamiliar format gives fewer findings, never a crash.
 */
export function readReport(text: string, age: number, c?: Case): Reading {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const sentence of sentencesOf(text)) {
    for (const f of findingsIn(sentence, age, c)) {
      const key = `${f.type}|${f.level}|${f.side}|${f.negated}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
  }
  const urgent = [...new Set(findings.filter((f) => f.urgent).map((f) => f.type))];
  return { schemaVersion: 1, knowledgeVersion, findings, urgent, summary: summarise(findings, age, c) };
}

interface Sentence {
  /** The original words. */
  readonly text: string;
  /** Lower-case, levels canonical, for matching. */
  readonly norm: string;
  /** Every level the sentence names. */
  readonly levels: readonly Level[];
  /** Levels given by a line label ("L4-5: …"), when the sentence names none itself. */
  readonly context: readonly Level[];
}

/** Split a report into sentences, remembering level labels at the start of lines. */
function sentencesOf(report: string): Sentence[] {
  const out: Sentence[] = [];
  for (const rawLine of report.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '') continue;
    const normLine = normaliseLevels(line);
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
      out.push({ text: t, norm, levels: [...discLevelsIn(norm), ...vertebraeIn(norm)], context });
    }
  }
  return out;
}

const preNegation =
  /\b(?:no|without|negative for|no evidence of|no signs? of|free of|absence of|absent|resolution of|resolved)\b/g;
const postNegation =
  /\b(?:(?:is|are|was|were) (?:not seen|not identified|not present|absent|not demonstrated)|not seen|not identified|has resolved|have resolved|ruled out)\b/g;
const preHedge =
  /\b(?:possible|possibly|may represent|may be|might represent|suspicious for|suspected|suggestive of|suggests|questionable|likely|probable|probably|concerning for|cannot exclude|can't exclude|equivocal|no definite|not definitely|differential (?:diagnosis )?includes)\b/g;
const postHedge =
  /\b(?:cannot be excluded|can ?not be excluded|can't be excluded|cannot be ruled out|not excluded|is suspected|are suspected|not entirely excluded)\b/g;
const breaker =
  /\b(?:but|however|although|though|except|apart from|otherwise|whereas|while|which|there is|there are|with (?:a |an )?(?:mild|moderate|severe|small|large|minimal|marked))\b|,\s*(?:and\s+|with\s+)?(?=(?:mild|moderate|severe|minimal|small|large|marked|multilevel|there|this|these|the)\b)/g;

interface Hit {
  readonly type: FindingType;
  readonly start: number;
  readonly end: number;
}

/** The vocabulary's patterns, compiled once for global matching, in table order. */
const compiled = (Object.entries(findingTypes) as [FindingType, FindingDefinition][]).flatMap(([type, def], rank) =>
  def.patterns.map((p) => ({ type, rank, re: new RegExp(p.source, 'g') })),
);

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

/** Positions of triggers in a sentence. */
function positions(norm: string, re: RegExp): { start: number; end: number }[] {
  return [...norm.matchAll(re)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** Whether a pre-trigger at `t` reaches a finding at `h`: nothing that ends its scope in between. */
function inForwardScope(t: { end: number }, h: Hit, breaks: readonly { start: number }[]): boolean {
  if (t.end > h.start) return false;
  return !breaks.some((b) => b.start >= t.end && b.start < h.start);
}

/** Whether a post-trigger at `t` reaches back to a finding at `h` in the same stretch. */
function inBackwardScope(
  t: { start: number },
  h: Hit,
  breaks: readonly { start: number }[],
  hits: readonly Hit[],
): boolean {
  if (h.end > t.start) return false;
  // The nearest findings before the trigger, back to a scope break, are covered ("X and Y are not seen").
  return (
    !breaks.some((b) => b.start > h.end && b.start < t.start) &&
    !hits.some((o) => o.start > h.end && o.end <= t.start && o.type === h.type)
  );
}

function findingsIn(s: Sentence, age: number, c: Case | undefined): Finding[] {
  const hits = hitsIn(s.norm);
  if (hits.length === 0) return [];
  const breaks = positions(s.norm, breaker);
  const negPre = positions(s.norm, preNegation);
  const negPost = positions(s.norm, postNegation);
  const hedgePre = positions(s.norm, preHedge);
  const hedgePost = positions(s.norm, postHedge);
  const chronic = chronicWords.test(s.norm);
  const segments = segmentsOf(s.norm, hits);

  const out: Finding[] = [];
  for (const h of hits) {
    const hedgedNo = hedgePre.some(
      (t) => /no definite|not definitely/.test(s.norm.slice(t.start, t.end)) && inForwardScope(t, h, breaks),
    );
    const negated =
      !hedgedNo &&
      (negPre.some((t) => inForwardScope(t, h, breaks)) || negPost.some((t) => inBackwardScope(t, h, breaks, hits)));
    const uncertain =
      !negated &&
      (hedgePre.some((t) => inForwardScope(t, h, breaks)) ||
        hedgePost.some((t) => inBackwardScope(t, h, breaks, hits)));
    const def: FindingDefinition = findingTypes[h.type];
    const segment = segments.find((g) => h.start >= g.start && h.start < g.end) ?? {
      start: 0,
      end: s.norm.length,
      levels: [] as Level[],
    };
    const local = s.norm.slice(segment.start, segment.end);
    const levels = levelsFor(h.type, def, segment.levels, s);
    const severity = severityIn(local);
    const side = sideIn(local);
    const urgent = !negated && (def.urgent === true || (def.urgent === 'unless-chronic' && !chronic));
    const prevalence = 'prevalence' in def && def.prevalence ? prevalenceAt(def.prevalence, age) : undefined;
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
        explanation: explain(def, prevalence, age, negated, uncertain),
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

function levelsFor(type: FindingType, def: FindingDefinition, segmentLevels: readonly Level[], s: Sentence): Level[] {
  let levels = segmentLevels.length > 0 ? [...segmentLevels] : s.levels.length > 0 ? [...s.levels] : [...s.context];
  if ('vertebral' in def && def.vertebral) {
    const vertebral = levels.filter((l) => !l.includes('-'));
    if (vertebral.length > 0) levels = vertebral;
  } else if (type !== 'modic-change') {
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

/** With a case: does this finding fit the symptoms? Hedged: "may fit", never "causes". */
function fitOf(def: FindingDefinition, urgent: boolean, level: Level | null, c: Case): Finding['fit'] {
  if (urgent) return 'needs-action';
  const legSymptoms =
    c.legPain === 'one-leg' ||
    c.legPain === 'both-legs' ||
    c.numbness === true ||
    c.weakness === 'mild' ||
    c.weakness === 'severe';
  if ('nerve' in def && def.nerve && legSymptoms && (level === null || legSymptomLevels.has(level)))
    return 'may-fit-symptoms';
  return 'likely-incidental';
}

function explain(
  def: FindingDefinition,
  prevalence: { share: number; atLeast: boolean } | undefined,
  age: number,
  negated: boolean,
  uncertain: boolean,
): string {
  if (negated) return 'The report says this is not there.';
  const parts: string[] = [];
  if (uncertain) parts.push('The report is not certain about this.');
  parts.push(def.explanation);
  if (prevalence) {
    parts.push(
      `About ${prevalence.atLeast ? 'at least ' : ''}${Math.round(prevalence.share * 100)} in 100 people aged ${age} without any back pain have this on a scan.`,
    );
  }
  return parts.join(' ');
}

const typeLabel = (t: FindingType) => t.replace(/-/g, ' ');

function summarise(findings: readonly Finding[], age: number, c: Case | undefined): string {
  const present = findings.filter((f) => !f.negated);
  const urgent = present.filter((f) => f.urgent);
  const parts: string[] = [];
  if (urgent.length > 0) {
    const names = [
      ...new Set(
        urgent.map((f) => `${typeLabel(f.type)}${f.level ? ` at ${f.level}` : ''}${f.uncertain ? ' (possible)' : ''}`),
      ),
    ];
    parts.push(
      `This report mentions something that needs action today: ${names.join('; ')}. Contact the clinician who ordered the scan today. If you have new problems with bladder or bowel control, numbness around your bottom or genitals, or leg weakness, go to an emergency department now.`,
    );
  } else {
    parts.push('Nothing in this report needs urgent action.');
  }
  const common = present.filter((f) => f.prevalenceWithoutPain !== null && !f.urgent);
  if (common.length > 0) {
    const examples = [...new Map(common.map((f) => [f.type, f])).values()]
      .slice(0, 3)
      .map(
        (f) => `${typeLabel(f.type)} (about ${Math.round((f.prevalenceWithoutPain ?? 0) * 100)} in 100 at age ${age})`,
      );
    parts.push(
      `Several findings are common in people your age who have no back pain at all: ${examples.join(', ')}. On their own they do not explain pain or change treatment.`,
    );
  }
  if (c !== undefined) {
    const fits = present.filter((f) => f.fit === 'may-fit-symptoms');
    if (fits.length > 0) {
      parts.push(
        `Some findings could fit your leg symptoms: ${[...new Set(fits.map((f) => `${typeLabel(f.type)}${f.level ? ` at ${f.level}` : ''}`))].join('; ')}. Only an examination can say whether they are the cause.`,
      );
    }
  }
  if (present.length === 0 && findings.length === 0)
    parts.push(
      'No specific findings were recognised in the text; ask the clinician who ordered the scan to go through it with you.',
    );
  parts.push(
    'This reading explains the words of the report; it does not replace the clinician who knows your symptoms.',
  );
  return parts.join(' ');
}
