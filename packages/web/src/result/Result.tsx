import {
  type Assessment,
  type AsymptomaticFinding,
  asymptomaticFindings,
  modalities,
  prevalenceAt,
  procedures,
} from '@spine-advisor/engine';
import { EmergencyBox } from '../components/EmergencyBox.js';
import { useFocusOnMount } from '../components/focus.js';
import { UrgencyBanner } from '../components/UrgencyBanner.js';
import type { Answers } from '../questionnaire/questions.js';
import { questions } from '../questionnaire/questions.js';
import { text } from '../text/text.js';

const shownFindings: AsymptomaticFinding[] = [
  'disc-degeneration',
  'disc-bulge',
  'disc-protrusion',
  'annular-fissure',
  'facet-arthropathy',
];

/** The result: urgency first, then what it means, what to do, why a scan helps or not, and sources. */
export function Result(props: {
  assessment: Assessment;
  answers: Answers;
  onBack: (() => void) | undefined;
  onRestart: () => void;
}) {
  const { assessment: a, answers } = props;
  const t = text.result;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const age = typeof answers.age === 'number' ? answers.age : 40;
  // The questions answered "not sure" whose answer could still change the advice.
  const unsure = a.missing.filter((m) => answers[m.field] === 'unsure');

  return (
    <article className="result">
      <h1 id="result-heading" tabIndex={-1} ref={heading}>
        {t.title}
      </h1>
      <UrgencyBanner urgency={a.urgency} headline={a.headline} />

      <section aria-labelledby="meaning">
        <h2 id="meaning">{t.meaning}</h2>
        <p className="no-print">{text.urgency[a.urgency].meaning}</p>
        {a.redFlags.length > 0 && (
          <ul>
            {a.redFlags.map((f) => (
              <li key={f.id}>{f.label}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="do-now">
        <h2 id="do-now">{t.doNow}</h2>
        <ul className="steps">
          {a.nextSteps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>

      {a.reassessAfterWeeks !== null && (
        <section aria-labelledby="come-back">
          <h2 id="come-back">{t.comeBack}</h2>
          <p>{t.comeBackIn(Math.round(a.reassessAfterWeeks))}</p>
        </section>
      )}

      <section aria-labelledby="scan-help">
        <h2 id="scan-help">{t.scanHelp}</h2>
        {a.recommended.length === 0 ? (
          <>
            <p>{t.noScanWhy}</p>
            <ul>
              {shownFindings.map((f) => {
                const { share, atLeast } = prevalenceAt(f, age);
                return (
                  <li key={f}>
                    {t.findingLine(capitalise(asymptomaticFindings[f].label), Math.round(share * 100), atLeast)}
                  </li>
                );
              })}
            </ul>
            <p className="muted">{t.findingsSource}</p>
          </>
        ) : (
          <>
            <p>{t.scanWhy}</p>
            <p>
              <strong>{t.firstChoice}</strong> {a.recommended.map((p) => procedures[p].label).join(' or ')}
            </p>
            {a.alternatives.length > 0 && (
              <p>
                <strong>{t.alternatives}</strong> {a.alternatives.map((p) => procedures[p].label).join('; ')}
              </p>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="scans-title" className="no-print">
        <h2 id="scans-title">{t.scansTitle}</h2>
        <ScanTable />
      </section>

      {unsure.length > 0 && (
        <section aria-labelledby="missing">
          <h2 id="missing">{t.missing}</h2>
          <ul>
            {unsure.map((m) => (
              <li key={m.field}>{m.question}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="ask">
        <h2 id="ask">{t.ask}</h2>
        <ul>
          {a.questionsToAsk.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      </section>

      <EmergencyBox />

      <section aria-labelledby="answers" className="answers">
        <h2 id="answers">{t.answers}</h2>
        <ul className="answer-list">
          {questions
            .filter((q) => answers[q.field] !== undefined)
            .map((q) => {
              const qt = text.questions[q.field] as { short: string; options?: Record<string, string> };
              const value = answers[q.field];
              const option = q.options.find((o) => o.value === value);
              const shown =
                value === 'unsure' ? t.unsure : option ? (qt.options?.[option.key] ?? String(value)) : String(value);
              return (
                <li key={q.field}>
                  <span className="answer-q">{qt.short}:</span> <strong>{shown}</strong>
                </li>
              );
            })}
        </ul>
      </section>

      <section aria-labelledby="sources" className="sources">
        <h2 id="sources">{t.sources}</h2>
        <ul>
          {a.sources.map((s) => (
            <li key={s.id}>
              {s.citation} <a href={s.url}>{s.url}</a>
            </li>
          ))}
        </ul>
        <p className="muted">{t.printedOn(new Date().toISOString().slice(0, 10))}</p>
      </section>

      <div className="actions no-print">
        {props.onBack && (
          <button type="button" className="button" onClick={props.onBack}>
            {text.questionnaire.back}
          </button>
        )}
        <button type="button" className="button primary" onClick={() => window.print()}>
          {t.print}
        </button>
        <button type="button" className="button" onClick={props.onRestart}>
          {text.questionnaire.startAgain}
        </button>
      </div>
    </article>
  );
}

/** What X-ray, MRI and CT can and cannot show, and their radiation. */
export function ScanTable() {
  const t = text.result;
  const kinds = [modalities.radiography, modalities.mri, modalities.ct];
  return (
    <div className="scan-cards">
      {kinds.map((m) => (
        <section key={m.name} className="scan-card" aria-label={m.name}>
          <h3>{m.name}</h3>
          <p>
            <strong>{t.shows}:</strong> {m.shows.join('; ')}.
          </p>
          <p>
            <strong>{t.misses}:</strong> {m.doesNotShow.join('; ')}.
          </p>
          <p>
            <strong>{t.radiation}:</strong> {m.radiation}
          </p>
        </section>
      ))}
    </div>
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
