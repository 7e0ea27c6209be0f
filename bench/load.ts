// HTTP over loopback for the benchmark: raw bytes as served (never decompressed while measuring),
// keep-alive. Used from a worker thread (bench/load-worker.ts), so that the load generator does not
// share an event loop with the server it measures.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export const CONCURRENCY = 4;
const REQUEST_TIMEOUT_MS = 30_000;

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  ms: number;
}

export function request(
  agent: http.Agent, port: number, path: string,
  options: { method?: string; cookie?: string; body?: string; contentType?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      'Accept-Encoding': 'gzip',
      Accept: 'text/html,*/*',
      'Accept-Language': 'en',
    };
    if (options.cookie) headers.Cookie = options.cookie;
    if (options.body !== undefined) {
      headers['Content-Type'] = options.contentType ?? 'application/x-www-form-urlencoded';
      headers['Content-Length'] = String(Buffer.byteLength(options.body));
    }
    const started = performance.now();
    const req = http.request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`timeout after ${REQUEST_TIMEOUT_MS} ms: ${path}`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

export interface LoadResult {
  latencies: number[];
  statuses: Map<number, number>;
  first: Reply | null;
  done: number;
  elapsedMs: number;
}

/** `count` requests (or until `timeLimitMs`), `concurrency` at a time, each worker one after another. */
export async function load(agent: http.Agent, port: number, path: string, cookie: string | undefined, count: number, timeLimitMs: number): Promise<LoadResult> {
  const result: LoadResult = { latencies: [], statuses: new Map(), first: null, done: 0, elapsedMs: 0 };
  const started = performance.now();
  let issued = 0;
  const worker = async () => {
    while (issued < count && performance.now() - started < timeLimitMs) {
      issued++;
      const reply = await request(agent, port, path, { cookie });
      result.first ??= reply;
      result.latencies.push(reply.ms);
      result.statuses.set(reply.status, (result.statuses.get(reply.status) ?? 0) + 1);
      result.done++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  result.elapsedMs = performance.now() - started;
  return result;
}

