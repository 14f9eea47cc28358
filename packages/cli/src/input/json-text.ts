/** Deeper than any request, ledger, book or plan file (about 6 levels); deep enough input is an attack or a mistake. */
export const maxJsonDepth = 100;

/**
 * True when arrays and objects nest deeper than `limit`. Walks with its own stack: the point is to refuse input that
 * would overflow the call stack of recursive code further on (structured clone to worker threads, deep freezing).
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
