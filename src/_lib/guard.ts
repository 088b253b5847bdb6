// Arguments that cannot be read: an object whose getter throws, a revoked
// proxy. A public function runs its body in `guarded`; what reading an
// argument throws becomes `invalid-argument` naming the part that cannot be
// read, and every other error passes as it is. Costs nothing until something
// throws. See CONTRIBUTING.md. Not exported from the package.

import { isFogcountError } from "../errors.js";
import { fail, show } from "./assert.js";

/** How many properties are read, at most, looking for the one that cannot be read. */
const BUDGET = 10_000;

const STOP: readonly unknown[] = [null, Object.prototype, Array.prototype, Function.prototype];

function step(path: string, key: PropertyKey): string {
  if (typeof key !== "string" || !/^[\w$]+$/.test(key)) return `${path}[${show(key)}]`;
  return /^\d/.test(key) ? `${path}[${key}]` : `${path}.${key}`;
}

/**
 * The first part of the arguments that cannot be read (whether it is an
 * array or extensible, its own keys, a property's descriptor, value or
 * presence, through its prototypes), the shallowest first, as its path and
 * what reading it threw; undefined when all of it reads. Every way a proxy
 * can be asked is asked once (`get`, `has`, `getOwnPropertyDescriptor`,
 * `ownKeys`, `isExtensible`, `getPrototypeOf`), so that a trap that throws
 * for any of them is found. A getter that threw once and reads the second time is
 * named as the first getter met (`getter`), with no proof; undefined when
 * there is none. Reads at most {@link BUDGET} properties, without recursion. @internal
 */
export function unreadable(args: Readonly<Record<string, unknown>>, getter?: string[]): [path: string, thrown: unknown] | undefined {
  const queue: [unknown, string][] = Object.keys(args).map((name) => [args[name], name]);
  const seen = new Set<unknown>();
  let budget = BUDGET;
  for (let n = 0; n < queue.length && budget > 0; n++) {
    const [value, path] = queue[n] as [unknown, string];
    if ((typeof value !== "object" && typeof value !== "function") || value === null || seen.has(value)) continue;
    seen.add(value);
    let at = path;
    try {
      Array.isArray(value);
      Reflect.isExtensible(value);
      for (let o: object | null = value; !STOP.includes(o); o = Reflect.getPrototypeOf(o as object)) {
        at = path;
        const keys = Reflect.ownKeys(o as object);
        // `in` asks a proxy's has trap, also for a name it does not hold ("derivation" in an estimate)
        Reflect.has(o as object, keys[0] ?? "kind");
        for (const key of keys) {
          if (--budget < 0) break;
          at = step(path, key);
          if (Reflect.getOwnPropertyDescriptor(o as object, key)?.get !== undefined && getter?.length === 0) getter.push(at);
          Reflect.has(o as object, key);
          queue.push([Reflect.get(o as object, key, value), at]);
        }
        at = path;
      }
    } catch (thrown) {
      return [at, thrown];
    }
  }
  return undefined;
}

/**
 * `body()`, with what reading the arguments throws (a getter that throws, a
 * revoked proxy) turned into `invalid-argument` naming the function, the
 * path of the part that cannot be read and what it threw:
 * `claim: init.id cannot be read (a getter or proxy threw), got "Error: boom"`.
 * A `FogcountError`, and any error while every argument reads, is thrown as it is. @internal
 */
export function guarded<R>(where: string, args: Readonly<Record<string, unknown>>, body: () => R): R {
  try {
    return body();
  } catch (error) {
    return rethrow(where, args, error);
  }
}

/**
 * What {@link guarded} does with an error, for a function that catches it
 * itself (`try { … } catch (error) { rethrow("f", { a, b }, error); }`), so
 * that nothing is allocated on the way when nothing goes wrong. @internal
 */
export function rethrow(where: string, args: Readonly<Record<string, unknown>>, error: unknown): never {
  let ours = false;
  try {
    ours = isFogcountError(error);
  } catch {
    // a revoked proxy thrown as the error is not one of ours
  }
  const getter: string[] = [];
  const found = ours ? undefined : unreadable(args, getter);
  // a getter that threw, then read when asked again: the error came from reading the arguments
  if (found === undefined && getter[0] === undefined) throw error;
  const [path, cause] = found ?? [getter[0] as string, error];
  return fail(where, path, found === undefined ? "is a getter, and reading the arguments threw (a getter that throws only at times cannot be read as data)" : "cannot be read (a getter or proxy threw)", thrownText(cause));
}

function thrownText(cause: unknown): string {
  try {
    return String(cause);
  } catch {
    return show(cause);
  }
}

/**
 * Throws `invalid-argument` naming the first part of the arguments that cannot be read (see
 * {@link unreadable}) and what reading it threw; returns when all of them read. For a check that
 * has found an argument wrong, so that a period whose `year` getter throws is not called a
 * period of the wrong kind. @internal
 */
export function assertReadable(where: string, args: Readonly<Record<string, unknown>>): void {
  const found = unreadable(args);
  if (found !== undefined) fail(where, found[0], "cannot be read (a getter or proxy threw)", thrownText(found[1]));
}
