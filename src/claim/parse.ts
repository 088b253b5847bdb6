import { guarded } from "../_lib/guard.js";
import { ClaimSchema } from "./schema.js";
import type { Claim } from "./schema.js";

/**
 * A claim from untrusted JSON, checked in full by {@link ClaimSchema}: the
 * shape, the estimate, the attribution, the EDTF times and the unit agreement.
 * Fills `status` with `{ kind: "normal" }` when it is left out.
 *
 * This function bundles zod; use `claim` from `fogcount` where that matters.
 *
 * @category Claim
 * @throws {ZodError} with the issues and their paths, such as `["estimate", "unit"]`, when the value is not a claim.
 * @throws {FogcountError} `invalid-argument` for a value that cannot be read (a getter that throws, a revoked proxy), which is no JSON.
 * @example
 * parseClaim(JSON.parse(text)).indicator.measure;
 * //=> "killed"
 */
export function parseClaim(value: unknown): Claim {
  return guarded("parseClaim", { value }, () => ClaimSchema.parse(value));
}

/**
 * A claim from untrusted JSON, as a result object instead of a throw: zod's
 * `{ success: true, data }` or `{ success: false, error }` with the issues
 * and their paths.
 *
 * @category Claim
 * @throws {FogcountError} `invalid-argument` for a value that cannot be read (a getter that throws, a revoked proxy), which is no JSON.
 * @example
 * safeParseClaim({ id: "x" }).success;
 * //=> false
 */
export function safeParseClaim(value: unknown): ReturnType<typeof ClaimSchema.safeParse> {
  return guarded("safeParseClaim", { value }, () => ClaimSchema.safeParse(value));
}
