import { rethrow } from "../_lib/guard.js";
import { show } from "../_lib/assert.js";
import { checkWave } from "./check.js";
import type { Deployment } from "./schema.js";

/**
 * A deployment wave, checked in full by the rules of `DeploymentSchema`
 * (without loading zod): the id, the two ISO 3166-1 alpha-2 country codes
 * (two different ones: a wave goes from one country to another),
 * the category, the size (an estimate never below zero), the EDTF `period`
 * and `reportedAt`, the attribution, the modality, `adds` or `replaces`
 * (never both, never itself), `claimModality` only with a `claim`, and no other field: a misspelt `replace` or
 * `modalty` is refused, never ignored. Returns the wave as given.
 *
 * @category Deployment
 * @throws {FogcountError} `invalid-deployment` for a value that is not a deployment object, an id that is empty or spaced, a country code that is not two uppercase letters, the same country as `from` and `to` (`to must be another country than from`, naming the code), a category neither in `DEPLOYMENT_CATEGORIES` nor `namespace:name`, a size that is not an estimate, goes below zero or is money (an ISO 4217 code, a currency sign or word, or a rate of one: money sent belongs in a ledger), a time that is not EDTF, an attribution that is not one, an unknown modality or `claimModality`, a `claimModality` without a `claim`, `adds` and `replaces` together, a wave that adds to or replaces itself, or a field a wave does not have (named, with the field it is close to: `replace` for `replaces`).
 * @example
 * deployment({
 *   id: "kp-2024-autumn",
 *   from: "KP",
 *   to: "RU",
 *   category: "troops",
 *   size: range(10_000, 12_000, "person"),
 *   period: "2024-23",
 *   reportedAt: "2025-04-30",
 *   attribution: { originator: nis },
 * }).period;
 * //=> "2024-23"
 */
export function deployment(init: Deployment): Deployment {
  try {
    const id: unknown = (init as { id?: unknown } | null | undefined)?.id;
    checkWave(typeof id === "string" ? `deployment ${show(id)}` : "deployment", "", init);
    return init;
  } catch (error) {
    rethrow("deployment", { init }, error);
  }
}
