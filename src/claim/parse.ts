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
 * @example
 * parseClaim(JSON.parse(text)).indicator.measure;
 * //=> "killed"
 */
export function parseClaim(value: unknown): Claim {
  return ClaimSchema.parse(value);
}

/**
 * A claim from untrusted JSON, as a result object instead of a throw: zod's
 * `{ success: true, data }` or `{ success: false, error }` with the issues
 * and their paths.
 *
 * @category Claim
 * @example
 * safeParseClaim({ id: "x" }).success;
 * //=> false
 */
export function safeParseClaim(value: unknown): ReturnType<typeof ClaimSchema.safeParse> {
  return ClaimSchema.safeParse(value);
}
