import { type Book, type BookImport, decodeText, importBook, type RowProblem } from '@refund-desk/core';

// The import's work, off the service worker: bytes → text (core's decodeText: UTF-8 with or without BOM, UTF-16 with
// BOM; a bad byte is named, never replaced), then core's importBook merged into the stored book. Pure but for the
// progress callback, so it runs the same in the Web Worker and in tests.
export interface FileBytes {
  name: string;
  bytes: Uint8Array;
}

export type Progress = { step: 'decode' | 'import'; done: number; total: number };

export type ImportOutcome = { ok: true; value: BookImport } | { ok: false; message: string; problems: RowProblem[] };

export function importFiles(files: FileBytes[], book: Book, progress: (p: Progress) => void = () => {}): ImportOutcome {
  const texts: { name: string; text: string }[] = [];
  const unreadable: RowProblem[] = [];
  files.forEach((file, i) => {
    const decoded = decodeText(file.bytes);
    if (decoded.ok) texts.push({ name: file.name, text: decoded.text });
    else
      unreadable.push({ file: file.name, row: 0, code: 'UNREADABLE_ROW', message: `${file.name}: ${decoded.message}` });
    progress({ step: 'decode', done: i + 1, total: files.length });
  });
  progress({ step: 'import', done: 0, total: 1 });
  const result = importBook(texts, { book });
  progress({ step: 'import', done: 1, total: 1 });
  if (!result.ok)
    return {
      ok: false,
      message: result.errors.map((e) => e.message).join('; '),
      problems: [
        ...unreadable,
        ...result.errors.map((e) => ({ file: '', row: 0, code: e.code, message: e.message }) as RowProblem),
      ],
    };
  const value = result.value;
  return {
    ok: true,
    value: {
      ...value,
      files: [
        ...value.files,
        ...unreadable.map((p) => ({ name: p.file, format: 'unknown' as const, rows: 0, used: 0, skipped: 0 })),
      ],
      problems: [...unreadable, ...value.problems],
    },
  };
}
