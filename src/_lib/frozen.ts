// Deep, frozen copies of data handed in, so that editing it afterwards changes
// nothing the library keeps. Not exported from the package.

/**
 * A deep copy of `value`: every plain object and array in it copied and
 * frozen, anything else (a function, a Date, a class instance) kept as it is.
 * Parts shared in `value` are shared in the copy, and cycles stay cycles. @internal
 */
export function frozenCopy<T>(value: T, seen?: Map<object, unknown>): T {
  if (typeof value !== "object" || value === null) return value;
  const done = seen?.get(value);
  if (done !== undefined) return done as T;
  const list = Array.isArray(value);
  const proto: unknown = Object.getPrototypeOf(value);
  if (!list && proto !== Object.prototype && proto !== null) return value;
  const copy = (list ? new Array<unknown>((value as unknown[]).length) : Object.create(proto as object | null)) as Record<string, unknown>;
  (seen ??= new Map()).set(value, copy);
  for (const key of Object.keys(value)) {
    const item = frozenCopy((value as Record<string, unknown>)[key], seen);
    // an own "__proto__" key (JSON.parse makes them) stays a key: assigning it would set the prototype
    if (key === "__proto__") Object.defineProperty(copy, key, { value: item, enumerable: true });
    else copy[key] = item;
  }
  return Object.freeze(copy) as T;
}
