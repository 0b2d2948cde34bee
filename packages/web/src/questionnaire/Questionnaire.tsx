import { useState } from 'react';
import { useI18n } from '../text/i18n.js';
import { askedFields } from './fields.js';
import { QuestionStep } from './QuestionStep.js';

/**
 * The engine and the case schema load when the person first types or taps, not with the page: the
 * first question shows at once and the page is not blocked while they start.
 */
const loadFlow = () => import('./QuestionFlow.js');
type Flow = Awaited<ReturnType<typeof loadFlow>>;

/** The patient questionnaire: the age first, then the flow the engine drives. */
export function Questionnaire() {
  const { text } = useI18n();
  const [started, setStarted] = useState<{ flow: Flow; typedAge: string } | undefined>();
  if (started) return <started.flow.QuestionFlow typedAge={started.typedAge} />;
  return (
    <div onKeyDownCapture={() => void loadFlow()} onPointerDownCapture={() => void loadFlow()}>
      <QuestionStep
        field="age"
        kind="age"
        prompt={text.questions.age}
        options={[]}
        initial=""
        progress={{ n: 1, total: askedFields.length }}
        onSubmit={(typedAge) => {
          loadFlow().then(
            (flow) => setStarted({ flow, typedAge }),
            () => setStarted(undefined),
          );
          return undefined;
        }}
        onBack={undefined}
      />
    </div>
  );
}
