// planRefunds (docs/portfolio.md, R-plan). Placeholder until it lands.
import type { Result } from '../types.js';
import type { RefundPlan } from './types.js';

export function planRefunds(_request: unknown): Result<RefundPlan> {
  return { ok: false, errors: [{ code: 'INVALID_INPUT', message: 'planRefunds is not built yet' }] };
}
