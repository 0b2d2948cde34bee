import { type FormEvent, useState } from 'react';
import { useFocusOnMount } from '../components/focus.js';
import { formatNumber } from '../text/format.js';
import { useI18n } from '../text/i18n.js';
import type { Prompt } from '../text/shape.js';

/** One question on screen: a number box for the age, or a list of answers plus "not sure". */
export interface StepProps {
  readonly field: string;
  readonly kind: 'age' | 'choice';
  readonly prompt: Prompt;
  /** The answers offered, by id, labelled ("not sure" is added here). */
  readonly options: readonly { readonly id: string; readonly label: string }[];
  /** The ages accepted, when known (hints for the number box; the check is the caller's). */
  readonly ageLimits?: { readonly min: number; readonly max: number };
  readonly initial: string;
  readonly initialError?: string;
  readonly progress: { readonly n: number; readonly total: number };
  /** Called with the chosen id (or the typed age); returns an error to show, or nothing. */
  readonly onSubmit: (value: string) => string | undefined;
  readonly onBack: (() => void) | undefined;
}

/** The id of the "not sure" answer, which means unknown, never no. */
export const unsureId = 'unsure';

/**
 * One question: its heading takes focus so screen readers announce it; errors are announced and
 * tied to the field. Knows nothing of the engine, so the first question shows before it loads.
 */
export function QuestionStep(props: StepProps) {
  const { lang, text } = useI18n();
  const t = props.prompt;
  const [value, setValue] = useState(props.initial);
  const [error, setError] = useState<string | undefined>(props.initialError);
  const heading = useFocusOnMount<HTMLHeadingElement>();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (props.kind === 'choice' && value === '') return setError(text.questionnaire.required);
    setError(props.onSubmit(value));
  };

  const errorId = `${props.field}-error`;
  return (
    <section className="question" aria-labelledby="question-heading">
      <p className="progress">
        <progress max={props.progress.total} value={props.progress.n} aria-hidden="true" />
        <span>
          {text.questionnaire.progress(formatNumber(lang, props.progress.n), formatNumber(lang, props.progress.total))}
        </span>
      </p>
      <form onSubmit={submit} noValidate>
        {props.kind === 'age' ? (
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
              min={props.ageLimits?.min}
              max={props.ageLimits?.max}
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
              {[...props.options, { id: unsureId, label: text.questionnaire.notSure }].map((o) => (
                <label key={o.id} className={`option${value === o.id ? ' selected' : ''}`}>
                  <input
                    type="radio"
                    name={props.field}
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
