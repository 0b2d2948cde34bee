import {
  type Assessment,
  type CaseField,
  CaseSchema,
  type ConditionId,
  caseFields,
  conditionIds,
  decodeCaseLink,
  evaluate,
  type FieldError,
  parseCase,
} from '@spine-advisor/engine';
import { useId, useMemo, useState } from 'react';
import { UrgencyBanner } from '../components/UrgencyBanner.js';
import type { Text } from '../text/en.js';
import { conditionLabel, engineLabels } from '../text/engine-text.js';
import { formatNumber } from '../text/format.js';
import { useI18n } from '../text/i18n.js';
import { knowledgeFor } from '../text/knowledge.js';
import type { Lang } from '../text/lang.js';
import { errorInWords } from './error-words.js';
import { groupFields } from './field-groups.js';

type Draft = Partial<Record<CaseField, string | string[]>>;

interface FieldSpec {
  readonly field: CaseField;
  readonly kind: 'number' | 'boolean' | 'enum' | 'list';
  readonly options: readonly string[];
  readonly description: string;
}

/** Each case field's input kind, options and meaning, read from the case schema itself. */
function fieldKinds(): FieldSpec[] {
  return caseFields.map((field) => {
    const schema = CaseSchema.shape[field];
    const inner = 'unwrap' in schema ? schema.unwrap() : schema;
    const options = 'options' in inner ? inner.options.map(String) : [];
    const kind =
      inner.type === 'boolean' ? 'boolean' : inner.type === 'array' ? 'list' : options.length ? 'enum' : 'number';
    return { field, kind, options, description: schema.description ?? '' };
  });
}

/** A field in words (its id for a field the engine added after these labels were written). */
function fieldWords(t: Text['clinician'], field: CaseField): string {
  const fields: Partial<Record<CaseField, string>> = t.fields;
  return fields[field] ?? field;
}

/** A field's value in words (the value itself for a value these labels do not know). */
function valueWords(t: Text['clinician'], field: CaseField, value: string): string {
  const values: Partial<Record<CaseField, Readonly<Record<string, string>>>> = t.values;
  return values[field]?.[value] ?? value;
}

/**
 * A trace entry's facts (`field = value, …`, contract section 3) in words: each field by its label,
 * each value in words. Undefined when a part is not in that form, so the engine's text is shown as it is.
 */
export function becauseInWords(because: string, text: Text, lang: Lang): string | undefined {
  const t = text.clinician;
  // The engine's words for a rule that reads only the conditions already suspected.
  if (because === 'suspected conditions') return t.suspectedConditions;
  const parts = because.split(', ').map((part) => {
    const match = /^([A-Za-z]+) = (.+)$/.exec(part);
    const field = caseFields.find((f) => f === match?.[1]);
    const value = match?.[2];
    if (!field || value === undefined) return undefined;
    const words =
      value === 'unknown'
        ? t.unknown
        : value === 'true'
          ? t.yes
          : value === 'false'
            ? t.no
            : field === 'clinicianSuspects'
              ? value
                  .split(' + ')
                  .map((c) => (conditionIds.some((id) => id === c) ? conditionLabel(lang, c as ConditionId) : c))
                  .join(' + ')
              : /^-?[0-9.]+$/.test(value)
                ? formatNumber(lang, Number(value))
                : valueWords(t, field, value);
    return `${fieldWords(t, field)}: ${words}`;
  });
  return parts.every((p) => p !== undefined) ? parts.join('; ') : undefined;
}

/** The form's starting values: a case from a link, or a typical adult with two weeks of pain. */
function initialDraft(
  encoded: string | null,
  kinds: readonly FieldSpec[],
): { draft: Draft; link: 'none' | 'read' | 'unreadable' } {
  if (!encoded) return { draft: { age: '45', durationWeeks: '2' }, link: 'none' };
  const json = decodeCaseLink(encoded);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { draft: {}, link: 'unreadable' };
  const draft: Draft = {};
  for (const { field } of kinds) {
    const v = (json as Record<string, unknown>)[field];
    if (v !== undefined && v !== null) draft[field] = Array.isArray(v) ? v.map(String) : String(v);
  }
  return { draft, link: 'read' };
}

