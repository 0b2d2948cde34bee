import { type Assessment, evaluate } from '@spine-advisor/engine';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useFocusOnMount } from '../components/focus.js';
import { Result } from '../result/Result.js';
import { text } from '../text/text.js';
import { type Answer, type Answers, caseFrom, type Question, questions } from './questions.js';

type Stage = 'asking' | 'interrupt' | 'result';

/**
 * The questions still to ask, in order: age and duration first, then those whose answer could still
 * change the result, by the engine's own `missing` list.
 */
export function questionsToAsk(answers: Answers, assessment: Assessment | undefined): Question[] {
  const [, duration, ...rest] = questions;
  if (answers.age === undefined || !assessment) return [...questions];
  const missing = new Set(assessment.missing.map((m) => m.field));
  const pending = rest.filter((q) => missing.has(q.field) && answers[q.field] === undefined);
  return answers.durationWeeks === undefined && duration ? [duration, ...pending] : pending;
}

/** The patient questionnaire: one short question at a time, emergency signs first. */
export function Questionnaire() {
  const [answers, setAnswers] = useState<Answers>({});
  const [history, setHistory] = useState<Question['field'][]>([]);
  const [revisit, setRevisit] = useState<Question['field'] | undefined>();
  const [stage, setStage] = useState<Stage>('asking');
  const [interrupted, setInterrupted] = useState(false);

  const assessment = useMemo(() => {
    const c = caseFrom(answers);
    return c ? evaluate(c) : undefined;
  }, [answers]);
  const toAsk = questionsToAsk(answers, assessment);
  const current = revisit ? questions.find((q) => q.field === revisit) : toAsk[0];

  useEffect(() => {
    if (stage === 'asking' && !current && assessment) setStage('result');
  }, [stage, current, assessment]);

  const answer = (q: Question, value: Answer) => {
    const next = { ...answers, [q.field]: value };
    setAnswers(next);
    setHistory((h) => [...h.filter((f) => f !== q.field), q.field]);
    setRevisit(undefined);
    const c = caseFrom(next);
    if (!interrupted && c && evaluate(c).urgency === 'emergency') {
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
  const t = text.questions[q.field] as { text: string; hint?: string; options?: Record<string, string> };
  const [value, setValue] = useState<string>(props.initial === undefined ? '' : String(props.initial));
  const [error, setError] = useState<string | undefined>();
  const heading = useFocusOnMount<HTMLHeadingElement>();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (q.kind === 'age') {
      const age = Number(value);
      if (value.trim() === '' || !Number.isInteger(age) || age < 0 || age > 120)
        return setError(text.questionnaire.ageRequired);
      return props.onAnswer(age);
    }
    if (value === '') return setError(text.questionnaire.required);
    if (value === 'unsure') return props.onAnswer('unsure');
    const option = q.options.find((o) => String(o.value) === value);
    if (option) props.onAnswer(option.value);
  };

  const errorId = `${q.field}-error`;
  return (
    <section className="question" aria-labelledby="question-heading">
      <p className="progress">
        <progress max={props.progress.total} value={props.progress.n} aria-hidden="true" />
        <span>{text.questionnaire.progress(props.progress.n, props.progress.total)}</span>
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
              min={0}
              max={120}
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
                ...q.options.map((o) => ({ id: String(o.value), label: t.options?.[o.key] ?? o.key })),
                ...(q.unsure ? [{ id: 'unsure', label: text.questionnaire.notSure }] : []),
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
      <button type="button" className="button" onClick={onContinue}>
        {t.continue}
      </button>
    </section>
  );
}
