import { fail, optionsOf, show } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import type { CheckDatasetOptions } from "../dataset/check.js";
import type { DatasetRuleCode } from "../dataset/codes.js";
import { contains, overlaps } from "../estimate/compare.js";
import { formatEstimate } from "../estimate/format.js";
import { EstimateSchema } from "../estimate/schema.js";
import type { Estimate } from "../estimate/schema.js";
import { toHaveFinding, toPassDatasetCheck } from "./dataset-matchers.js";
import type { ToHaveFindingOptions } from "./dataset-matchers.js";

export type { ToHaveFindingOptions } from "./dataset-matchers.js";

/** What a matcher returns to `expect.extend` (vitest and Jest share this shape). */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

/** Options for the `toEqualEstimate` matcher. */
export interface ToEqualEstimateOptions {
  /** The most two numbers of the estimates (values, ends, best values) may differ by; 0 by default. */
  readonly tolerance?: number;
  /** Read `tolerance` as a fraction of the larger of the two numbers (0.01 is 1%), not as an amount; false by default. */
  readonly relative?: boolean;
}

/** Options for the `toContainValue` matcher. */
export interface ToContainValueOptions {
  /** How far from the value a number the estimate allows may lie, as an amount; 0 by default (the value itself). */
  readonly tolerance?: number;
  /** Read `tolerance` as a fraction of the value's size (1e-9 is a billionth of it), not as an amount; false by default. */
  readonly relative?: boolean;
}

/** An estimate as the library writes it, with its unit (`"10–20 people"`); any other value as it is. */
function describe(value: unknown): string {
  const check = EstimateSchema.safeParse(value);
  return check.success ? formatEstimate(check.data, { unit: true }) : show(value);
}

/** The tolerance and whether it is relative, checked. */
function toleranceOf(where: string, options: ToEqualEstimateOptions | ToContainValueOptions | undefined): readonly [number, boolean] {
  const o = optionsOf(where, options, "options", ["tolerance", "relative"]);
  const t = o.tolerance ?? 0;
  if (!(Number.isFinite(t) && t >= 0)) fail(where, "options.tolerance", "must be a finite number of at least 0", t, "invalid-option");
  if (!(o.relative === undefined || typeof o.relative === "boolean")) fail(where, "options.relative", "must be a boolean", o.relative, "invalid-option");
  return [t, o.relative === true];
}

/** " within 1e-9" (" of the value", " of the larger number"), or nothing for no tolerance. */
const withinText = (tolerance: number, relative: boolean, of: string): string => (tolerance === 0 ? "" : ` within ${tolerance}${relative ? ` ${of}` : ""}`);

function asEstimate(value: unknown, matcher: string, name: string): Estimate {
  const check = EstimateSchema.safeParse(value);
  if (!check.success) {
    const issue = check.error.issues[0];
    const at = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
    fail(matcher, name, `is not an estimate (${issue?.message ?? "invalid"}${at})`, value);
  }
  return check.data;
}

function validEstimate(where: string, received: unknown): MatcherResult {
  // zod's error reads the value again, once asked for its issues: both inside the guard
  const [pass, issue] = guarded(where, { received }, () => {
    const check = EstimateSchema.safeParse(received);
    return [check.success, check.success ? undefined : check.error.issues[0]] as const;
  });
  return {
    pass,
    message: () =>
      pass
        ? `expected ${show(received)} not to be an estimate`
        : `expected ${show(received)} to be an estimate: ${issue?.message ?? "invalid"} at ${issue?.path.join(".") || "(root)"}`,
  };
}

/** Whether the estimate allows a number within `t` of `value` (the value itself for 0). */
function allowsNear(estimate: Estimate, value: number, t: number): boolean {
  if (contains(estimate, value)) return true;
  if (t === 0) return false;
  const [low, high] = [Math.max(value - t, -Number.MAX_VALUE), Math.min(value + t, Number.MAX_VALUE)];
  return overlaps(estimate, { kind: "range", low, high, unit: estimate.unit });
}

