import { expect } from "vitest";

import { FogcountError } from "../src/errors.js";
import type { Claim } from "../src/claim/schema.js";
import type { Interval } from "../src/estimate/interval.js";

/** Freezes a value and everything in it, so that any mutation throws (a typed array with elements cannot be frozen, and is left as it is). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * A value inside the interval, chosen by `t` in [0, 1] (and `reach` past the
 * low end for an interval with no upper bound). Open ends are never returned.
 */
export function pointIn(interval: Interval, t: number, reach: number): number {
  const { low, high, lowOpen, highOpen } = interval;
  if (high === Infinity) return low + reach + 0.5;
  if (low === high) return low;
  const x = Math.min(high, Math.max(low, low + t * (high - low))); // no rounding past an end
  if (lowOpen && x <= low) return (low + high) / 2;
  if (highOpen && x >= high) return (low + high) / 2;
  return x;
}

/** The code of what `fn` throws, or undefined if it returns. */
export function thrownCode(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code ?? "not-a-fogcount-error";
  }
}

/** What `fn` throws, as `{ code, message }`, or `{}` if it returns. */
export function thrown(fn: () => unknown): { code?: string; message?: string } {
  try {
    fn();
    return {};
  } catch (e) {
    return e as { code?: string; message?: string };
  }
}

/** Asserts that `fn` throws a FogcountError with `code`, and a message matching `message` when given. */
export function expectFogcountError(fn: () => unknown, code: string, message?: RegExp): void {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(FogcountError);
  expect(error.code).toBe(code);
  if (message !== undefined) expect(error.message).toMatch(message);
}

/**
 * Whether a list of generated claims has links a revision history can hold:
 * no claims restating one another in a cycle, and no `supersededBy` naming a
 * restatement (random ids sometimes make them).
 */
export function linksHold(claims: readonly Claim[]): boolean {
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const c of claims) {
    const seen = new Set<string>();
    for (let at: Claim | undefined = c; at?.restates !== undefined; at = byId.get(at.restates)) {
      if (seen.has(at.id)) return false;
      seen.add(at.id);
    }
    const s = c.status;
    if (s?.kind === "deprecated" && s.supersededBy !== undefined && byId.get(s.supersededBy)?.restates !== undefined) return false;
  }
  return true;
}
