// The claims `claim()` built, remembered with what their check read: such a
// claim is deeply frozen and was checked in full when it was built, so a
// function given it again (a revision history of a million of them) need
// neither copy nor check it. The record is a hidden property of the claim
// itself (a symbol no other module holds, neither enumerable nor copied by a
// spread, `JSON.stringify` or `structuredClone`), and it names the claim it
// was made for, so that an object inheriting from a built claim does not
// pass for one. A `WeakMap` of a million claims cost a tenth of a history's
// time in look-ups and made every full collection trace it. Not exported
// from the package.

import type { CheckedClaim } from "./check.js";
import type { Claim } from "./schema.js";

/** The key of the hidden record. */
const CHECKED = Symbol("fogcount.checked");

/** What a built claim holds under {@link CHECKED}: the claim it was made for, and what its check read. */
interface Record {
  readonly claim: object;
  readonly checked: CheckedClaim;
}

/**
 * `claim` (a deep, frozen copy, frozen at the top or not) as a frozen claim
 * that remembers `checked`, the check `claim()` made of it. @internal
 */
export function rememberChecked(claim: Claim, checked: CheckedClaim): Claim {
  const kept = { ...claim };
  Object.defineProperty(kept, CHECKED, { value: Object.freeze({ claim: kept, checked }) });
  return Object.freeze(kept);
}

/** What the check of `value` read, if `claim()` built it; undefined for any other value. @internal */
export function checkedBefore(value: unknown): CheckedClaim | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const record = (value as { [CHECKED]?: Record })[CHECKED];
  return record !== undefined && record.claim === value ? record.checked : undefined;
}