function toInput(draft: Draft, kinds: readonly FieldSpec[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { field, kind } of kinds) {
    const v = draft[field];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[field] = kind === 'number' ? Number(v) : kind === 'boolean' ? v === 'true' : v;
  }
  return out;
}

/** One dense form with every case field and the live assessment beside it. */
export function ClinicianView({ initial }: { initial: string | null }) {
  const { lang, text } = useI18n();
  const t = text.clinician;
  const kinds = useMemo(fieldKinds, []);
  const [{ draft, link }] = useState(() => initialDraft(initial, kinds));
  const [values, setValues] = useState<Draft>(draft);
  const input = useMemo(() => toInput(values, kinds), [values, kinds]);
  const parsed = useMemo(() => parseCase(input), [input]);
  const assessment = useMemo(
    () => (parsed.ok ? evaluate(parsed.value, knowledgeFor(lang)) : undefined),
    [parsed, lang],
  );
  const set = (field: CaseField, value: string | string[]) => setValues((v) => ({ ...v, [field]: value }));

  return (
    <section className="clinician">
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      {link === 'read' && <p className="muted">{t.loadedFromLink}</p>}
      {link === 'unreadable' && <p role="alert">{t.linkUnreadable}</p>}
      <div className="clinician-grid">
        <form className="case-form" onSubmit={(e) => e.preventDefault()} aria-label={t.title}>
          {groupFields(kinds).map((group) => (
            <fieldset key={group.id} className="field-group">
              <legend>{t.groups[group.id]}</legend>
              {group.specs.map((k) => (
                <Field key={k.field} spec={k} value={values[k.field]} onChange={(v) => set(k.field, v)} />
              ))}
            </fieldset>
          ))}
        </form>
        <div className="clinician-result" aria-live="polite">
          <h2>{t.result}</h2>
          {!parsed.ok && <Errors errors={parsed.errors} input={input} />}
          {assessment && <AssessmentPanel a={assessment} />}
        </div>
      </div>
    </section>
  );
}

function Field({
  spec,
  value,
  onChange,
}: {
  spec: FieldSpec;
  value: string | string[] | undefined;
  onChange: (v: string | string[]) => void;
}) {
  const id = useId();
  const { lang, text } = useI18n();
  const t = text.clinician;
  const words = fieldWords(t, spec.field);
  const label = <label htmlFor={id}>{words}</label>;
  if (spec.kind === 'list') {
    const selected = Array.isArray(value) ? value : [];
    return (
      <fieldset className="field field-list">
        <legend>{words}</legend>
        {conditionIds.map((c) => (
          <label key={c} className="check">
            <input
              type="checkbox"
              checked={selected.includes(c)}
              onChange={(e) => onChange(e.target.checked ? [...selected, c] : selected.filter((x) => x !== c))}
            />
            {conditionLabel(lang, c)}
          </label>
        ))}
      </fieldset>
    );
  }
  const v = typeof value === 'string' ? value : '';
  return (
    <div className="field" title={lang === 'en' ? spec.description : undefined}>
      {label}
      {spec.kind === 'number' ? (
        <input id={id} type="number" step="any" value={v} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <select id={id} value={v} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t.unknown}</option>
          {spec.kind === 'boolean' ? (
            <>
              <option value="true">{t.yes}</option>
              <option value="false">{t.no}</option>
            </>
          ) : (
            spec.options.map((o) => (
              <option key={o} value={o}>
                {valueWords(t, spec.field, o)}
              </option>
            ))
          )}
        </select>
      )}
    </div>
  );
}

/**
 * What is wrong with the case, in the page's language. While the age or the duration, which every
 * assessment needs, is still empty, a hint says so instead of a list of errors.
 */
