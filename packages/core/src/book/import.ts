// importBook (docs/portfolio.md, R-book). Placeholder until the readers land.
import type { Result } from '../types.js';
import type { Book, BookFile, BookImport } from './types.js';

export function importBook(_files: BookFile[], _options?: { book?: Book }): Result<BookImport> {
  return { ok: false, errors: [{ code: 'INVALID_INPUT', message: 'importBook is not built yet' }] };
}
