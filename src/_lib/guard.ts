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
  if (typeof key === "string" && /^(0|[1-9]\d*)$/.test(key)) return `${path}[${key}]`;
  if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) return `${path}.${key}`;
  return `${path}[${show(key)}]`;
}

/**
 * The first part of the arguments that cannot be read (its own keys, a
 * property, through its prototypes, whether it is an array), as its path
 * and what reading it threw; undefined when all of it reads. @internal
 */
export function unreadable(args: Readonly<Record<string, unknown>>): [path: string, thrown: unknown] | undefined {
  const stack: [unknown, string][] = Object.keys(args).map((name) => [args[name], name]);
  stack.reverse();
  const seen = new Set<unknown>();
  let budget = BUDGET;
  while (stack.length > 0 && budget > 0) {
    const [value, path] = stack.pop() as [unknown, string];
    if ((typeof value !== "object" && typeof value !== "function") || value === null || seen.has(value)) continue;
    seen.add(value);
    const children: [unknown, string][] = [];
    let at = path;
    try {
      Array.isArray(value);
      for (let o: object | null = value; !STOP.includes(o); o = Reflect.getPrototypeOf(o as object)) {
        at = path;
        for (const key of Reflect.ownKeys(o as object)) {
          if (--budget < 0) break;
          at = step(path, key);
          children.push([Reflect.get(o as object, key, value), at]);
        }
        at = path;
      }
    } catch (thrown) {
      return [at, thrown];
    }
    stack.push(...children.reverse());
  }
  return undefined;
}

function described(thrown: unknown): string {
  try {
    return String(thrown);
  } catch {
    return show(thrown);
  }
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
    let ours = false;
    try {
      ours = isFogcountError(error);
    } catch {
      // a revoked proxy thrown as the error is not one of ours
    }
    const found = ours ? undefined : unreadable(args);
    if (found === undefined) throw error;
    return fail(where, found[0], "cannot be read (a getter or proxy threw)", described(found[1]));
  }
}
