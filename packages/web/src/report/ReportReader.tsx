import { type Finding, findingTypes, prevalenceAt, type Reading } from '@spine-advisor/engine';
import { type FormEvent, type RefObject, useId, useRef, useState } from 'react';
import { ageLimits, validAge } from '../questionnaire/questions.js';
import { prevalenceWords } from '../text/format.js';
import { useI18n } from '../text/i18n.js';
import { readReportIn } from './read-report-in.js';

/** Paste a lumbar imaging report and have each finding explained; it never leaves the browser. */
export function ReportReader() {
  const { lang, text } = useI18n();
  const t = text.report;
  const [report, setReport] = useState('');
  const [age, setAge] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [reading, setReading] = useState<{ reading: Reading; age: number } | undefined>();
  const result = useRef<HTMLHeadingElement>(null);
  const textId = useId();
  const ageId = useId();
  const errorId = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const years = validAge(age);
    if (report.trim() === '') return setError(t.needText);
    if (years === undefined) return setError(t.needAge);
    setError(undefined);
    setReading({ reading: readReportIn(lang, report, years), age: years });
    requestAnimationFrame(() => result.current?.focus());
  };

  return (
    <section className="report-reader">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <p className="muted">{t.private}</p>
      <form onSubmit={submit} noValidate aria-describedby={error ? errorId : undefined}>
        <p className="field">
          <label htmlFor={textId}>{t.textLabel}</label>
          <textarea id={textId} rows={10} value={report} onChange={(e) => setReport(e.target.value)} />
        </p>
        <p className="field">
          <label htmlFor={ageId}>{t.ageLabel}</label>
          <input
            id={ageId}
            className="age-input"
            type="number"
            inputMode="numeric"
            min={ageLimits.min}
            max={ageLimits.max}
            value={age}
            onChange={(e) => setAge(e.target.value)}
          />
        </p>
        {error && (
          <p className="error" id={errorId} role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button primary">
          {t.submit}
        </button>
      </form>
      {reading && <ReadingView reading={reading.reading} age={reading.age} heading={result} />}
    </section>
  );
}

/** How common a finding is without back pain at `age`, when the report vocabulary has a figure for it. */
function prevalenceOf(f: Finding, age: number) {
  const def = findingTypes[f.type];
  return 'prevalence' in def && def.prevalence ? prevalenceAt(def.prevalence, age) : undefined;
}

/**
 * A reading explained: urgent findings first in the heading, then each finding. A finding's fit to
 * the symptoms shows only when the reading had a case (`fit` is null without one, and then nothing
 * about fit is shown).
 */
export function ReadingView({
  reading,
  age,
  heading,
}: {
  reading: Reading;
  age: number;
  heading?: RefObject<HTMLHeadingElement | null>;
}) {
  const { lang, text } = useI18n();
  const t = text.report;
  const urgent = reading.findings.filter((f) => f.urgent);
  return (
    <section aria-labelledby="reading-heading" className="reading">
      <h2 id="reading-heading" tabIndex={-1} ref={heading}>
        {urgent.length > 0 ? t.urgentTitle : t.findings}
      </h2>
      {reading.summary.trim() !== '' && (
        <div className={urgent.length > 0 ? 'urgency urgency-emergency' : 'reading-summary'} role="status">
          <p>{reading.summary}</p>
        </div>
      )}
      {reading.findings.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ol className="findings">
          {reading.findings.map((f) => {
            const prevalence = f.negated || f.prevalenceWithoutPain === null ? undefined : prevalenceOf(f, age);
            const fit = f.negated || f.fit === null || f.fit === 'needs-action' ? undefined : t.fit[f.fit];
            return (
              <li
                key={`${f.type}-${f.level}-${f.side}-${f.negated}`}
                className={`finding${f.negated ? ' absent' : ''}${f.urgent ? ' urgent' : ''}`}
              >
                <h3>
                  {text.findingLabels[f.type]}
                  {f.level && <span className="muted"> — {f.level}</span>}
                </h3>
                {(f.negated || f.uncertain || f.urgent || prevalence || fit) && (
                  <p className="tags">
                    {f.negated && <span className="tag">{t.absent}</span>}
                    {f.uncertain && <span className="tag">{t.possible}</span>}
                    {f.urgent && <span className="tag tag-urgent">⚠ {t.urgent}</span>}
                    {fit && <span className="tag">{fit}</span>}
                    {prevalence && <span className="tag">{t.withoutPain(prevalenceWords(lang, prevalence))}</span>}
                  </p>
                )}
                {!f.negated && f.explanation.trim() !== '' && <p>{f.explanation}</p>}
                <blockquote>
                  <span className="visually-hidden">{t.quote}: </span>
                  {f.text}
                </blockquote>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
