// The exported tables, frozen all the way down when they are defined: they are the definitions
// the library validates and computes with, so a write anywhere in a process must not change
// them. Not exported from the package.

/** `value` with every object and array in it frozen, returned as it is. @internal */
export function table<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const part of Object.values(value)) table(part);
    Object.freeze(value);
  }
  return value;
}
