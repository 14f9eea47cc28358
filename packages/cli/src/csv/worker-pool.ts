import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type BatchRow, estimateRows, type RowSettings } from './estimate-rows.js';

export interface WorkerJob {
  id: number;
  rows: BatchRow[];
  firstRow: number;
}
export type WorkerReply = { id: number; text: string } | { id: number; error: string };

/** Turns batches of rows into output text; the answers come back in the order the batches were given. */
export interface Estimator {
  estimate(rows: BatchRow[], firstRow: number): Promise<string>;
  close(): Promise<void>;
}

/** Estimates on the calling thread: for small files, where starting threads costs more than it saves. */
export function inlineEstimator(settings: RowSettings): Estimator {
  return {
    estimate: async (rows, firstRow) => estimateRows(rows, settings, firstRow),
    close: async () => {},
  };
}

const workerFile = new URL('./estimate-worker.js', import.meta.url);

/**
 * One worker thread per core, so a large batch uses the whole machine while the main thread reads and writes.
 * Falls back to the calling thread on one core, or when run from sources (tests) where no compiled worker exists.
 */
export function parallelEstimator(settings: RowSettings): Estimator {
  const size = threadCount();
  if (size < 2 || !existsSync(fileURLToPath(workerFile))) return inlineEstimator(settings);
  return new WorkerPool(size, settings);
}

/** One per core (at most 8); REFUND_DESK_THREADS=N overrides it, 1 keeps everything on the main thread. */
function threadCount(): number {
  const requested = Number.parseInt(process.env.REFUND_DESK_THREADS ?? '', 10);
  return Number.isInteger(requested) && requested > 0 ? Math.min(requested, 64) : Math.min(availableParallelism(), 8);
}

class WorkerPool implements Estimator {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(size: number, settings: RowSettings) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerFile, { workerData: settings });
      worker.on('message', (reply: WorkerReply) => this.settle(reply));
      worker.on('error', (error) => this.failAll(error));
      worker.on('exit', (code) => {
        if (this.waiting.size > 0) this.failAll(new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.workers.push(worker);
    }
  }

  estimate(rows: BatchRow[], firstRow: number): Promise<string> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const promise = new Promise<string>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    // The caller awaits answers in order, later; until then a failure must not count as unhandled.
    promise.catch(() => {});
    const job: WorkerJob = { id, rows, firstRow };
    this.workers[id % this.workers.length]?.postMessage(job);
    return promise;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private settle(reply: WorkerReply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    if ('error' in reply) waiter.reject(new Error(reply.error));
    else waiter.resolve(reply.text);
  }

  private failAll(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
