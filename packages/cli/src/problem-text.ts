import type { Problem } from '@refund-desk/core';

/** One line for a problem that always names its field; core's message often names it already. */
export function describeProblem(problem: Problem): string {
  const { field, message, code } = problem;
  const where = field && !message.includes(field) ? `${field}: ` : '';
  return `${where}${message} (${code})`;
}
