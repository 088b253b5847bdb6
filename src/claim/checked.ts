// The claims `claim()` built, remembered with what their check read: such a
// claim is deeply frozen and was checked in full when it was built, so a
// function given it again (a revision history of a million of them) need
// neither copy nor check it. A WeakMap by identity: an object no one holds is
// forgotten, and no other object can pass for one. Not exported from the package.

import type { CheckedClaim } from "./check.js";
import type { Claim } from "./schema.js";

const built = /* @__PURE__ */ new WeakMap<object, CheckedClaim>();

/** Remembers `claim`, deeply frozen by `claim()`, with what its check read. @internal */
export function rememberChecked(claim: Claim, checked: CheckedClaim): Claim {
  built.set(claim, checked);
  return claim;
}

/** What the check of `value` read, if `claim()` built it; undefined for any other value. @internal */
export function checkedBefore(value: unknown): CheckedClaim | undefined {
  return typeof value === "object" && value !== null ? built.get(value) : undefined;
}
