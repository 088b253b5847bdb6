import { show } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import { frozenCopy } from "../_lib/frozen.js";
import { checkClaim } from "./check.js";
import type { CheckedClaim } from "./check.js";
import { rememberChecked } from "./checked.js";
import type { Claim, ClaimStatus } from "./schema.js";

/** What {@link claim} accepts: a claim whose `status` may be left out (it defaults to normal). */
export type ClaimInit = Omit<Claim, "status"> & { readonly status?: ClaimStatus };

/**
 * A claim, checked in full by the rules of `ClaimSchema` (without loading
 * zod): the indicator's measure and unit, the estimate, the EDTF times, the
 * agreement of the estimate's unit with the indicator's, the attribution and
 * the status. Subject, unit and scope are trimmed and put in Unicode
 * normalization form C (so that a name written with combining marks groups with
 * the same name written without them); a left-out status is normal.
 * The claim returned is a deep, frozen copy: editing the object it was built
 * from changes nothing in it, and the functions that take claims
 * (`revisionHistory`, `consensus`, …) keep it as it is without copying or
 * checking it again.
 *
 * @category Claim
 * @throws {FogcountError} `estimate-unit-mismatch` if the estimate's unit is not the indicator's unit.
 * @throws {FogcountError} `invalid-measure` for a measure neither in `MEASURES` nor `namespace:name`.
 * @throws {FogcountError} `invalid-claim` for a value that is not a claim object, an empty or spaced id, an empty subject, unit or scope, an estimate that is not one, a time that is not EDTF, a misused `includes`, an unknown `modality` or `aggregation`, a `restates` that is not another claim's id, an attribution that is not one, a status that is not one, a deprecated status without a reason, an "at most" estimate below 0 (or "fewer than 0"), which allows no value, or a count of people (a unit `"person"` or a measure of `MEASURES`) below zero; a figure in another unit keeps its sign, as the dataset check's `invalid-interval` reads it.
 * @throws {FogcountError} `invalid-argument` for a value that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * claim({
 *   id: "nis-2025-04-killed",
 *   indicator: { subject: "kp-forces-in-russia", measure: "killed", unit: "person" },
 *   estimate: approx(600, "person", { hedge: "approximately" }),
 *   validTime: "2025-04-30",
 *   reportedAt: "2025-04-30",
 *   attribution: { originator: nis },
 * }).status;
 * //=> { kind: "normal" }
 */
export function claim(init: ClaimInit): Claim {
  return guarded("claim", { init }, () => {
    const id: unknown = (init as { id?: unknown } | null | undefined)?.id;
    return builtClaim(typeof id === "string" ? `claim ${show(id)}` : "claim", init);
  });
}

/**
 * `copy` (a deep, frozen copy of a claim, checked as `checked`) with its subject, unit and scope
 * trimmed as {@link claim} trims them and as `ClaimSchema` reads them, so that a claim groups with
 * the same claim built by `claim()`; `copy` itself when nothing needs trimming. @internal
 */
export function trimmedClaim(copy: Claim, checked: CheckedClaim): Claim {
  const [given, trimmed] = [copy.indicator, checked.indicator];
  if (given.subject === trimmed.subject && given.unit === trimmed.unit && given.scope === trimmed.scope && copy.estimate.unit === trimmed.unit) return copy;
  return frozenCopy({ ...copy, indicator: { ...given, subject: trimmed.subject, unit: trimmed.unit, ...(trimmed.scope !== undefined && { scope: trimmed.scope }) }, estimate: { ...copy.estimate, unit: trimmed.unit } });
}

/**
 * `init` checked for `where` and built as {@link claim} builds it: indicator
 * and estimate unit trimmed, status filled in, a deep frozen copy remembered
 * as checked. For the builders that build claims as `claim()` does. @internal
 */
export function builtClaim(where: string, init: ClaimInit): Claim {
  const checked = checkClaim(where, "", init);
  const { indicator, status } = checked;
  // the estimate's unit trimmed, as the indicator's is and as ClaimSchema reads both
  const estimate = init.estimate.unit === indicator.unit ? init.estimate : { ...init.estimate, unit: indicator.unit };
  return rememberChecked(frozenCopy({ ...init, indicator, estimate, status }), checked);
}
