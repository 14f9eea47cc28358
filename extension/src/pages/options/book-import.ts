import type { Book } from '@refund-desk/core';
import type { ImportSummary } from '../../messages';
import type { BookStatus } from '../../shapes';
import type { ImportOutcome } from '../../workers/import-files';
import type { ImportEvent, ImportRequest } from '../../workers/protocol';
import { chunksOf } from './book-chunks';

// One import from the options page: the files go to a Web Worker (core's decodeText and importBook run there, off the
// page and off the background), the merged book comes back, and goes to the background in chunks; the background
// swaps it in with one transaction at the commit. Progress is told at every step.
export type Stage =
  | { step: 'reading' | 'importing'; done: number; total: number }
  | { step: 'sending'; done: number; total: number };

export interface ImportDeps {
  /** The stored book (background's 'book/export'). */
  stored(): Promise<Book>;
  /** Runs the worker on the files. */
  work(request: ImportRequest, onEvent: (event: ImportEvent) => void): Promise<ImportOutcome>;
  begin(importId: string): Promise<void>;
  chunk(importId: string, index: number, customers: Book['customers']): Promise<void>;
  commit(importId: string, chunks: number, summary: ImportSummary): Promise<BookStatus>;
  newId(): string;
}

export async function importBookFiles(
  files: { name: string; bytes: ArrayBuffer }[],
  deps: ImportDeps,
  onStage: (stage: Stage) => void,
): Promise<{ summary: ImportSummary; status: BookStatus } | { failed: string; problems: ImportSummary['problems'] }> {
  const book = await deps.stored();
  const outcome = await deps.work({ files, book }, (event) => {
    if (event.kind === 'progress')
      onStage({ step: event.step === 'decode' ? 'reading' : 'importing', done: event.done, total: event.total });
  });
  if (!outcome.ok) return { failed: outcome.message, problems: outcome.problems };
  const { book: merged, ...summary } = outcome.value;
  const chunks = chunksOf(merged);
  const importId = deps.newId();
  await deps.begin(importId);
  for (let i = 0; i < chunks.length; i++) {
    onStage({ step: 'sending', done: i, total: chunks.length });
    await deps.chunk(importId, i, chunks[i]!);
  }
  onStage({ step: 'sending', done: chunks.length, total: chunks.length });
  const status = await deps.commit(importId, chunks.length, summary);
  return { summary, status };
}

/** Runs a module worker (bundled by vite) for one request, passing its events on. */
export function workerRunner(start: () => Worker): ImportDeps['work'] {
  return (request, onEvent) =>
    new Promise((resolve, reject) => {
      const worker = start();
      worker.onmessage = (e: MessageEvent<ImportEvent>) => {
        onEvent(e.data);
        if (e.data.kind === 'done') {
          worker.terminate();
          resolve(e.data.outcome);
        } else if (e.data.kind === 'error') {
          worker.terminate();
          reject(new Error(e.data.message));
        }
      };
      worker.onerror = (e) => {
        worker.terminate();
        reject(new Error(e.message || 'the import worker stopped'));
      };
      // The files' bytes are moved, not copied.
      worker.postMessage(
        request,
        request.files.map((f) => f.bytes),
      );
    });
}
