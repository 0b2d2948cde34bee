import {
  type Assessment,
  acrVariants,
  type CaseField,
  conditionIds,
  conditions,
  decodeCaseLink,
  evaluate,
  type FieldError,
  jsonSchemas,
  parseCase,
  procedures,
} from '@spine-advisor/engine';
import { useId, useMemo, useState } from 'react';
import { UrgencyBanner } from '../components/UrgencyBanner.js';
import { text } from '../text/text.js';

type Draft = Partial<Record<CaseField, string | string[]>>;

interface FieldSpec {
  readonly field: CaseField;
  readonly kind: 'number' | 'boolean' | 'enum' | 'list';
  readonly options: readonly string[];
  readonly description: string;
}

/** Each case field's input kind, read from the case's JSON Schema (generated from the zod schema). */
function fieldKinds(): FieldSpec[] {
  const schema = jsonSchemas.case() as {
    properties: Record<string, { type?: string; enum?: string[]; description?: string }>;
  };
  return Object.entries(schema.properties).map(([field, p]) => ({
    field: field as CaseField,
    kind: p.type === 'boolean' ? 'boolean' : p.enum ? 'enum' : p.type === 'array' ? 'list' : 'number',
    options: p.enum ?? [],
    description: p.description ?? '',
  }));
}

function decode(encoded: string | null): { draft: Draft; fromLink: boolean } {
  if (!encoded) return { draft: { age: '45', durationWeeks: '2' }, fromLink: false };
  const json = decodeCaseLink(encoded);
  const draft: Draft = {};
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    for (const [k, v] of Object.entries(json)) draft[k as CaseField] = Array.isArray(v) ? v.map(String) : String(v);
  }
  return { draft, fromLink: true };
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
  const t = text.clinician;
  const kinds = useMemo(fieldKinds, []);
  const [{ draft, fromLink }] = useState(() => decode(initial));
  const [values, setValues] = useState<Draft>(draft);
  const parsed = useMemo(() => parseCase(toInput(values, kinds)), [values, kinds]);
  const assessment = parsed.ok ? evaluate(parsed.value) : undefined;
  const set = (field: CaseField, value: string | string[]) => setValues((v) => ({ ...v, [field]: value }));

  return (
    <section className="clinician">
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      {fromLink && <p className="muted">{t.loadedFromLink}</p>}
      <div className="clinician-grid">
        <form className="case-form" onSubmit={(e) => e.preventDefault()} aria-label={t.title}>
          {kinds.map((k) => (
            <Field key={k.field} spec={k} value={values[k.field]} onChange={(v) => set(k.field, v)} />
          ))}
        </form>
        <div className="clinician-result" aria-live="polite">
          <h2>{t.result}</h2>
          {!parsed.ok && <Errors errors={parsed.errors} />}
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
  const t = text.clinician;
  const label = (
    <label htmlFor={id}>
      <code>{spec.field}</code>
      <span className="visually-hidden"> — {spec.description}</span>
    </label>
  );
  if (spec.kind === 'list') {
    const selected = Array.isArray(value) ? value : [];
    return (
      <fieldset className="field field-list">
        <legend>
          <code>{spec.field}</code> <span className="muted">({t.suspects})</span>
        </legend>
        {conditionIds.map((c) => (
          <label key={c} className="check">
            <input
              type="checkbox"
              checked={selected.includes(c)}
              onChange={(e) => onChange(e.target.checked ? [...selected, c] : selected.filter((x) => x !== c))}
            />
            {conditions[c].shortLabel}
          </label>
        ))}
      </fieldset>
    );
  }
  const v = typeof value === 'string' ? value : '';
  return (
    <div className="field" title={spec.description}>
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
                {o}
              </option>
            ))
          )}
        </select>
      )}
    </div>
  );
}

function Errors({ errors }: { errors: readonly FieldError[] }) {
  return (
    <div role="alert" className="error">
      <p>{text.clinician.invalid}</p>
      <ul>
        {errors.map((e) => (
          <li key={e.path}>
            <code>{e.path}</code>: {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function AssessmentPanel({ a }: { a: Assessment }) {
  const t = text.clinician;
  const chart = chartText(a);
  const [copied, setCopied] = useState(false);
  const chartId = useId();
  return (
    <>
      <UrgencyBanner urgency={a.urgency} headline={a.headline} />
      <p>
        <strong>{t.variant}:</strong>{' '}
        {a.acrVariant === null ? t.noVariant : `${a.acrVariant} — ${acrVariants[a.acrVariant].scenario}`}
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
                  {a.recommended.includes(r.procedure) && <span> (first choice)</span>}
                </th>
                <td>{r.category.replace(/-/g, ' ')}</td>
                <td>{r.radiation === 0 ? '0 (none)' : `${'☢'.repeat(r.radiation)} ${r.radiation}`}</td>
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
              <code>{m.field}</code>: {m.why}
            </li>
          ))}
        </ul>
      )}
      <h3>{t.trace}</h3>
      <ul className="compact">
        {a.trace.map((x) => (
          <li key={x.rule}>
            <code>{x.rule}</code> — {x.because}{' '}
            <span className="muted">
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

/** A plain-text block for the medical record. */
export function chartText(a: Assessment): string {
  return [
    `Low back pain imaging assessment (spine-advisor, knowledge ${a.knowledgeVersion})`,
    `Urgency: ${a.urgency}. ${a.headline}`,
    `ACR LBP 2021 variant: ${a.acrVariant ?? 'none'}. First choice: ${a.recommended.map((p) => procedures[p].clinicalLabel).join(' or ') || 'no imaging now'}.`,
    `Red flags: ${a.redFlags.map((f) => f.label).join('; ') || 'none documented'}.`,
    `Not documented: ${a.missing.map((m) => m.field).join(', ') || 'nothing relevant'}.`,
    `Rules: ${a.trace.map((x) => `${x.rule} [${x.source}]`).join('; ')}.`,
    a.reassessAfterWeeks !== null ? `Reassess in ${a.reassessAfterWeeks} weeks if not improving.` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
