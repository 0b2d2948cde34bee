import { type Assessment, evaluate } from '@spine-advisor/engine';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { careLink } from '../care/care-link.js';
import { useFocusOnMount } from '../components/focus.js';
import { Result } from '../result/Result.js';
import { knowledgeFor } from '../text/engine-text.js';
import { formatNumber } from '../text/format.js';
import { useI18n } from '../text/i18n.js';
import {
  type Answer,
  type Answers,
  ageLimits,
  caseFrom,
  optionLabel,
  promptOf,
  type Question,
  questions,
  questionsToAsk,
  validAge,
} from './questions.js';

type Stage = 'asking' | 'interrupt' | 'result';

/** The assessment of the answers so far in the shown language; undefined until the age is known. */
function assess(answers: Answers, lang: Parameters<typeof knowledgeFor>[0]): Assessment | undefined {
  const parsed = caseFrom(answers);
  return parsed?.ok ? evaluate(parsed.value, knowledgeFor(lang)) : undefined;
}

/** The patient questionnaire: one short question at a time, emergency signs first. */
export function Questionnaire() {
  const { lang } = useI18n();
  const [answers, setAnswers] = useState<Answers>({});
  const [history, setHistory] = useState<Question['field'][]>([]);
  const [revisit, setRevisit] = useState<Question['field'] | undefined>();
  const [stage, setStage] = useState<Stage>('asking');
  const [interrupted, setInterrupted] = useState(false);

  const assessment = useMemo(() => assess(answers, lang), [answers, lang]);
  const toAsk = questionsToAsk(answers, assessment);
  const current = revisit ? [...questions, ...toAsk].find((q) => q.field === revisit) : toAsk[0];

  useEffect(() => {
    if (stage === 'asking' && !current && assessment) setStage('result');
  }, [stage, current, assessment]);

  const answer = (q: Question, value: Answer) => {
    const next = { ...answers, [q.field]: value };
    setAnswers(next);
    setHistory((h) => [...h.filter((f) => f !== q.field), q.field]);
    setRevisit(undefined);
    if (!interrupted && assess(next, lang)?.urgency === 'emergency') {
      setInterrupted(true);
      setStage('interrupt');
    }
  };

  const back = () => {
    const at = current ? history.indexOf(current.field) : history.length;
    const previous = history[(at === -1 ? history.length : at) - 1];
    if (previous) setRevisit(previous);
    setStage('asking');
  };

  const restart = () => {
    setAnswers({});
    setHistory([]);
    setRevisit(undefined);
    setInterrupted(false);
    setStage('asking');
  };

  if (stage === 'interrupt' && assessment) {
    return <EmergencyInterrupt assessment={assessment} onContinue={() => setStage('result')} />;
  }
  if ((stage === 'result' || !current) && assessment) {
    return (
      <Result
        assessment={assessment}
        answers={answers}
        asked={[...questions, ...toAsk]}
        onBack={history.length > 0 ? back : undefined}
        onRestart={restart}
      />
    );
  }
  if (!current) return null;

  const asked = history.length + (history.includes(current.field) ? 0 : 1);
  const remaining = toAsk.filter((q) => q.field !== current.field).length;
  return (
    <QuestionStep
      key={current.field}
      question={current}
      initial={answers[current.field]}
      progress={{ n: asked, total: Math.max(asked, asked + remaining) }}
      onAnswer={(v) => answer(current, v)}
      onBack={history.length > 0 && history[0] !== current.field ? back : undefined}
    />
  );
}

function QuestionStep(props: {
  question: Question;
  initial: Answer | undefined;
  progress: { n: number; total: number };
  onAnswer: (value: Answer) => void;
  onBack: (() => void) | undefined;
}) {
  const { question: q } = props;
  const { lang, text } = useI18n();
  const t = promptOf(text, q);
  const [value, setValue] = useState<string>(props.initial === undefined ? '' : String(props.initial));
  const [error, setError] = useState<string | undefined>();
  const heading = useFocusOnMount<HTMLHeadingElement>();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (q.kind === 'age') {
      const age = validAge(value);
      if (age === undefined) {
        return setError(
          text.questionnaire.ageRequired(formatNumber(lang, ageLimits.min), formatNumber(lang, ageLimits.max)),
        );
      }
      return props.onAnswer(age);
    }
    if (value === '') return setError(text.questionnaire.required);
    if (value === 'unsure') return props.onAnswer('unsure');
    const option = q.options.find((o) => String(o) === value);
    if (option !== undefined) props.onAnswer(option);
  };

  const errorId = `${q.field}-error`;
  return (
    <section className="question" aria-labelledby="question-heading">
      <p className="progress">
        <progress max={props.progress.total} value={props.progress.n} aria-hidden="true" />
        <span>
          {text.questionnaire.progress(formatNumber(lang, props.progress.n), formatNumber(lang, props.progress.total))}
        </span>
      </p>
      <form onSubmit={submit} noValidate>
        {q.kind === 'age' ? (
          <>
            <h1 id="question-heading" tabIndex={-1} ref={heading}>
              <label htmlFor="answer-age">{t.text}</label>
            </h1>
            {t.hint && (
              <p className="hint" id="age-hint">
                {t.hint}
              </p>
            )}
            <input
              id="answer-age"
              className="age-input"
              type="number"
              inputMode="numeric"
              min={ageLimits.min}
              max={ageLimits.max}
              value={value}
              aria-describedby={`age-hint${error ? ` ${errorId}` : ''}`}
              aria-invalid={error ? true : undefined}
              onChange={(e) => {
                setValue(e.target.value);
                setError(undefined);
              }}
            />
          </>
        ) : (
          <fieldset aria-describedby={error ? errorId : undefined}>
            <legend>
              <h1 id="question-heading" tabIndex={-1} ref={heading}>
                {t.text}
              </h1>
            </legend>
            {t.hint && <p className="hint">{t.hint}</p>}
            <div className="options">
              {[
                ...q.options.map((o) => ({ id: String(o), label: optionLabel(text, q.field, o) })),
                { id: 'unsure', label: text.questionnaire.notSure },
              ].map((o) => (
                <label key={o.id} className={`option${value === o.id ? ' selected' : ''}`}>
                  <input
                    type="radio"
                    name={q.field}
                    value={o.id}
                    checked={value === o.id}
                    onChange={() => {
                      setValue(o.id);
                      setError(undefined);
                    }}
                  />
                  <span>{o.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        {error && (
          <p className="error" id={errorId} role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          {props.onBack && (
            <button type="button" className="button" onClick={props.onBack}>
              {text.questionnaire.back}
            </button>
          )}
          <button type="submit" className="button primary">
            {text.questionnaire.next}
          </button>
        </div>
      </form>
    </section>
  );
}

function EmergencyInterrupt({ assessment, onContinue }: { assessment: Assessment; onContinue: () => void }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { text } = useI18n();
  const t = text.interrupt;
  return (
    <section className="interrupt" role="alert" aria-labelledby="interrupt-heading">
      <h1 id="interrupt-heading" tabIndex={-1} ref={heading}>
        <span aria-hidden="true">⚠ </span>
        {t.title}
      </h1>
      <p className="interrupt-call">{t.call}</p>
      <p>
        <strong>{t.why}</strong> {assessment.redFlags.map((f) => f.label).join('; ')}.
      </p>
      <p>{t.tell}</p>
      <p>
        <a href={careLink('emergency')}>{text.result.emergencyRoute}</a>
      </p>
      <button type="button" className="button" onClick={onContinue}>
        {t.continue}
      </button>
    </section>
  );
}
