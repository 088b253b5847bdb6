// Deep, frozen copies of data handed in, so that editing it afterwards changes
// nothing the library keeps. A part that is already deeply frozen cannot be
// edited, and is kept as it is. Not exported from the package.

/** How many objects a copy remembers in {@link SMALL} before it starts again with a `Map`. */
const SMALL_SIZE = 32;

/** How many objects {@link deeplyFrozen} looks at before it gives up (and the value is copied). */
const VERIFY_BUDGET = 64;

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
 * Copies of parts shared by many values (a source that a million claims name), kept by the
 * caller across the values of one call, so that each shared part is copied once. @internal
 */
export type SharedCopies = Map<object, unknown>;

/**
 * A deep copy of `value`: every plain object and array in it copied and
 * frozen, anything else (a function, a Date, a class instance) kept as it is.
 * Parts shared in `value` are shared in the copy, and cycles stay cycles.
 *
 * A part that is already deeply frozen (frozen, holding only enumerable data
 * properties, and its plain parts the same, all the way down) is kept as it
 * is, not copied: nothing can edit it. `value` itself is returned when it is.
 *
 * With `shared`, the copies of the objects two or more levels down in
 * `value` (a claim's sources, relay steps, publications) are remembered in
 * it, and an object met again in another value of the same call is given
 * the copy already made. @internal
 */
export function frozenCopy<T>(value: T, shared?: SharedCopies): T {
  if (typeof value !== "object" || value === null) return value;
  // A getter read while copying may copy something itself: that copy keeps its own Map.
  if (!busy) {
    busy = true;
    try {
      const copy = copyOf(value, smallMemo, 0, shared);
      if (copy !== TOO_MANY) return copy as T;
    } finally {
      SMALL.length = 0;
      busy = false;
    }
  }
  const seen = new Map<object, unknown>();
  return copyOf(value, (object, copy) => (copy === undefined ? seen.get(object) : seen.set(object, copy)), 0, shared) as T;
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

/** Whether `value` is an array or an object whose prototype is `Object.prototype` or null: the data a copy copies. */
function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function copyOf(value: unknown, memo: Memo, depth: number, shared: SharedCopies | undefined): unknown {
  if (typeof value !== "object" || value === null) return value;
  const done = memo(value);
  if (done !== undefined) return done;
  if (!isPlain(value) || (Object.isFrozen(value) && deeplyFrozen(value))) return value;
  const remembered = depth >= 2 ? shared?.get(value) : undefined;
  if (remembered !== undefined) return remembered;
  const copy = shallowCopy(value);
  if (memo(value, copy) === TOO_MANY) return TOO_MANY;
  const keys = Object.keys(copy);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    const item = copy[key];
    if (typeof item !== "object" || item === null) continue;
    const itemCopy = copyOf(item, memo, depth + 1, shared);
    if (itemCopy === TOO_MANY) return TOO_MANY;
    if (itemCopy !== item) copy[key] = itemCopy;
  }
  if (depth >= 2) shared?.set(value, copy);
  return Object.freeze(copy);
}

/**
 * A copy of `value`'s own enumerable string-keyed properties: a plain array
 * for an array (holes stay holes), else an object of the same prototype
 * (`Object.prototype` or null). A spread copies them at once and sizes the copy as the value is laid out;
 * symbol-keyed properties, which it copies too, are dropped.
 */
function shallowCopy(value: object): Record<string, unknown> {
  if (Array.isArray(value)) {
    const list = new Array<unknown>(value.length) as unknown as Record<string, unknown>;
    const keys = Object.keys(value);
    for (let k = 0; k < keys.length; k++) list[keys[k] as string] = (value as unknown as Record<string, unknown>)[keys[k] as string];
    return list;
  }
  const copy = (Object.getPrototypeOf(value) === null ? Object.assign(Object.create(null), value) : { ...value }) as Record<string | symbol, unknown>;
  const symbols = Object.getOwnPropertySymbols(copy);
  for (let k = 0; k < symbols.length; k++) delete copy[symbols[k] as symbol];
  return copy;
}

/**
 * Whether a frozen, plain `value` is deeply frozen, as a copy would leave it:
 * each of its own properties an enumerable data property (an array's length
 * aside), each plain object or array in them frozen in turn. A getter could
 * answer differently later, and a property a copy would drop could be read,
 * so either makes the value one to copy; so does a value of more than
 * {@link VERIFY_BUDGET} objects, which is cheaper to copy than to search for
 * the parts already seen.
 */
function deeplyFrozen(value: object): boolean {
  const stack: object[] = [value];
  const seen: object[] = [value];
  while (stack.length > 0) {
    const at = stack.pop() as object;
    const list = Array.isArray(at);
    const names = Object.getOwnPropertyNames(at);
    for (let k = 0; k < names.length; k++) {
      const name = names[k] as string;
      const d = Object.getOwnPropertyDescriptor(at, name) as PropertyDescriptor;
      if (!("value" in d) || (!d.enumerable && !(list && name === "length"))) return false;
      const v: unknown = d.value;
      if (typeof v !== "object" || v === null || !isPlain(v) || seen.includes(v)) continue;
      if (!Object.isFrozen(v) || seen.length >= VERIFY_BUDGET) return false;
      seen.push(v);
      stack.push(v);
    }
  }
  return true;
}
