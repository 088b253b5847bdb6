import { fail, show } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import { contains, overlaps } from "../estimate/compare.js";
import { formatEstimate } from "../estimate/format.js";
import { EstimateSchema } from "../estimate/schema.js";
import type { Estimate } from "../estimate/schema.js";

/** What a matcher returns to `expect.extend` (vitest and jest share this shape). */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

function describe(value: unknown): string {
  const check = EstimateSchema.safeParse(value);
  return check.success ? `${formatEstimate(check.data)} ${check.data.unit}` : show(value);
}

function asEstimate(value: unknown, matcher: string, name: string): Estimate {
  const check = EstimateSchema.safeParse(value);
  if (!check.success) {
    const issue = check.error.issues[0];
    const at = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
    fail(matcher, name, `is not an estimate (${issue?.message ?? "invalid"}${at})`, value);
  }
  return check.data;
}

function withoutText(e: Estimate): Estimate {
  const { text: _text, ...rest } = e;
  return rest as Estimate;
}

/**
 * Matchers for `expect.extend(fogcountMatchers)` in vitest or jest.
 *
 * - `toBeEstimate()`: the value passes `EstimateSchema`.
 * - `toAllow(x)`: the estimate allows the value `x`.
 * - `toOverlapEstimate(other)`: two estimates in one unit share a value.
 * - `toEqualEstimate(other)`: the same estimate, ignoring the verbatim `text`.
 *
 * For types, add the {@link FogcountMatchers} interface to vitest's `Assertion`
 * in a declaration file of your own (see the Testing kit guide). A matcher
 * given a value that is not an estimate where it needs one (or a value to
 * allow that is not a finite number, or a value that cannot be read: a getter
 * that throws, a revoked proxy) throws `invalid-argument`, naming it.
 *
 * @category Testing
 * @example
 * import { expect } from "vitest";
 * import { fogcountMatchers } from "fogcount/testing";
 * expect.extend(fogcountMatchers);
 * expect(range(10_000, 12_000, "person")).toAllow(11_000);
 */
export const fogcountMatchers = {
  toBeEstimate(received: unknown): MatcherResult {
    // zod's error reads the value again, once asked for its issues: both inside the guard
    const [pass, issue] = guarded("toBeEstimate", { received }, () => {
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
  },
  toAllow(received: unknown, value: number): MatcherResult {
    const pass = guarded("toAllow", { received, value }, () => {
      const estimate = asEstimate(received, "toAllow", "received");
      if (!Number.isFinite(value)) fail("toAllow", "value", "must be a finite number", value);
      return contains(estimate, value);
    });
    return {
      pass,
      message: () => `expected ${describe(received)} ${pass ? "not " : ""}to allow ${value}`,
    };
  },
  toOverlapEstimate(received: unknown, other: unknown): MatcherResult {
    const pass = guarded("toOverlapEstimate", { received, other }, () =>
      overlaps(asEstimate(received, "toOverlapEstimate", "received"), asEstimate(other, "toOverlapEstimate", "other")),
    );
    return {
      pass,
      message: () => `expected ${describe(received)} ${pass ? "not " : ""}to overlap ${describe(other)}`,
    };
  },
  toEqualEstimate(received: unknown, expected: unknown): MatcherResult {
    const [a, b] = guarded("toEqualEstimate", { received, expected }, () => [
      withoutText(asEstimate(received, "toEqualEstimate", "received")),
      withoutText(asEstimate(expected, "toEqualEstimate", "expected")),
    ]);
    const pass = JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
    return {
      pass,
      message: () => `expected ${JSON.stringify(a)} ${pass ? "not " : ""}to equal ${JSON.stringify(b)}`,
    };
  },
};

function sortKeys(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : 1)));
}

/**
 * The types of {@link fogcountMatchers}, to merge into your test runner's assertion type.
 *
 * @category Testing
 * @example
 * // vitest.d.ts
 * import "vitest";
 * import type { FogcountMatchers } from "fogcount/testing";
 * declare module "vitest" {
 *   interface Matchers<T = any> extends FogcountMatchers<T> {}
 * }
 */
export interface FogcountMatchers<R = unknown> {
  toBeEstimate(): R;
  toAllow(value: number): R;
  toOverlapEstimate(other: Estimate): R;
  toEqualEstimate(other: Estimate): R;
}
