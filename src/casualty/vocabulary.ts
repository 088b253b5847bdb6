// The words of a casualty breakdown, as plain lists: a check reads them
// without bundling zod or a table of descriptions.

import { CASUALTY_PARTS } from "../claim/measures.js";

/**
 * What a breakdown says of a figure it does not give, each distinct and none
 * of them zero: `"unknown"` (said to exist, size not given: "an unspecified
 * number were captured"), `"not-reported"` (the source says nothing of it) and
 * `"none-observed"` (the source saw no sign of any: absence as evidence, not a
 * count of 0; a source that says "none" is `exact(0, "person")`).
 *
 * @category Casualty
 * @example
 * CASUALTY_STATES;
 * //=> ["unknown", "not-reported", "none-observed"]
 */
export const CASUALTY_STATES = /* @__PURE__ */ Object.freeze(["unknown", "not-reported", "none-observed"] as const);

/** A figure a breakdown does not give; see {@link CASUALTY_STATES}. */
export type CasualtyState = (typeof CASUALTY_STATES)[number];

/**
 * The fields of a breakdown: the four casualty parts (`CASUALTY_PARTS` of the
 * claim room) and the `total` that counts the parts its `includes` lists.
 *
 * @category Casualty
 * @example
 * BREAKDOWN_FIELDS;
 * //=> ["killed", "wounded", "missing", "captured", "total"]
 */
export const BREAKDOWN_FIELDS = /* @__PURE__ */ Object.freeze(["killed", "wounded", "missing", "captured", "total"] as const);

/** A field of a breakdown; see {@link BREAKDOWN_FIELDS}. */
export type BreakdownField = (typeof BREAKDOWN_FIELDS)[number];

/** The measure of a claim that gives a field: the field's own name, `casualties` for the total. @internal */
export function measureOf(field: BreakdownField): string {
  return field === "total" ? "casualties" : field;
}

/** Whether two lists name the same casualty parts. @internal */
export function sameParts(a: readonly string[], b: readonly string[]): boolean {
  return CASUALTY_PARTS.every((part) => a.includes(part) === b.includes(part));
}
