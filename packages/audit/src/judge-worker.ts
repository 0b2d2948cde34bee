// A worker thread of the judging pool (judge-pool.ts): judges each chunk it is sent and sends back
// the judgements, in order.
import { parentPort } from 'node:worker_threads';
import { type JudgeChunk, judgeChunk } from './judge-pool.js';

const port = parentPort;
if (!port) throw new Error('judge-worker runs only as a worker thread');
port.on('message', (chunk: JudgeChunk) => port.postMessage(judgeChunk(chunk)));
