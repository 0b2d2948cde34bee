import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type Judgement, judgeStudy } from './judge.js';
import { groupRecords, patientIdOf } from './records.js';

/** A study to judge: the id of its patient and its day (YYYY-MM-DD). */
export interface StudyToJudge {
  readonly patient: string;
  readonly day: string;
}

/** Some patients' resources (JSON text, in file and line order) and their studies. */
export interface JudgeChunk {
  readonly lines: readonly string[];
  readonly studies: readonly StudyToJudge[];
}

/**
 * Judge a chunk: parse its resources, group them into records, judge each study from its patient's
 * record as of its day. The same in the main thread and in a worker.
 */
export function judgeChunk(chunk: JudgeChunk): Judgement[] {
  const records = groupRecords(
    chunk.lines.map((line) => JSON.parse(line)),
    patientIdOf,
  );
  return chunk.studies.map((study) => judgeStudy(records.get(study.patient) ?? {}, study.day));
}

/** How to spread the judging over threads. */
export interface JudgeOptions {
  /**
   * Threads to use, the main one included. Default: the machine's available parallelism, or only the
   * main thread when the machine is already busy (load average at or above the number of cores): then
   * a worker gets no core of its own and its start-up is pure cost (measured on a shared 2-core machine).
   */
  readonly threads?: number | undefined;
  /**
   * Fewer studies than this per extra thread are judged in the main thread alone (default 4000): a
   * worker first spends about 0.2 s of CPU loading the engine and then judges slowly until its code
   * is optimised, which only pays off over a few thousand studies.
   */
  readonly minStudiesPerThread?: number | undefined;
  /** Told each time studies have been judged: done of total. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Patients per chunk: small enough to share the work evenly, large enough to keep messages few. */
const patientsPerChunk = 64;

/**
 * Judge `studies` (in the order given) from their patients' resources. `resources` holds each
 * patient's resources as JSON text in file and line order, keyed by the patient's id. Each patient's
 * studies are judged independently of every other patient's, so the work is split into chunks of
 * patients shared between the main thread and worker threads: the result is the same on any number
 * of threads.
 */
export async function judgeStudies(
  resources: ReadonlyMap<string, readonly string[]>,
  studies: readonly StudyToJudge[],
  options: JudgeOptions = {},
): Promise<Judgement[]> {
  const cores = availableParallelism();
  const threads = Math.max(1, Math.floor(options.threads ?? ((loadavg()[0] ?? 0) < cores ? cores : 1)));
  const minPerThread = options.minStudiesPerThread ?? 4000;
  const workers = Math.min(threads - 1, Math.floor(studies.length / minPerThread));

  // Chunks of patients, each with the positions of its studies in `studies`.
  const positions = new Map<string, number[]>();
  studies.forEach((study, index) => {
    const list = positions.get(study.patient) ?? [];
    positions.set(study.patient, list);
    list.push(index);
  });
  const patients = [...positions.keys()];
  const chunks: { chunk: JudgeChunk; positions: number[] }[] = [];
  for (let start = 0; start < patients.length; start += patientsPerChunk) {
    const ids = patients.slice(start, start + patientsPerChunk);
    const at = ids.flatMap((id) => positions.get(id) ?? []);
    chunks.push({
      chunk: {
        lines: ids.flatMap((id) => resources.get(id) ?? []),
        studies: at.map((i) => studies[i] as StudyToJudge),
      },
      positions: at,
    });
  }

  const judgements: Judgement[] = new Array(studies.length);
  let done = 0;
  const store = (index: number, results: readonly Judgement[]) => {
    const { positions: at } = chunks[index] as { positions: number[] };
    results.forEach((judgement, i) => {
      judgements[at[i] as number] = judgement;
    });
    done += results.length;
    options.onProgress?.(done, studies.length);
  };

  let next = 0;
  const take = () => (next < chunks.length ? next++ : undefined);
  if (workers <= 0) {
    for (let index = take(); index !== undefined; index = take())
      store(index, judgeChunk(chunks[index]?.chunk as JudgeChunk));
    return judgements;
  }

  const pool = Array.from({ length: workers }, () => startWorker());
  try {
    // Each worker takes the next chunk when it is free; the main thread takes one between messages.
    const working = pool.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const give = () => {
            const index = take();
            if (index === undefined) return resolve();
            worker.once('message', (results: Judgement[]) => {
              store(index, results);
              give();
            });
            worker.postMessage(chunks[index]?.chunk);
          };
          worker.once('error', reject);
          give();
        }),
    );
    for (let index = take(); index !== undefined; index = take()) {
      store(index, judgeChunk(chunks[index]?.chunk as JudgeChunk));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(working);
    return judgements;
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}

/**
 * A worker running `judge-worker`: the compiled `.js` beside this module, or, when this module is
 * run from its TypeScript source (tests, benchmarks), the `.ts` source imported through tsx.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./judge-worker.js', import.meta.url));
  const source = JSON.stringify(new URL('./judge-worker.ts', import.meta.url).href);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${tsx}).then(({ tsImport }) => tsImport(${source}, ${JSON.stringify(import.meta.url)}))`, {
    eval: true,
  });
}
