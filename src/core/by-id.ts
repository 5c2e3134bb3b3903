/**
 * Records keyed by the server's ids (answers, practice choices) have no prototype, so an id
 * `constructor`, `toString`, `hasOwnProperty` or `__proto__` is an ordinary key: on a plain
 * object `answers['constructor']` is a function and `answers['__proto__']` the prototype
 * (#13 F2). `byId(a, b)` copies `a` then `b` into a new one; Object.assign onto a
 * null-prototype target defines `__proto__` as an own key. Spreading (`{ ...a }`) or a copy
 * read back from storage gives a plain object again, so both go through here.
 */
export const byId = <T>(...from: (Readonly<Record<string, T>> | undefined)[]): Record<string, T> =>
  Object.assign(Object.create(null) as object, ...from) as Record<string, T>;
