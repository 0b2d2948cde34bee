/**
 * Three-valued (Kleene) logic. `null` is "unknown": an unanswered question is never read as "no".
 * The same truth tables as CQL (cql-execution): false wins an `and`, true wins an `or`.
 */
export type Tri = boolean | null;

/** Logical and over any number of three-valued operands. */
export function and(...values: readonly Tri[]): Tri {
  let unknown = false;
  for (const v of values) {
    if (v === false) return false;
    if (v === null) unknown = true;
  }
  return unknown ? null : true;
}

/** Logical or over any number of three-valued operands. */
export function or(...values: readonly Tri[]): Tri {
  let unknown = false;
  for (const v of values) {
    if (v === true) return true;
    if (v === null) unknown = true;
  }
  return unknown ? null : false;
}

/** Logical not; unknown stays unknown. */
export function not(value: Tri): Tri {
  return value === null ? null : !value;
}

/** A yes/no answer as a truth value: absent is unknown. */
export function yes(value: boolean | undefined): Tri {
  return value === undefined ? null : value;
}

/** Whether an answered enum field is one of the given values; absent is unknown. */
export function isOneOf<T extends string>(value: T | undefined, options: readonly T[]): Tri {
  return value === undefined ? null : options.includes(value);
}

/** A numeric comparison on an answered field; absent is unknown. */
export function atLeast(value: number | undefined, threshold: number): Tri {
  return value === undefined ? null : value >= threshold;
}

/** A numeric comparison on an answered field; absent is unknown. */
export function below(value: number | undefined, threshold: number): Tri {
  return value === undefined ? null : value < threshold;
}
