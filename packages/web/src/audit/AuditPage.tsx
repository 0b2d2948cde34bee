import type { AuditResult } from '@spine-advisor/audit/browser';
import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import type { Text } from '../text/en.js';
import { useText } from '../text/i18n.js';
import { AuditResultView } from './AuditResultView.js';
import { type Issue, type Problem, readAuditResult } from './read-result.js';
import './audit.css';

/** The most problems listed for one file; the rest are counted. */
const shownIssues = 8;

type State =
  | { readonly kind: 'empty' }
  | { readonly kind: 'reading'; readonly file: string }
  | { readonly kind: 'error'; readonly file: string; readonly problem: Problem }
  | { readonly kind: 'shown'; readonly file: string; readonly result: AuditResult };

/**
 * Opens the result file of a population audit (`spine-advisor audit --json`) from this device, by
 * the file input or by dropping it on the box, and shows its figures. The file is read by the
 * browser (`File.text()`); nothing is uploaded.
 */
export function AuditPage() {
  const text = useText();
  const t = text.audit;
  const [state, setState] = useState<State>({ kind: 'empty' });
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const outcome = useRef<HTMLHeadingElement>(null);
  /** The file chosen last: a file chosen earlier that takes longer to read must not replace it. */
  const latest = useRef<File | null>(null);

  const open = async (file: File) => {
    latest.current = file;
    setState({ kind: 'reading', file: file.name });
    const read = readAuditResult(await file.text());
    if (latest.current !== file) return;
    setState(
      read.ok
        ? { kind: 'shown', file: file.name, result: read.result }
        : { kind: 'error', file: file.name, problem: read.problem },
    );
  };

  // Once the result or the problem is on the page (after React has drawn it), move there, so that a
  // keyboard or screen reader user lands on what the file gave.
  useEffect(() => {
    if (state.kind === 'shown' || state.kind === 'error') outcome.current?.focus();
  }, [state]);

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void open(file);
  };

  return (
    <section className="audit">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <p className="private">{t.private}</p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is an extra for mouse users; the file input inside is the way for everyone. */}
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label htmlFor={inputId}>{t.fileLabel}</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={hintId}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Emptied so that choosing the same file again (after fixing it) reads it again.
            e.target.value = '';
            if (file) void open(file);
          }}
        />
        <p className="hint" id={hintId}>
          {t.drop}
        </p>
      </div>
      <p role="status" className="muted">
        {state.kind === 'reading'
          ? t.reading
          : state.kind === 'shown'
            ? t.shown(state.file, state.result.measurementYear)
            : ''}
      </p>
      {state.kind === 'error' && (
        <div className="problem" role="alert">
          <h2 tabIndex={-1} ref={outcome}>
            {t.error.title}
          </h2>
          <ProblemText file={state.file} problem={state.problem} text={text} />
        </div>
      )}
      {state.kind === 'shown' && <AuditResultView result={state.result} heading={outcome} />}
    </section>
  );
}

function ProblemText({ file, problem, text }: { file: string; problem: Problem; text: Text }) {
  const t = text.audit.error;
  switch (problem.kind) {
    case 'not-json':
      return <p className="error">{t.notJson(file)}</p>;
    case 'not-result':
      return <p className="error">{t.notResult(file)}</p>;
    case 'version':
      return <p className="error">{t.version(file, problem.version)}</p>;
    case 'invalid':
      return (
        <>
          <p className="error">{t.invalid(file)}</p>
          <ul>
            {problem.issues.slice(0, shownIssues).map((issue) => (
              <li key={`${issue.path}-${issue.kind}`}>{issueText(issue, text)}</li>
            ))}
          </ul>
          {problem.issues.length > shownIssues && <p>{t.more(problem.issues.length - shownIssues)}</p>}
        </>
      );
  }
}

/** One bad field in words; the path is written as in the file (`strata[0].rate`). */
function issueText(issue: Issue, text: Text): string {
  const t = text.audit.error;
  const path = issue.path === '' ? t.whole : issue.path;
  switch (issue.kind) {
    case 'missing':
      return t.missing(path);
    case 'type':
      return t.wrongType(path, t.types[issue.expected]);
    case 'value':
      return t.notAllowed(path);
  }
}
