import { describeProblem as describeInWords, type Problem } from '@refund-desk/core';

/** One line for a problem: core's sentence naming the field in words, then the code a script can grep for. */
export function describeProblem(problem: Problem): string {
  return `${describeInWords(problem, 'en')} (${problem.code})`;
}
