import { importFiles } from './import-files';
import type { ImportEvent, ImportRequest } from './protocol';

// A module Web Worker started by the options page: a large import never blocks the page nor the background, which
// keeps answering the panels while this runs.
const post = (event: ImportEvent) => (self as unknown as { postMessage(e: ImportEvent): void }).postMessage(event);

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  try {
    const { files, book } = event.data;
    const outcome = importFiles(
      files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })),
      book,
      (p) => post({ kind: 'progress', ...p }),
    );
    post({ kind: 'done', outcome });
  } catch (error) {
    post({ kind: 'error', message: (error as Error).message });
  }
});
