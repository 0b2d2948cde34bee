import { type Assessment, evaluate } from '@spine-advisor/engine';
import { useEffect, useMemo, useState } from 'react';
import { careLink } from '../care/care-link.js';
import { useFocusOnMount } from '../components/focus.js';
import { Result } from '../result/Result.js';
import type { Text } from '../text/en.js';
import { conditionLabel } from '../text/engine-text.js';
import { formatNumber } from '../text/format.js';
import { useI18n } from '../text/i18n.js';
import { knowledgeFor } from '../text/knowledge.js';
import type { Lang } from '../text/lang.js';
import { emergencySettled } from './interrupt.js';
import { QuestionStep, unsureId } from './QuestionStep.js';
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
function assess(answers: Answers, lang: Lang): Assessment | undefined {
  const parsed = caseFrom(answers);
  return parsed?.ok ? evaluate(parsed.value, knowledgeFor(lang)) : undefined;
}

/** The age error to show in `lang`, from the case schema's limits. */
function ageError(text: Text, lang: Lang): string {
  return text.questionnaire.ageRequired(formatNumber(lang, ageLimits.min), formatNumber(lang, ageLimits.max));
}

/**
 * The questionnaire once the age is typed: one short question at a time, emergency signs first,
 * each answer checked by the case schema and assessed by the engine.
 */
export function QuestionFlow({ typedAge }: { typedAge: string }) {
  const { lang, text } = useI18n();
  const [answers, setAnswers] = useState<Answers>(() => {
    const age = validAge(typedAge);
    return age === undefined ? {} : { age };
  });
  const [typed, setTyped] = useState(typedAge);
  const [history, setHistory] = useState<Question['field'][]>(() => (validAge(typedAge) === undefined ? [] : ['age']));
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
    const assessed = assess(next, lang);
    if (!interrupted && assessed && emergencySettled(next, assessed, knowledgeFor(lang))) {
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
    setTyped('');
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
  const initial = answers[current.field];
  const ageInvalid = current.kind === 'age' && typed !== '' && validAge(typed) === undefined;
  return (
    <QuestionStep
      key={current.field}
      field={current.field}
      kind={current.kind}
      prompt={promptOf(text, current)}
      options={
        current.kind === 'choice'
          ? current.options.map((o) => ({ id: String(o), label: optionLabel(text, current.field, o) }))
          : []
      }
      ageLimits={ageLimits}
      initial={current.kind === 'age' && initial === undefined ? typed : initial === undefined ? '' : String(initial)}
      {...(ageInvalid ? { initialError: ageError(text, lang) } : {})}
      progress={{ n: asked, total: Math.max(asked, asked + remaining) }}
      onSubmit={(value) => {
        if (current.kind === 'age') {
          const age = validAge(value);
          if (age === undefined) return ageError(text, lang);
          setTyped(value);
          answer(current, age);
          return undefined;
        }
        const option = current.options.find((o) => String(o) === value);
        answer(current, value === unsureId || option === undefined ? 'unsure' : option);
        return undefined;
      }}
      onBack={history.length > 0 && history[0] !== current.field ? back : undefined}
    />
  );
}

function EmergencyInterrupt({ assessment, onContinue }: { assessment: Assessment; onContinue: () => void }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { lang, text } = useI18n();
  const t = text.interrupt;
  return (
    <section className="interrupt" role="alert" aria-labelledby="interrupt-heading">
      <h1 id="interrupt-heading" tabIndex={-1} ref={heading}>
        <span aria-hidden="true">⚠ </span>
        {t.title}
      </h1>
      <p className="interrupt-call">{t.call}</p>
      <p>
        <strong>{t.why}</strong>{' '}
        {[...new Set(assessment.redFlags.map((f) => f.condition))].map((c) => conditionLabel(lang, c)).join('; ')}.
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
