// The words of a ledger: categories, stages, evidence and how a value was
// reached. Plain lists, so that a check does not bundle a table of descriptions.

import { MEASURE_NAME_PATTERN, MEASURE_NAMESPACE_PATTERN } from "../claim/measures.js";
import { isCurrencyCode } from "../_lib/currencies.js";

export { isCurrencyCode };

/**
 * The categories of what one party sends another. Any other category is
 * namespaced, `namespace:name` in lowercase (`"sipri:satellite"`), as measures are.
 *
 * @category Ledger
 * @example
 * LEDGER_CATEGORIES.includes("labor");
 * //=> true
 */
export const LEDGER_CATEGORIES = /* @__PURE__ */ Object.freeze([
  "personnel",
  "labor",
  "munitions",
  "weapon-systems",
  "technology",
  "equipment",
  "energy",
  "food",
  "cash",
  "services",
] as const);

/** A category from {@link LEDGER_CATEGORIES}. */
export type StandardLedgerCategory = (typeof LEDGER_CATEGORIES)[number];

/** A category: one of {@link LEDGER_CATEGORIES}, or `namespace:name`. */
export type LedgerCategory = StandardLedgerCategory | `${string}:${string}`;

/**
 * How far a transfer has gone: `announced` (said it will happen),
 * `committed` (agreed), `ordered` (a contract), `delivered`, `in-use` (seen
 * in use by the receiving party). Totals never add one stage to another: a
 * delivery is part of an order, not more of it.
 *
 * @category Ledger
 * @example
 * LEDGER_STAGES;
 * //=> ["announced", "committed", "ordered", "delivered", "in-use"]
 */
export const LEDGER_STAGES = /* @__PURE__ */ Object.freeze(["announced", "committed", "ordered", "delivered", "in-use"] as const);

/** A stage from {@link LEDGER_STAGES}. */
export type LedgerStage = (typeof LEDGER_STAGES)[number];

/**
 * What the source has for a transfer: `confirmed`, `reported`, `alleged`,
 * or `none-observed`: the source looked and saw no sign of it ("no
 * indication of cash payments"). A none-observed entry is absence as data:
 * never a zero, never in a total, listed apart, and it has neither a quantity
 * nor a value ("no sign of cash payments worth $5 million" contradicts itself).
 *
 * @category Ledger
 * @example
 * LEDGER_EVIDENCE;
 * //=> ["confirmed", "reported", "alleged", "none-observed"]
 */
export const LEDGER_EVIDENCE = /* @__PURE__ */ Object.freeze(["confirmed", "reported", "alleged", "none-observed"] as const);

/** An evidence level from {@link LEDGER_EVIDENCE}. */
export type LedgerEvidence = (typeof LEDGER_EVIDENCE)[number];

/**
 * How a value was reached: `stated` (the source gave it, in money),
 * `price-list` (money from a price list: unit prices times quantities), or
 * `index` (a volume index that is not money, such as the SIPRI trend-indicator
 * value, TIV). Money is in an ISO 4217 currency code (`"USD"`), or `"unknown"`
 * when the source names no currency; an index is in its own unit
 * (`"SIPRI-TIV-million"`) and never adds up with money.
 *
 * @category Ledger
 * @example
 * LEDGER_VALUE_BASES;
 * //=> ["stated", "price-list", "index"]
 */
export const LEDGER_VALUE_BASES = /* @__PURE__ */ Object.freeze(["stated", "price-list", "index"] as const);

/** A value basis from {@link LEDGER_VALUE_BASES}. */
export type LedgerValueBasis = (typeof LEDGER_VALUE_BASES)[number];

/** The unit of money whose currency the source does not name: never summed with any currency. @internal */
export const UNKNOWN_CURRENCY = "unknown";

/** What a check says of a quantity or value of an entry with the evidence none-observed. @internal */
export const NONE_OBSERVED = "must be left out of an entry with evidence none-observed: the source saw no sign of the transfer, so it has no quantity or value (not even zero)";

/** What a check says of a unit that is not money. @internal */
export const NOT_MONEY = 'must be an ISO 4217 currency code, current (list one of 2026-01-01) or withdrawn (list three), or "unknown" where the source names none';

/** Whether `value` is a category: standard or `namespace:name`. @internal */
export function isLedgerCategory(value: unknown): value is LedgerCategory {
  if (typeof value !== "string") return false;
  if ((LEDGER_CATEGORIES as readonly string[]).includes(value)) return true;
  const colon = value.indexOf(":");
  return colon > 0 && MEASURE_NAMESPACE_PATTERN.test(value.slice(0, colon)) && MEASURE_NAME_PATTERN.test(value.slice(colon + 1));
}
