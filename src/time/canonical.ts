// A period is the reading of its own EDTF string: written and read back, it
// comes back the same. The schema's refinement and the functions' argument
// check are this one test. Not exported from the package.

import { fail } from "../_lib/assert.js";
import { assertReadable } from "../_lib/guard.js";
import { readEdtf } from "./edtf-read.js";
import { writeEdtf } from "./edtf-write.js";
import type { PeriodTypes } from "./shapes.js";

/** Whether two JSON-like values hold the same data (keys in any order). @internal */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (!sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * Why `value` is not a canonical period, or undefined if it is one: written
 * as EDTF and read back, it must come back the same (valid days, consistent
 * precision, canonical flags, no other fields). @internal
 */
export function canonicalProblem(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return "not an object";
  let edtf: unknown;
  try {
    edtf = writeEdtf(value as PeriodTypes["period"]);
  } catch {
    // The writer trusts its input; a value it cannot even write is not a period.
  }
  if (typeof edtf !== "string") return "not a kind of period EDTF can write";
  const read = readEdtf(edtf);
  if (!read.ok) return read.reason;
  if (!sameData(read.value, value)) return `period is not in its canonical form: it is written "${edtf}", which reads back differently`;
  return undefined;
}

/** Throws `invalid-argument` for `where` unless `value` is a period; a string gets a hint to read it first. @internal */
export function checkPeriod(where: string, path: string, value: unknown): void {
  const problem = canonicalProblem(value);
  if (problem === undefined) return;
  // a getter that throws or a revoked proxy is named as the part that cannot be read, not as a wrong kind
  assertReadable(where, { [path]: value });
  const hint = typeof value === "string" ? " (read an EDTF string with period() first)" : "";
  fail(where, path, `is not a period (${problem})${hint}`, value);
}
