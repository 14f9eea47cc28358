// Everything that needs core, loaded as one chunk right after the island hydrates: the form is usable from the
// first paint, and core (with both explanation catalogs) does not weigh on the page's first load.
import { describeProblem, type Locale, type Problem, problemSentence } from '@refund-desk/core';

export { compute } from './compute.js';
export { Results } from './Results.js';
export { describeProblem };

/**
 * A problem with an input, for the person who typed it: the field by its label, what is wrong, and how to fix it.
 * Core's Korean sentence already says how; its English keeps the details ("… not "3,650.5x"") and gets the fix added.
 */
export function describeInput(problem: Problem, locale: Locale): string {
  const text = describeProblem(problem, locale);
  if (locale === 'ko') return text;
  const fix = problemSentence(problem.code, 'en', problem.field);
  return fix === problem.code || text.endsWith(fix) ? text : `${text.replace(/\.?$/, '.')} ${fix}`;
}
