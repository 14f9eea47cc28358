// The page's module worker: core's importBook, valueBook and planRefunds run here, off the page's main thread, so a
// book of 10,000 reservations keeps the page responsive. Started only when files are given; it makes no request.
import type { FromWorker, Stage, ToWorker } from './protocol.js';
import { PortfolioSession } from './session.js';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;
const session = new PortfolioSession();

/** Progress at most every 100 ms, and always when a stage starts or ends: enough to move a bar, not to flood it. */
function progressFor(id: number) {
  let last = 0;
  let lastStage: Stage | undefined;
  return (stage: Stage, done: number, total: number) => {
    const now = performance.now();
    if (stage === lastStage && done !== total && now - last < 100) return;
    last = now;
    lastStage = stage;
    scope.postMessage({ kind: 'progress', id, stage, done, total });
  };
}

scope.onmessage = ({ data: message }) => {
  const { id } = message;
  try {
    switch (message.kind) {
      case 'import': {
        const files = message.files.map((file) => ({ name: file.name, bytes: new Uint8Array(file.bytes) }));
        const overview = session.addFiles(files, message.date, message.locale, progressFor(id));
        scope.postMessage({ kind: 'overview', id, overview });
        break;
      }
      case 'fill':
        scope.postMessage({ kind: 'overview', id, overview: session.fill(message.facts, progressFor(id)) });
        break;
      case 'date':
        scope.postMessage({ kind: 'overview', id, overview: session.setDate(message.date, progressFor(id)) });
        break;
      case 'customer':
        scope.postMessage({ kind: 'customer', id, detail: session.customer(message.tenantId) });
        break;
      case 'rows': {
        const { tenantId, from, count } = message;
        if (message.list === 'unplaced') {
          const rows = session.unplaced(tenantId, from, count);
          scope.postMessage({ kind: 'rows', id, tenantId, list: 'unplaced', from, rows });
        } else {
          const rows = session.rows(tenantId, from, count);
          scope.postMessage({ kind: 'rows', id, tenantId, list: 'reservations', from, rows });
        }
        break;
      }
      case 'problems': {
        const { file, from, count } = message;
        scope.postMessage({ kind: 'problems', id, file, from, items: session.problemsOf(file, from, count) });
        break;
      }
      case 'needs':
        scope.postMessage({ kind: 'needs', id, from: message.from, needs: session.needs(message.from, message.count) });
        break;
      case 'export': {
        const file = message.what === 'plan-csv' ? session.exportPlanCsv() : session.exportBookJson();
        scope.postMessage({ kind: 'export', id, ...file });
        break;
      }
    }
  } catch (error) {
    // Core never throws on bad input; this is a fault of the page, said as it is.
    scope.postMessage({ kind: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
};
