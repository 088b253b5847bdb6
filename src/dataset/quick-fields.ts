// The field readers of the quick dataset reader (see quick.ts): each reads a value to what the
// zod schema returns for it, or to NO where it cannot vouch for it and leaves it to zod. Not
// exported from the package.

import { isId, isText } from "../_lib/assert.js";
import { keyText } from "../claim/indicator-key.js";
import { plainDate, readEdtf } from "../time/edtf-read.js";

export type Rec = Readonly<Record<string, unknown>>;
export type Out = Record<string, unknown>;

/** A value this reader cannot vouch for: zod reads it. */
export const NO: unique symbol = Symbol("not read here");
export type Read<T> = T | typeof NO;
export type Reader = (value: unknown) => Read<unknown>;
export type Fields = readonly (readonly [string, Reader])[];
/** The fields of an object, in the order of the schema's shape, and their names. */
export interface Shape {
  readonly fields: Fields;
  readonly names: ReadonlySet<string>;
}
export const shape = (fields: Fields): Shape => ({ fields, names: new Set(fields.map(([key]) => key)) });

/** A plain object, as JSON.parse and zod make them. */
export const isPlain = (v: unknown): v is Rec => typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;

export const finite = (v: unknown): Read<number> => (typeof v === "number" && Number.isFinite(v) ? v : NO);
/** One of `list`, required. */
export const oneOf =
  (list: readonly unknown[]): Reader =>
  (v) =>
    list.includes(v) ? v : NO;
/** `nonBlank(what)`, required: text trimmed, not blank (see `isBlank`). */
export function trimmed(v: unknown): Read<string> {
  return isText(v) ? v.trim() : NO;
}
/** `nonBlank(what, true)`, required: a subject, a unit or a scope (see `keyText`), not blank. */
export function keyed(v: unknown): Read<string> {
  return isText(v) ? keyText(v) : NO;
}
export const optional =
  (read: Reader): Reader =>
  (v) =>
    v === undefined ? undefined : read(v);
/** One of `list`, or left out. */
export const among = (list: readonly unknown[]): Reader => optional(oneOf(list));
export const text = optional((v) => (typeof v === "string" ? v : NO));
export const bool = optional((v) => (typeof v === "boolean" ? v : NO));
export const id = optional((v) => (isId(v) ? v : NO));
/** Times read already: a dataset repeats its dates many times over (a reading never changes; the set is emptied when it grows large). */
const TIMES = new Set<string>();
export function edtf(v: unknown): Read<string> {
  if (typeof v !== "string") return NO;
  if (TIMES.has(v)) return v;
  if (plainDate(v) === undefined && !readEdtf(v).ok) return NO;
  if (TIMES.size >= 4096) TIMES.clear();
  TIMES.add(v);
  return v;
}

/**
 * Whether a reading may be the value read itself where it reads to the same
 * fields: for a check that reads a dataset and hands nothing of it out. A
 * parse always returns values of its own, in the schema's order, as zod does.
 */
let sharing = false;

/** Whether readings may share the value read (see {@link sharing}); set by `quickDataset` around its claims. @internal */
export function setSharing(on: boolean): void {
  sharing = on;
}

/** Whether readings may share the value read. @internal */
export const sharingNow = (): boolean => sharing;

/**
 * The object `value` read field by field, in the order of `fields` (the
 * order of the schema's shape, which zod's output keeps); NO for a value
 * that is not a plain object, or holds a field not in `fields`. A field
 * whose reading is undefined is kept as undefined where the value has it,
 * as zod keeps it. While {@link sharing}, `value` itself where every field
 * reads to what it holds.
 */
export function object(value: unknown, { fields, names }: Shape): Read<Out> {
  if (!isPlain(value)) return NO;
  // every enumerable key, own or not: a field zod does not know is left to zod
  for (const key in value) if (!names.has(key)) return NO;
  let out: Out | undefined = sharing ? undefined : {};
  for (let k = 0; k < fields.length; k++) {
    const [key, read] = fields[k] as readonly [string, Reader];
    const given = value[key];
    const v = read(given);
    if (v === NO) return NO;
    if (out === undefined) {
      if (v === given) continue;
      out = {};
      for (let j = 0; j < k; j++) {
        const before = (fields[j] as readonly [string, Reader])[0];
        if (before in value) out[before] = value[before];
      }
    }
    if (v !== undefined || key in value) out[key] = v;
  }
  return out ?? value;
}

/** A list of `read` items; NO if one is not read here. */
export const list =
  (read: Reader): Reader =>
  (v) => {
    if (v === undefined) return v;
    if (!Array.isArray(v)) return NO;
    const out = new Array<unknown>(v.length);
    let same = sharing;
    for (let i = 0; i < v.length; i++) {
      if ((out[i] = read(v[i])) === NO) return NO;
      same &&= out[i] === v[i];
    }
    return same ? v : out;
  };
