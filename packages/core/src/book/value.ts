// valueBook (docs/portfolio.md, R-advise). Placeholder until it lands.
import type { Result } from '../types.js';
import type { BookValue } from './types.js';

export function valueBook(_request: unknown): Result<BookValue> {
  return { ok: false, errors: [{ code: 'INVALID_INPUT', message: 'valueBook is not built yet' }] };
}
