import type { Book } from '@refund-desk/core';
import type { ImportOutcome, Progress } from './import-files';

// Between the options page and its import worker.
export interface ImportRequest {
  files: { name: string; bytes: ArrayBuffer }[];
  book: Book;
}
export type ImportEvent =
  | ({ kind: 'progress' } & Progress)
  | { kind: 'done'; outcome: ImportOutcome }
  | { kind: 'error'; message: string };
