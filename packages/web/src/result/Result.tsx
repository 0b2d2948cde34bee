import { type Assessment, type AsymptomaticFinding, prevalenceAt } from '@spine-advisor/engine';
import { careLink } from '../care/care-link.js';
import { EmergencyBox } from '../components/EmergencyBox.js';
import { useFocusOnMount } from '../components/focus.js';
import { UrgencyBanner } from '../components/UrgencyBanner.js';
import { type Answers, optionLabel, promptOf, type Question } from '../questionnaire/questions.js';
import { engineLabels, explainedModalities } from '../text/engine-text.js';
import { formatDate, formatNumber, prevalenceWords } from '../text/format.js';
import { useI18n } from '../text/i18n.js';

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
  /** Every question that may have been answered, in order (for the answer list). */
  asked: readonly Question[];
  onBack: (() => void) | undefined;
  onRestart: () => void;
}) {
  const { assessment: a, answers } = props;
  const { lang, text } = useI18n();
  const t = text.result;
  const labels = engineLabels(lang);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const age = typeof answers.age === 'number' ? answers.age : 40;
  // The questions answered "not sure" whose answer could still change the advice.
  const unsure = a.missing.filter((m) => answers[m.field] === 'unsure');
  const answered = props.asked.filter((q, i, all) => answers[q.field] !== undefined && all.indexOf(q) === i);

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
        <p className="no-print">
          <a href={careLink(a.urgency)}>{a.urgency === 'emergency' ? t.emergencyRoute : t.findCare}</a>
        </p>
      </section>

      {a.reassessAfterWeeks !== null && (
        <section aria-labelledby="come-back">
          <h2 id="come-back">{t.comeBack}</h2>
          <p>{t.comeBackIn(Math.round(a.reassessAfterWeeks), formatNumber(lang, Math.round(a.reassessAfterWeeks)))}</p>
        </section>
      )}

      <section aria-labelledby="scan-help">
        <h2 id="scan-help">{t.scanHelp}</h2>
        {a.recommended.length === 0 ? (
          <>
            <p>{t.noScanWhy}</p>
            <ul>
              {shownFindings.map((f) => {
                return (
                  <li key={f}>
                    {t.findingLine(capitalise(labels.findings[f]), prevalenceWords(lang, prevalenceAt(f, age)))}
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
              <strong>{t.firstChoice}</strong> {a.recommended.map((p) => labels.procedures[p].label).join(t.or)}
            </p>
            {a.alternatives.length > 0 && (
              <p>
                <strong>{t.alternatives}</strong> {a.alternatives.map((p) => labels.procedures[p].label).join('; ')}
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
          {answered.map((q) => {
            const value = answers[q.field];
            const shown =
              value === 'unsure' || value === undefined
                ? t.unsure
                : q.kind === 'age' && typeof value === 'number'
                  ? formatNumber(lang, value)
                  : optionLabel(text, q.field, value);
            return (
              <li key={q.field}>
                <span className="answer-q">{promptOf(text, q).short}:</span> <strong>{shown}</strong>
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
              {/* Sources are English publications: their titles are marked as English (WCAG 3.1.2). */}
              <span lang="en">{s.citation}</span> <a href={s.url}>{s.url}</a>
            </li>
          ))}
        </ul>
        <p className="muted">{t.printedOn(formatDate(lang, new Date()))}</p>
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
  const { lang, text } = useI18n();
  const t = text.result;
  const labels = engineLabels(lang);
  return (
    <div className="scan-cards">
      {explainedModalities.map((id) => {
        const m = labels.modalities[id];
        return (
          <section key={id} className="scan-card" aria-label={m.name}>
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
        );
      })}
    </div>
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