function containsValue(where: string, received: unknown, value: number, options: ToContainValueOptions | undefined): MatcherResult {
  const [pass, tolerance, relative] = guarded(where, { received, value, options }, () => {
    const estimate = asEstimate(received, where, "received");
    if (!Number.isFinite(value)) fail(where, "value", "must be a finite number", value);
    const [t, rel] = toleranceOf(where, options);
    return [allowsNear(estimate, value, rel ? t * Math.abs(value) : t), t, rel] as const;
  });
  const verb = where === "toAllow" ? "allow" : "contain";
  return { pass, message: () => `expected ${describe(received)} ${pass ? "not " : ""}to ${verb} ${value}${withinText(tolerance, relative, "of the value")}` };
}

/** The numbers of two estimates of one shape, by field, and the first other field that differs (the verbatim text aside). */
function fieldsOf(a: Estimate, b: Estimate): { numbers: [string, number | undefined, number | undefined][]; other: [string, unknown, unknown] | undefined } {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k !== "text").sort();
  const numbers: [string, number | undefined, number | undefined][] = [];
  let other: [string, unknown, unknown] | undefined;
  for (const k of keys) {
    const [x, y] = [(a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]];
    if (typeof x === "number" || typeof y === "number") numbers.push([k, x as number | undefined, y as number | undefined]);
    else if (x !== y && other === undefined) other = [k, x, y];
  }
  // the kind first: when it differs, the numbers compared are not the same numbers
  if (a.kind !== b.kind) other = ["kind", a.kind, b.kind];
  return { numbers, other };
}

/** A field's value in a failure message: a text quoted, a missing field named so. */
const shown = (v: unknown): string => (v === undefined ? "none" : JSON.stringify(v));

function toEqualEstimate(received: unknown, expected: unknown, options?: ToEqualEstimateOptions): MatcherResult {
  const where = "toEqualEstimate";
  const [a, b, tolerance, relative] = guarded(where, { received, expected, options }, () => {
    const [t, rel] = toleranceOf(where, options);
    return [asEstimate(received, where, "received"), asEstimate(expected, where, "expected"), t, rel] as const;
  });
  const { numbers, other } = fieldsOf(a, b);
  const off = numbers.find(([, x, y]) => x === undefined || y === undefined || Math.abs(x - y) > (relative ? tolerance * Math.max(Math.abs(x), Math.abs(y)) : tolerance));
  const pass = other === undefined && off === undefined;
  const within = withinText(tolerance, relative, "of the larger number");
  const first = other ?? off;
  const why = first === undefined ? "" : ` (${first[0]}: ${shown(first[1])} and ${shown(first[2])})`;
  return { pass, message: () => `expected ${JSON.stringify(a)} ${pass ? "not " : ""}to equal ${JSON.stringify(b)}${within}${pass ? "" : why}` };
}

/**
 * Matchers for `expect.extend(fogcountMatchers)` in vitest or Jest; or
 * import `fogcount/testing/vitest` (or `fogcount/testing/jest`) once, which
 * registers them and declares their types.
 *
 * - `toBeValidEstimate()`: the value passes `EstimateSchema` (`toBeEstimate`, its older name, is kept).
 * - `toContainValue(x, { tolerance, relative })`: the estimate allows the value `x`, or with a tolerance a number within it of `x` (an amount, or with `relative: true` a fraction of `|x|`), for sums of decimals that floating point rounds (`toAllow`, its older name, is kept).
 * - `toOverlapEstimate(other)`: two estimates in one unit share a value.
 * - `toEqualEstimate(other, { tolerance, relative })`: the same estimate, ignoring the verbatim `text`, its numbers within the tolerance (0 by default).
 * - `toPassDatasetCheck(options?)`: the value is a dataset in which `checkDataset` finds nothing; the failure lists the findings.
 * - `toHaveFinding(code, { path, severity })`: `checkDataset` finds in the dataset a finding of that code; with `path`, at that path or below it (`["claims", 7]` matches a finding at `claims.7.validTime`).
 *
 * A matcher given a value that is not what it compares (an estimate, a
 * finite number to contain, a dataset for `toHaveFinding`), a code that is
 * not a rule's, or a value that cannot be read (a getter that throws, a
 * revoked proxy) throws a `FogcountError` naming the matcher and the value.
 * A value that is not a dataset fails `toPassDatasetCheck`, with the reason.
 *
 * @category Testing
 * @example
 * import { expect } from "vitest";
 * import { fogcountMatchers } from "fogcount/testing";
 * expect.extend(fogcountMatchers);
 * expect(range(10_000, 12_000, "person")).toContainValue(11_000);
 * expect(sum).toEqualEstimate(exact(0.3, "USD"), { tolerance: 1e-9 });
 * expect(nisBriefing2025Dataset).toHaveFinding("increment-before-wave");
 * // or called as plain functions
 * fogcountMatchers.toContainValue(range(10_000, 12_000, "person"), 11_000).pass;
 * //=> true
 * fogcountMatchers.toContainValue(exact(92636.1, "person"), 11385.01 + 81251.09, { tolerance: 1e-9, relative: true }).pass;
 * //=> true
 * fogcountMatchers.toContainValue(range(10, 20, "person"), 25).message();
 * //=> "expected 10–20 people to contain 25"
 */
