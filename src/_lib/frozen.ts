// Deep, frozen copies of data handed in, so that editing it afterwards changes
// nothing the library keeps. Not exported from the package.

/** How many objects a copy remembers in {@link SMALL} before it starts again with a `Map`. */
const SMALL_SIZE = 32;

/**
 * The objects copied so far by the copy in progress, and their copies, in
 * pairs: a value holds few objects (a claim about six), and a short list is
 * searched faster than a `Map` is made. Used by one copy at a time.
 */
const SMALL: unknown[] = [];
let busy = false;

/** A copy gave up on its short list: too many objects. */
const TOO_MANY = Symbol("too many objects");

/**
 * A deep copy of `value`: every plain object and array in it copied and
 * frozen, anything else (a function, a Date, a class instance) kept as it is.
 * Parts shared in `value` are shared in the copy, and cycles stay cycles. @internal
 */
export function frozenCopy<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  // A getter read while copying may copy something itself: that copy keeps its own Map.
  if (!busy) {
    busy = true;
    try {
      const copy = copyOf(value, smallMemo);
      if (copy !== TOO_MANY) return copy as T;
    } finally {
      SMALL.length = 0;
      busy = false;
    }
  }
  const seen = new Map<object, unknown>();
  return copyOf(value, (object, copy) => (copy === undefined ? seen.get(object) : seen.set(object, copy))) as T;
}

/** Looks `object` up (`copy` undefined), or remembers its copy; `TOO_MANY` once the list is full. */
type Memo = (object: object, copy?: unknown) => unknown;

function smallMemo(object: object, copy?: unknown): unknown {
  if (copy === undefined) {
    for (let k = 0; k < SMALL.length; k += 2) if (SMALL[k] === object) return SMALL[k + 1];
    return undefined;
  }
  if (SMALL.length >= 2 * SMALL_SIZE) return TOO_MANY;
  SMALL.push(object, copy);
  return copy;
}

function copyOf(value: unknown, memo: Memo): unknown {
  if (typeof value !== "object" || value === null) return value;
  const done = memo(value);
  if (done !== undefined) return done;
  const list = Array.isArray(value);
  const proto: unknown = Object.getPrototypeOf(value);
  if (!list && proto !== Object.prototype && proto !== null) return value;
  const copy = (list ? new Array<unknown>((value as unknown[]).length) : proto === null ? Object.create(null) : {}) as Record<string, unknown>;
  if (memo(value, copy) === TOO_MANY) return TOO_MANY;
  const keys = Object.keys(value);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    const item = copyOf((value as Record<string, unknown>)[key], memo);
    if (item === TOO_MANY) return TOO_MANY;
    // an own "__proto__" key (JSON.parse makes them) stays a key: assigning it would set the prototype
    if (key === "__proto__") Object.defineProperty(copy, key, { value: item, enumerable: true });
    else copy[key] = item;
  }
  return Object.freeze(copy);
}
