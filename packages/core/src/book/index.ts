// The partner's book (docs/portfolio.md): import, value, plan. Pure: text in, data out.
export { notHeldProblem } from './held.js';
export { importBook } from './import.js';
export { neededFacts } from './import-needs.js';
export { planRefunds } from './plan.js';
export { planCsvColumns, planCsvNumbers, planCsvRows } from './plan-csv.js';
export { type SameDayRefunds, sameDayRefunds } from './plan-days.js';
export * from './types.js';
export { valueBook } from './value.js';
