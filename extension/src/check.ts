// A small validator kit for untrusted JSON (messages, imports): every problem is collected with its field path.
export type Issue = { field: string; message: string };
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };
export type Check<T> = (input: unknown, field: string, issues: Issue[]) => T;

export const str =
  (max = 200, pattern?: RegExp, what = 'text'): Check<string> =>
  (v, field, issues) => {
    if (typeof v !== 'string') issues.push({ field, message: `must be ${what}` });
    else if (v.length > max) issues.push({ field, message: `must be at most ${max} characters` });
    else if (pattern && !pattern.test(v)) issues.push({ field, message: `must be ${what}` });
    return v as string;
  };

export const bool: Check<boolean> = (v, field, issues) => {
  if (typeof v !== 'boolean') issues.push({ field, message: 'must be true or false' });
  return v as boolean;
};

export const oneOf =
  <T extends string>(...allowed: T[]): Check<T> =>
  (v, field, issues) => {
    if (!allowed.includes(v as T)) issues.push({ field, message: `must be one of ${allowed.join(', ')}` });
    return v as T;
  };

export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v, field, issues) =>
    v === undefined ? undefined : check(v, field, issues);

export const list =
  <T>(check: Check<T>, max = 100_000): Check<T[]> =>
  (v, field, issues) => {
    if (!Array.isArray(v)) {
      issues.push({ field, message: 'must be a list' });
      return [];
    }
    if (v.length > max) issues.push({ field, message: `must have at most ${max} items` });
    return v.map((item, i) => check(item, `${field}[${i}]`, issues));
  };

type Shape = Record<string, Check<unknown>>;
type Val<C> = C extends Check<infer T> ? T : never;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Val<S[K]> ? K : never }[keyof S];
type Out<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: Val<S[K]> } & {
  [K in OptionalKeys<S>]?: Exclude<Val<S[K]>, undefined>;
};

/** An object with exactly these keys (unknown keys are refused: a message is never a bag of extras). */
export const obj =
  <S extends Shape>(shape: S): Check<Out<S>> =>
  (v, field, issues) => {
    const at = (key: string) => (field ? `${field}.${key}` : key);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      issues.push({ field: field || '(message)', message: 'must be an object' });
      return {} as Out<S>;
    }
    const record = v as Record<string, unknown>;
    for (const key of Object.keys(record))
      if (!(key in shape)) issues.push({ field: at(key), message: 'is not expected' });
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const value = check(record[key], at(key), issues);
      if (value !== undefined) out[key] = value;
    }
    return out as Out<S>;
  };

export function run<T>(check: Check<T>, input: unknown): Checked<T> {
  const issues: Issue[] = [];
  const value = check(input, '', issues);
  return issues.length ? { ok: false, issues } : { ok: true, value };
}

/** Any JSON number in [min, max] that is a whole number. */
export const int =
  (min = 0, max = Number.MAX_SAFE_INTEGER): Check<number> =>
  (v, field, issues) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
      issues.push({ field, message: `must be a whole number from ${min} to ${max}` });
    return v as number;
  };

/** A plain object whose contents core checks later (book records read back from a file). */
export const anyObject: Check<Record<string, unknown>> = (v, field, issues) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) issues.push({ field, message: 'must be an object' });
  return v as Record<string, unknown>;
};

/** An object with string keys and string values (origins, typed facts). */
export const stringMap =
  (maxValue = 500, keys?: readonly string[]): Check<Record<string, string>> =>
  (v, field, issues) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      issues.push({ field, message: 'must be an object' });
      return {};
    }
    for (const [key, value] of Object.entries(v)) {
      if (keys && !keys.includes(key)) issues.push({ field: `${field}.${key}`, message: 'is not expected' });
      else if (typeof value !== 'string' || value.length > maxValue)
        issues.push({ field: `${field}.${key}`, message: `must be text of at most ${maxValue} characters` });
    }
    return v as Record<string, string>;
  };
