import {
  type Assessment,
  acrVariants,
  type ConditionId,
  conditions,
  procedures,
  type Reading,
  sources,
  type Urgency,
  urgencies,
} from '@spine-advisor/engine';

/** How to style text: ANSI colours on a terminal that wants them, plain otherwise. */
export interface Style {
  readonly color: boolean;
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
  const u = urgencies[a.urgency];
  const title = ` ${banner[a.urgency].icon} ${u.label.toUpperCase()}: ${u.meaning} `;
  out.push(style.color ? `${banner[a.urgency].code}${title}\u001b[0m` : `=== ${title.trim()} ===`);
  out.push(a.headline, '');

  if (!a.inScope) out.push(bold(style, 'Out of scope: this tool assesses adults (18 and over).'), '');
  if (a.conflicts.length > 0) {
    section(out, style, 'Answers that disagree — please check');
    for (const conflict of a.conflicts)
      out.push(`  • ${conflict.message}  ${dim(style, `[${conflict.fields.join(', ')}]`)}`);
    out.push('');
  }

  section(out, style, 'Why');
  if (a.redFlags.length === 0) out.push('  No red flags among the answers given.');
  for (const flag of a.redFlags) out.push(`  • ${flag.label}  ${dim(style, `[${flag.id}]`)}`);
  if (a.suspected.length > 0) {
    out.push(
      `  Possible causes to rule out: ${a.suspected.map((c: ConditionId) => conditions[c].shortLabel).join('; ')}`,
    );
  }
  out.push('');

  section(out, style, 'What to do');
  a.nextSteps.forEach((step, i) => {
    out.push(`  ${i + 1}. ${step}`);
  });
  if (a.reassessAfterWeeks !== null)
    out.push(`  Re-assess in about ${a.reassessAfterWeeks} week(s) if it is not clearly better.`);
  out.push('');

  section(out, style, 'Imaging');
  out.push(
    `  First choice: ${a.recommended.length === 0 ? 'none now' : a.recommended.map((p) => procedures[p].clinicalLabel).join(' or ')}`,
  );
  if (a.alternatives.length > 0) {
    out.push(`  Alternatives: ${a.alternatives.map((p) => procedures[p].clinicalLabel).join('; ')}`);
  }
  if (a.acrVariant !== null) {
    out.push(`  ACR Low Back Pain variant ${a.acrVariant}: ${acrVariants[a.acrVariant].scenario}`);
    out.push('');
    out.push(`  ${'Procedure'.padEnd(58)} ${'Category'.padEnd(26)} Radiation`);
    for (const r of a.ratings) {
      const mark = a.recommended.includes(r.procedure) ? '>' : ' ';
      out.push(
        `${mark} ${procedures[r.procedure].clinicalLabel.padEnd(58)} ${r.category.padEnd(26)} ${radiation(r.radiation)}${r.note ? ' *' : ''}`,
      );
    }
    if (a.ratings.some((r) => r.note))
      out.push(dim(style, '  * not named for this variant in the ACR summary; treated as usually not appropriate'));
  }
  out.push('');

  if (a.missing.length > 0) {
    section(out, style, 'Still unknown — answering could change this');
    for (const m of a.missing) {
      out.push(`  ? ${m.field}: ${m.question}`);
      out.push(`      ${dim(style, m.why)}`);
    }
    out.push('');
  }

  section(out, style, 'Questions to ask your clinician');
  for (const q of a.questionsToAsk) out.push(`  • ${q}`);
  out.push('');

  section(out, style, `Trace (knowledge ${a.knowledgeVersion})`);
  for (const t of a.trace) {
    out.push(`  ${t.rule}: ${t.because}  ${dim(style, `[${t.source}${t.section ? `, ${t.section}` : ''}]`)}`);
  }
  out.push('');
  section(out, style, 'Sources');
  for (const s of a.sources) out.push(`  [${s.id}] ${sources[s.id].citation} ${dim(style, s.url)}`);
  out.push('', bold(style, a.disclaimer), '');
  return out.join('\n');
}

function section(out: string[], style: Style, title: string): void {
  out.push(bold(style, title));
}

function radiation(level: number): string {
  return level === 0 ? 'none (0)' : `${'☢'.repeat(level)} (${level})`;
}

/** The readable report of a report reading: urgent findings and summary first, then each finding. */
export function formatReading(r: Reading, style: Style): string {
  const out: string[] = [];
  const urgent = r.urgent.length > 0;
  const title = urgent ? ' !!! NEEDS ACTION TODAY ' : ' REPORT READING ';
  out.push(
    style.color
      ? `${urgent ? banner.emergency.code : banner.routine.code}${title}\u001b[0m`
      : `=== ${title.trim()} ===`,
  );
  out.push(r.summary, '');
  section(out, style, 'Findings, in report order');
  if (r.findings.length === 0) out.push('  No specific findings recognised.');
  for (const f of r.findings) {
    const where = [f.level, f.side, f.severity].filter(Boolean).join(', ');
    const flags = [f.negated ? 'ABSENT' : '', f.uncertain ? 'possible' : '', f.urgent ? 'URGENT' : '']
      .filter(Boolean)
      .join(' ');
    const prevalence =
      f.prevalenceWithoutPain === null ? '' : `  ~${Math.round(f.prevalenceWithoutPain * 100)}/100 without pain`;
    out.push(`  • ${f.type}${where ? ` (${where})` : ''}${flags ? ` [${flags}]` : ''}${prevalence}`);
    out.push(`      "${f.text}"`);
    if (!f.negated) out.push(`      ${dim(style, f.explanation)}`);
  }
  out.push(
    '',
    bold(
      style,
      `Knowledge ${r.knowledgeVersion}. This reading explains the words of a report; it does not diagnose. In an emergency, call your local emergency number.`,
    ),
    '',
  );
  return out.join('\n');
}