export const fogcountMatchers = {
  toBeValidEstimate(received: unknown): MatcherResult {
    return validEstimate("toBeValidEstimate", received);
  },
  toBeEstimate(received: unknown): MatcherResult {
    return validEstimate("toBeEstimate", received);
  },
  toContainValue(received: unknown, value: number, options?: ToContainValueOptions): MatcherResult {
    return containsValue("toContainValue", received, value, options);
  },
  toAllow(received: unknown, value: number, options?: ToContainValueOptions): MatcherResult {
    return containsValue("toAllow", received, value, options);
  },
  toOverlapEstimate(received: unknown, other: unknown): MatcherResult {
    const where = "toOverlapEstimate";
    const pass = guarded(where, { received, other }, () => {
      const [a, b] = [asEstimate(received, where, "received"), asEstimate(other, where, "other")];
      if (a.unit !== b.unit) fail(where, "other", `is in ${JSON.stringify(b.unit)}, not in ${JSON.stringify(a.unit)} as received: estimates in two units share no value`, other, "unit-mismatch");
      return overlaps(a, b);
    });
    return { pass, message: () => `expected ${describe(received)} ${pass ? "not " : ""}to overlap ${describe(other)}` };
  },
  toEqualEstimate,
  toPassDatasetCheck,
  toHaveFinding,
};

/**
 * The types of {@link fogcountMatchers}, which `fogcount/testing/vitest` and
 * `fogcount/testing/jest` merge into each runner's matchers; merge them by
 * hand when calling `expect.extend(fogcountMatchers)` yourself. `R` is what a
 * matcher returns: nothing (`void`), as the runners' own matchers.
 *
 * @category Testing
 * @example
 * // vitest.d.ts, for a project that registers the matchers itself
 * import "vitest";
 * import type { FogcountMatchers } from "fogcount/testing";
 * declare module "vitest" {
 *   interface Matchers<T = any> extends FogcountMatchers<void> {}
 * }
 */
export interface FogcountMatchers<R = unknown> {
  /** The value passes `EstimateSchema`. */
  toBeValidEstimate(): R;
  /** The older name of `toBeValidEstimate`. */
  toBeEstimate(): R;
  /** The estimate allows the value, or with a tolerance a number that near it. */
  toContainValue(value: number, options?: ToContainValueOptions): R;
  /** The older name of `toContainValue`. */
  toAllow(value: number, options?: ToContainValueOptions): R;
  /** Two estimates in one unit share a value. */
  toOverlapEstimate(other: Estimate): R;
  /** The same estimate, ignoring the verbatim text, its numbers within the tolerance. */
  toEqualEstimate(other: Estimate, options?: ToEqualEstimateOptions): R;
  /** A dataset in which `checkDataset` finds nothing. */
  toPassDatasetCheck(options?: CheckDatasetOptions): R;
  /** A dataset in which `checkDataset` finds a finding of the code. */
  toHaveFinding(code: DatasetRuleCode, options?: ToHaveFindingOptions): R;
}
