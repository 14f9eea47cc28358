// Templates of the page's words filled in ("{done} of {total}"), shared by the worker and the page's script; kept
// apart from strings.ts so the page's script never pulls the word tables (or core) in with them.
import type { Stage } from './protocol.js';
import type { PageWords } from './strings.js';

/** "{n} of {total}" → filled; a name not given stays as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** "Valuing reservations: customer 3 of 1000": the step being worked on, counted from 1. */
export function progressText(t: PageWords, stage: Stage, done: number, total: number): string {
  return fill(t.progress[stage], { done: Math.min(done + (stage === 'read' ? 0 : 1), total), total });
}
