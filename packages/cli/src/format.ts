import { type Assessment, knowledgeFor, type Lang, type Reading, sources, type Urgency } from '@spine-advisor/engine';
import { words } from './words.js';

/** How to style text: ANSI colours on a terminal that wants them, plain otherwise; the language of the words. */
export interface Style {
  readonly color: boolean;
  readonly lang?: Lang;
}

const banner: Record<Urgency, { code: string; icon: string }> = {
  emergency: { code: '\u001b[1;97;41m', icon: '!!!' },
  urgent: { code: '\u001b[1;30;43m', icon: '!!' },
  soon: { code: '\u001b[1;30;103m', icon: '!' },
  routine: { code: '\u001b[1;97;44m', icon: '-' },
  none: { code: '\u001b[1;30;42m', icon: 'ok' },
};

const bold = (s: Style, text: string) => (s.color ? `\u001b[1m${text}\u001b[0m` : text);
const dim = (s: Style, text: string) => (s.color ? `\u001b[2m${text}\u001b[0m` : text);

/** The readable report of an assessment: urgency first, then why, what to do, ratings, what is missing. */
export function formatAssessment(a: Assessment, style: Style): string {
  const out: string[] = [];
  const lang = style.lang ?? 'en';
  const w = words[lang];
  const { names, unlistedRatingNote } = knowledgeFor(lang).text;
  const procedure = (p: Assessment['recommended'][number]) => names.procedures[p].clinicalLabel;
  const u = names.urgencies[a.urgency];
  const title = ` ${banner[a.urgency].icon} ${u.label.toUpperCase()}: ${u.meaning} `;
  out.push(style.color ? `${banner[a.urgency].code}${title}\u001b[0m` : `=== ${title.trim()} ===`);
  out.push(a.headline, '');

  if (!a.inScope) out.push(bold(style, w.outOfScope), '');
  if (a.conflicts.length > 0) {
    section(out, style, w.disagree);
    for (const conflict of a.conflicts)
      out.push(`  • ${conflict.message}  ${dim(style, `[${conflict.fields.join(', ')}]`)}`);
    out.push('');
  }

  section(out, style, w.why);
  if (a.redFlags.length === 0) out.push(`  ${w.noRedFlags}`);
  for (const flag of a.redFlags) out.push(`  • ${flag.label}  ${dim(style, `[${flag.id}]`)}`);
  if (a.suspected.length > 0) {
    out.push(`  ${w.possibleCauses}: ${a.suspected.map((c) => names.conditions[c]).join('; ')}`);
  }
  out.push('');

  section(out, style, w.whatToDo);
  a.nextSteps.forEach((step, i) => {
    out.push(`  ${i + 1}. ${step}`);
  });
  if (a.reassessAfterWeeks !== null) out.push(`  ${w.reassess.replace('{weeks}', String(a.reassessAfterWeeks))}`);
  out.push('');

  section(out, style, w.imaging);
  out.push(`  ${w.firstChoice}: ${a.recommended.length === 0 ? w.noneNow : a.recommended.map(procedure).join(w.or)}`);
  if (a.alternatives.length > 0) {
    out.push(`  ${w.alternatives}: ${a.alternatives.map(procedure).join('; ')}`);
  }
  if (a.acrVariant !== null) {
    out.push(`  ${w.variant(a.acrVariant)}: ${names.variants[a.acrVariant]}`);
    out.push('');
    const h = w.ratingsHeader;
    // Columns as wide as their longest entry in this language.
    const pw = Math.max(h.procedure.length, ...a.ratings.map((r) => procedure(r.procedure).length));
    const cw = Math.max(h.category.length, ...a.ratings.map((r) => names.categories[r.category].length));
    out.push(`  ${h.procedure.padEnd(pw)} ${h.category.padEnd(cw)} ${h.radiation}`);
    for (const r of a.ratings) {
      const mark = a.recommended.includes(r.procedure) ? '>' : ' ';
      out.push(
        `${mark} ${procedure(r.procedure).padEnd(pw)} ${names.categories[r.category].padEnd(cw)} ${radiation(r.radiation, w.noRadiation)}${r.note ? ' *' : ''}`,
      );
    }
    if (a.ratings.some((r) => r.note)) out.push(dim(style, `  * ${unlistedRatingNote}`));
  }
  out.push('');

  if (a.missing.length > 0) {
    section(out, style, w.stillUnknown);
    for (const m of a.missing) {
      out.push(`  ? ${m.field}: ${m.question}`);
      out.push(`      ${dim(style, m.why)}`);
    }
    out.push('');
  }

  section(out, style, w.questionsToAsk);
  for (const q of a.questionsToAsk) out.push(`  • ${q}`);
  out.push('');

  section(out, style, `${w.trace} (${w.knowledge} ${a.knowledgeVersion})`);
  for (const t of a.trace) {
    out.push(`  ${t.rule}: ${t.because}  ${dim(style, `[${t.source}${t.section ? `, ${t.section}` : ''}]`)}`);
  }
  out.push('');
  section(out, style, w.sources);
  for (const s of a.sources) out.push(`  [${s.id}] ${sources[s.id].citation} ${dim(style, s.url)}`);
  out.push('', bold(style, a.disclaimer), '');
  return out.join('\n');
}

function section(out: string[], style: Style, title: string): void {
  out.push(bold(style, title));
}

function radiation(level: number, none: string): string {
  return level === 0 ? `${none} (0)` : `${'☢'.repeat(level)} (${level})`;
}

/** The readable report of a report reading: urgent findings and summary first, then each finding. */
export function formatReading(r: Reading, style: Style): string {
  const w = words[style.lang ?? 'en'].reading;
  const out: string[] = [];
  const urgent = r.urgent.length > 0;
  const title = urgent ? ` !!! ${w.needsActionToday} ` : ` ${w.title} `;
  out.push(
    style.color
      ? `${urgent ? banner.emergency.code : banner.routine.code}${title}\u001b[0m`
      : `=== ${title.trim()} ===`,
  );
  out.push(r.summary, '');
  section(out, style, w.findings);
  if (r.findings.length === 0) out.push(`  ${w.noFindings}`);
  for (const f of r.findings) {
    const where = [f.level, f.side, f.severity].filter(Boolean).join(', ');
    const flags = [f.negated ? w.absent : '', f.uncertain ? w.possible : '', f.urgent ? w.urgent : '']
      .filter(Boolean)
      .join(' ');
    const prevalence =
      f.prevalenceWithoutPain === null ? '' : `  ~${Math.round(f.prevalenceWithoutPain * 100)}${w.withoutPain}`;
    out.push(`  • ${f.type}${where ? ` (${where})` : ''}${flags ? ` [${flags}]` : ''}${prevalence}`);
    out.push(`      "${f.text}"`);
    if (!f.negated) out.push(`      ${dim(style, f.explanation)}`);
  }
  out.push('', bold(style, w.footer(r.knowledgeVersion)), '');
  return out.join('\n');
}
