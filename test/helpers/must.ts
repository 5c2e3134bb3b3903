/**
 * Lookups that fail the test with a message naming what was missing, instead of a later
 * "cannot read properties of undefined" (or a `!` that hides it from the compiler).
 */

/** `value`, or a failure naming `what` when it is undefined or null. */
export function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`no ${what}`);
  return value;
}

/** Item `i` of `list` (negative counts from the end), or a failure naming the list's length. */
export function nth<T>(list: ArrayLike<T>, i: number, what = 'item'): T {
  const value = i < 0 ? list[list.length + i] : list[i];
  if (value === undefined) throw new Error(`no ${what} ${i} (of ${list.length})`);
  return value;
}