function Errors({ errors, input }: { errors: readonly FieldError[]; input: Readonly<Record<string, unknown>> }) {
  const { lang, text } = useI18n();
  if (input.age === undefined || input.durationWeeks === undefined) {
    return <p className="muted">{text.clinician.needAgeAndDuration}</p>;
  }
  return (
    <div role="alert" className="error">
      <p>{text.clinician.invalid}</p>
      <ul>
        {errors.map((e) => {
          const { field, problem } = errorInWords(e, text, lang);
          return (
            <li key={e.path}>
              {field}: {problem}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function AssessmentPanel({ a }: { a: Assessment }) {
  const { lang, text } = useI18n();
  const t = text.clinician;
  const procedures = engineLabels(lang).procedures;
  const chart = chartText(a, text, lang);
  const [copied, setCopied] = useState(false);
  const chartId = useId();
  return (
    <>
      <UrgencyBanner urgency={a.urgency} headline={a.headline} />
      <p>
        <strong>{t.variant}:</strong>{' '}
        {a.acrVariant === null ? t.noVariant : `${a.acrVariant} — ${engineLabels(lang).variants[a.acrVariant]}`}
      </p>
      <p>
        <strong>{t.redFlags}:</strong> {a.redFlags.length === 0 ? t.none : a.redFlags.map((f) => f.label).join('; ')}
      </p>
      {a.ratings.length > 0 && (
        <table className="ratings">
          <caption>{t.ratings}</caption>
          <thead>
            <tr>
              <th scope="col">{t.procedure}</th>
              <th scope="col">{t.category}</th>
              <th scope="col">{t.radiationLevel}</th>
            </tr>
          </thead>
          <tbody>
            {a.ratings.map((r) => (
              <tr key={r.procedure} className={a.recommended.includes(r.procedure) ? 'recommended' : undefined}>
                <th scope="row">
                  {procedures[r.procedure].clinicalLabel}
                  {a.recommended.includes(r.procedure) && <span> ({t.firstChoice})</span>}
                </th>
                <td>{t.categories[r.category]}</td>
                <td>
                  {r.radiation === 0
                    ? `${formatNumber(lang, 0)} (${t.noRadiation})`
                    : `${'☢'.repeat(r.radiation)} ${formatNumber(lang, r.radiation)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t.missing}</h3>
      {a.missing.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className="compact">
          {a.missing.map((m) => (
            <li key={m.field}>
              {fieldWords(t, m.field)}: {m.why}
            </li>
          ))}
        </ul>
      )}
      <h3>{t.trace}</h3>
      <ul className="compact">
        {a.trace.map((x) => (
          <li key={x.rule}>
            <code>{x.rule}</code> — {becauseInWords(x.because, text, lang) ?? <code>{x.because}</code>}{' '}
            <span className="muted" lang="en">
              [{x.source}
              {x.section ? `, ${x.section}` : ''}]
            </span>
          </li>
        ))}
      </ul>
      <h3>
        <label htmlFor={chartId}>{t.chart}</label>
      </h3>
      <textarea id={chartId} readOnly value={chart} rows={8} />
      <button
        type="button"
        className="button"
        onClick={() => {
          navigator.clipboard?.writeText(chart).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        {copied ? t.copied : t.copy}
      </button>
    </>
  );
}

/** A plain-text block for the medical record, in the language shown. */
export function chartText(a: Assessment, text: Text, lang: Lang): string {
  const c = text.clinician.chartLines;
  const procedures = engineLabels(lang).procedures;
  return [
    c.title(a.knowledgeVersion),
    c.urgency(text.urgency[a.urgency].label, a.headline),
    c.variant(
      a.acrVariant === null ? c.none : formatNumber(lang, a.acrVariant),
      a.recommended.map((p) => procedures[p].clinicalLabel).join(text.result.or) || c.noImaging,
    ),
    c.redFlags(a.redFlags.map((f) => f.label).join('; ') || c.noneDocumented),
    c.notDocumented(a.missing.map((m) => fieldWords(text.clinician, m.field)).join('; ') || c.nothingRelevant),
    c.rules(a.trace.map((x) => `${x.rule} [${x.source}]`).join('; ')),
    a.reassessAfterWeeks !== null ? c.reassess(formatNumber(lang, a.reassessAfterWeeks)) : '',
  ]
    .filter(Boolean)
    .join('\n');
}
