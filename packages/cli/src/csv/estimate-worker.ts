// A worker thread of the CSV batch: estimates the batches of rows the main thread sends, in the order they come.
import { parentPort, workerData } from 'node:worker_threads';
import { estimateRows, type RowSettings } from './estimate-rows.js';
import type { WorkerJob, WorkerReply } from './worker-pool.js';

const settings = workerData as RowSettings;
const port = parentPort;
if (port === null) throw new Error('estimate-worker must run as a worker thread');

port.on('message', (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    reply = { id: job.id, text: estimateRows(job.rows, settings, job.firstRow) };
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
