/** Each code once, in the order core found them, joined by ";" as in the refund batch's errors column. */
export function errorCodes(problems: readonly { code: string }[]): string {
  return [...new Set(problems.map((problem) => problem.code))].join(';');
}
