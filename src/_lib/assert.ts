// The one way public functions check their arguments before they compute:
// assert, then normalise, then operate. Small on purpose: every function of
// the main entry pulls it in. See CONTRIBUTING.md. Not exported from the package.

import { FogcountError } from "../errors.js";
import type { FogcountErrorCode } from "../errors.js";
import { isBlank, isIdText } from "./blank.js";
import { escaped } from "./forms.js";

/**
 * JSON for a message: BigInts as `5n`, numbers JSON cannot hold as `NaN` or
 * `Infinity`, and long arrays cut to their first items, so that a value of
 * millions of items is shown at once.
 */
const readable = (_key: string, v: unknown): unknown =>
  typeof v === "bigint"
    ? `\u0000${v}n\u0000`
    : typeof v === "number" && !Number.isFinite(v)
      ? `\u0000${v}\u0000`
      : Array.isArray(v) && v.length > 20
        ? [...v.slice(0, 20), `… ${v.length - 20} more`]
        : v;

/**
 * A value as an error message shows it: strings and objects as JSON (a `Date` as
 * `a Date (2025-05-01T00:00:00.000Z)`, not as the text its JSON is), anything
 * else as `String` gives it, cut to 100 characters. What a reader cannot see or
 * tell apart in text is written as escapes, as `visible` writes it: `"a\u200b"`,
 * `"a\u007f"`, `"\u212a"` (a Kelvin sign). Never throws, whatever the value
 * is (a BigInt, a null-prototype or cyclic object, a symbol). @internal
 */
export function show(value: unknown): string {
  // text needs no replacer, and is cut before it is written: show is on the paths that succeed (a claim's id names its errors)
  if (typeof value === "string") return cut(escaped(JSON.stringify(value.length > 100 ? value.slice(0, 100) : value)));
  try {
    // a Date's JSON is text in quotes, which reads as if the caller had passed that string
    if (value instanceof Date) return `a Date (${Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString()})`;
    const text =
      typeof value === "object" || typeof value === "string"
        ? // BigInts and numbers JSON cannot hold are marked by the replacer and written bare: 5n, not "5n", which reads as text
          String(JSON.stringify(value, readable)).replace(/"\\u0000(.*?)\\u0000"/g, "$1")
        : `${String(value)}${typeof value === "bigint" ? "n" : ""}`;
    return cut(escaped(text));
  } catch {
    return `a${typeof value === "object" ? "n" : ""} ${typeof value} that cannot be shown`;
  }
}

/** `text` cut to 100 characters, the last of them an ellipsis. */
function cut(text: string): string {
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

/**
 * Throws a {@link FogcountError} naming the function, the argument path and
 * the value: `sumEstimates: list[1] is not an estimate, got {"kind":"exact","value":"5"}`.
 * `invalid-argument` unless another code is given; `details` holds the path and the value. @internal
 */
export function fail(where: string, path: string, why: string, value: unknown, code: FogcountErrorCode = "invalid-argument"): never {
  throw new FogcountError(code, `${where}: ${path} ${why}, got ${show(value)}`, { path, value });
}

/** What is wrong and where, below the value checked: `[".relay[0].date", "must be EDTF", "1 May"]`. @internal */
export type Problem = readonly [path: string, why: string, value: unknown];

/** Throws {@link fail} for a problem found below the argument at `path`; nothing for none. @internal */
export function raise(where: string, path: string, problem: Problem | undefined, code?: FogcountErrorCode): void {
  if (problem !== undefined) fail(where, `${path}${problem[0]}`, problem[1], problem[2], code);
}

/** Whether `value` is an object that is not null (arrays included). @internal */
export function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null;
}

/**
 * Why an object cannot be kept as data, or undefined if it can: an instance of a class (an ORM's
 * model, a `Map`, a `Date`) holds fields that are read through its prototype, and a copy or its
 * JSON would lose them. Plain data is an object whose prototype is `Object.prototype` or null,
 * or an array. @internal
 */
export function notPlain(value: object): string | undefined {
  if (Array.isArray(value)) return undefined;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return undefined;
  const name: unknown = (proto as { constructor?: { name?: unknown } }).constructor?.name;
  const what = typeof name === "string" && name !== "" ? `an instance of ${name}` : "an object with a prototype of its own";
  return `must be a plain object, not ${what}: fields read through a prototype would be lost when it is copied or written as JSON`;
}

/**
 * Whether `value` is text that is not blank: something besides white space and the characters a
 * reader cannot see (`"\u200b"`, `"\ufeff"`, U+00A0 are blank; see `isBlank`), as the schemas read text. @internal
 */
export function isText(value: unknown): value is string {
  return typeof value === "string" && !isBlank(value);
}

/** Whether a value is an id: non-empty text without whitespace that is not blank, as `IdSchema` has it (see `isIdText`). @internal */
export const isId: (value: unknown) => value is string = isIdText;

/** Options left out: no prototype, so that nothing set on `Object.prototype` reads as an option. */
const NONE = /* @__PURE__ */ Object.freeze(Object.create(null) as object);

/**
 * The options argument: its own enumerable properties, copied into an object
 * without a prototype (so that `Object.prototype.hedge` is never read as an
 * option), an empty one when left out, and `invalid-option` for anything
 * else (`null` and arrays included), or, given the names it may hold, for a
 * name it may not: a typo is never silently ignored. @internal
 */
export function optionsOf<T extends object>(where: string, options: T | undefined, path = "options", names?: readonly (keyof T & string)[]): Partial<T> {
  if (options === undefined) return NONE as Partial<T>;
  if (!isObject(options) || Array.isArray(options)) fail(where, path, "must be an object", options, "invalid-option");
  const out = Object.create(null) as Record<string, unknown>;
  const keys = Object.keys(options);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const v = (options as Record<string, unknown>)[k];
    if (names !== undefined && !names.includes(k as keyof T & string)) fail(where, `${path}.${k}`, `is not an option (${names.join(", ")})`, v, "invalid-option");
    out[k] = v;
  }
  return out as Partial<T>;
}

/** `value` if it is one of `allowed`, else `invalid-option` (or `code`) listing them. @internal */
export function oneOf<T>(where: string, path: string, value: unknown, allowed: readonly T[], code: FogcountErrorCode = "invalid-option"): T {
  if (!allowed.includes(value as T)) fail(where, path, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}`, value, code);
  return value as T;
}

/** The name of a function that starts a message: "sumEstimates: " in "sumEstimates: list[1] is …". */
const CALLED = /^[A-Za-z_$][\w$.]*: /;

/**
 * Runs `compute` for the public function `where`, so that an error raised
 * deep in shared arithmetic (`overflow`, `unbounded-below`) names the
 * function the user called, as every other error does: once, in place of the
 * name of the function that raised it ("derive.sum: …", never
 * "derive.sum: sumEstimates: …"), with the argument `rename[0]` a message
 * starts with named `rename[1]`, as the user called it. @internal
 */
export function within<T>(where: string, compute: () => T, rename?: readonly [inner: string, outer: string]): T {
  try {
    return compute();
  } catch (e) {
    if (e instanceof FogcountError && !e.message.startsWith(`${where}:`)) {
      const said = e.message.replace(CALLED, "");
      // the argument as the user gave it: derive.sum's inputs[1], not sumEstimates' list[1]
      const [inner, outer] = rename ?? ["", ""];
      e.message = `${where}: ${inner !== "" && said.startsWith(`${inner}[`) ? outer + said.slice(inner.length) : said}`;
    }
    throw e;
  }
}
