// What a wave sends: the categories of the vocabulary, or `namespace:name`
// by the same rules as a claim's measure. A plain list, so that a check does
// not bundle a table of descriptions.

import { rethrow } from "../_lib/guard.js";
import { isMoney, MEASURE_NAME_PATTERN, MEASURE_NAMESPACE_PATTERN, notPeople } from "../claim/measures.js";

/**
 * The categories a wave can send: `"troops"` (combat forces), `"laborers"`
 * (workers sent to work, not to fight), `"engineers"` (military engineers,
 * sappers), `"construction-troops"` (military builders) and `"specialists"`
 * (technicians, instructors, operators). Anything else is namespaced,
 * `namespace:name`, with the patterns of a claim's measure
 * (`MEASURE_NAMESPACE_PATTERN`, `MEASURE_NAME_PATTERN`): `"acme:drone-crews"`.
 *
 * @category Deployment
 * @example
 * DEPLOYMENT_CATEGORIES;
 * //=> ["troops", "laborers", "engineers", "construction-troops", "specialists"]
 */
export const DEPLOYMENT_CATEGORIES = /* @__PURE__ */ Object.freeze(["troops", "laborers", "engineers", "construction-troops", "specialists"] as const);

/** A category from {@link DEPLOYMENT_CATEGORIES}. */
export type StandardDeploymentCategory = (typeof DEPLOYMENT_CATEGORIES)[number];

/** What a wave sends: a category from {@link DEPLOYMENT_CATEGORIES}, or `namespace:name`. */
export type DeploymentCategory = StandardDeploymentCategory | `${string}:${string}`;

/**
 * Whether `value` is a category: one from {@link DEPLOYMENT_CATEGORIES}, or
 * `namespace:name` in lowercase, as a claim's measure.
 *
 * @category Deployment
 * @example
 * isDeploymentCategory("engineers");
 * //=> true
 * isDeploymentCategory("acme:drone-crews");
 * //=> true
 * isDeploymentCategory("Troops");
 * //=> false
 */
export function isDeploymentCategory(value: unknown): value is DeploymentCategory {
  try {
    if (typeof value !== "string") return false;
    if ((DEPLOYMENT_CATEGORIES as readonly string[]).includes(value)) return true;
    const colon = value.indexOf(":");
    return colon > 0 && MEASURE_NAMESPACE_PATTERN.test(value.slice(0, colon)) && MEASURE_NAME_PATTERN.test(value.slice(colon + 1));
  } catch (error) {
    rethrow("isDeploymentCategory", { value }, error);
  }
}

/**
 * Why a wave of `category` cannot be counted in `unit`, or undefined when it can: money is never
 * a wave (money sent belongs in a ledger), and a category of the vocabulary counts people, so
 * not in a unit of length, mass, time, a share or SIPRI TIV either (see `notPeople`). A
 * namespaced category may count what it sends in any other unit ("acme:shells" in tonnes). @internal
 */
export function waveUnitProblem(category: string, unit: string): string | undefined {
  if (isMoney(unit)) return "is money, but a wave counts what was sent (money sent belongs in a ledger)";
  const why = (DEPLOYMENT_CATEGORIES as readonly string[]).includes(category) ? notPeople(unit) : undefined;
  return why === undefined ? undefined : `is ${why}, but a wave of ${category} counts people (a namespaced category, such as "acme:shells", may count what it sends in other units)`;
}
