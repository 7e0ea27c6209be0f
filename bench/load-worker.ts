// Worker thread of bench/pages.ts: runs one load and posts the result back.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { CONCURRENCY, load } from './load.js';

const { port, path, cookie, count, timeLimitMs } = workerData as { port: number; path: string; cookie?: string; count: number; timeLimitMs: number };
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });
const result = await load(agent, port, path, cookie, count, timeLimitMs);
agent.destroy();
parentPort!.postMessage(result);
