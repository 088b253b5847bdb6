// The fields of the nouns of a ledger, and what a check or a schema says of
// one that is not among them. Plain lists, shared by the checks (without zod)
// and the zod schemas, so that both refuse the same fields in the same words.
// Not exported from the package.

import { extraField, notAField } from "../_lib/fields.js";

/** A noun of the ledger room: its fields, how a message names it, and hints for words people write for a field. @internal */
export interface Noun {
  readonly fields: readonly string[];
  readonly what: string;
  readonly hints?: ReadonlyMap<string, string>;
}

const TAIL = ["period", "attribution", "claims", "text"];
const MEANT = (field: string): string => `did you mean ${field}?`;

/** @internal */
export const PARTY: Noun = { fields: ["code", "name"], what: "a party" };

/** @internal */
export const VALUE: Noun = {
  fields: ["estimate", "basis", "reference"],
  what: "a value",
  hints: /* @__PURE__ */ new Map([
    ["currency", "the currency is estimate.unit"],
    ["amount", MEANT("estimate")],
  ]),
};

const ITEM_HINTS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ["valuation", MEANT("value")],
  ["currency", "the currency is value.estimate.unit"],
  ["amount", MEANT("quantity")],
  ["count", MEANT("quantity")],
  ["number", MEANT("quantity")],
  ["date", MEANT("period")],
  ["source", MEANT("attribution")],
]);

/** @internal */
export const ENTRY: Noun = { fields: ["id", "from", "to", "category", "item", "quantity", "value", "stage", "evidence", ...TAIL], what: "a ledger entry", hints: ITEM_HINTS };

/** @internal */
export const VALUATION: Noun = { fields: ["id", "from", "to", "item", "value", ...TAIL], what: "a valuation", hints: ITEM_HINTS };

const FIGURE = ["unit", "text", "best"];
const BOUND = ["kind", "value", "strict", "approx", "hedge", ...FIGURE];

/** The fields of each kind of estimate, as `EstimateSchema` names them: a ledger refuses any other (`aprox`, `stict`) rather than drop it. @internal */
export const ESTIMATE: ReadonlyMap<unknown, Noun> = /* @__PURE__ */ new Map([
  ["exact", { fields: ["kind", "value", ...FIGURE], what: "an exact estimate" }],
  ["approx", { fields: ["kind", "value", "hedge", ...FIGURE], what: "an approx estimate" }],
  ["range", { fields: ["kind", "low", "high", "approx", "hedge", ...FIGURE], what: "a range estimate" }],
  ["atLeast", { fields: BOUND, what: "an atLeast estimate" }],
  ["atMost", { fields: BOUND, what: "an atMost estimate" }],
  ["magnitude", { fields: ["kind", "order", ...FIGURE], what: "a magnitude estimate" }],
]);

/** @internal */
export const LEDGER: Noun = { fields: ["kind", "parties", "entries", "valuations"], what: "a ledger" };

/**
 * The nouns of a ledger summary, as `summarizeLedger` writes them: a summary
 * read back from JSON with any other field (a misspelling, another program's
 * field) is refused, not read without it. @internal
 */
export const SUMMARY: Noun = { fields: ["kind", "parties", "hedge", "groups", "noneObserved", "valuations", "ids"], what: "a ledger summary" };

/** @internal */
export const SUMMARY_GROUP: Noun = { fields: ["from", "to", "category", "stage", "evidence", "entries", "quantities", "money", "indices", "unknown"], what: "a summary group" };

/** @internal */
export const SUMMED: Noun = { fields: ["unit", "entries", "low", "high", "unbounded", "lowOpen", "highOpen", "best", "withoutBest", "approx"], what: "a sum" };

/** @internal */
export const UNKNOWN_COUNTS: Noun = { fields: ["quantity", "value", "currency"], what: "the unknown counts of a summary group" };

/** @internal */
export const NONE_OBSERVED_LINE: Noun = { fields: ["id", "from", "to", "category", "item", "stage", "period"], what: "a none-observed line" };

/** @internal */
export const VALUATION_LINE: Noun = { fields: ["id", "item", "from", "to", "value", "period"], what: "a valuation line" };

/** The first field of `value` that is not one of the noun's, and why, as `[field, why]`; undefined for none. @internal */
export function fieldProblem(noun: Noun, value: object): readonly [string, string] | undefined {
  const key = extraField(value, noun.fields);
  return key === undefined ? undefined : [key, notAField(key, noun.fields, noun.what, noun.hints)];
}

/** What a zod schema says of the first unknown key: the same words as the checks. @internal */
export function unknownKeys(noun: Noun) {
  return (issue: { readonly code?: string; readonly keys?: readonly string[] }): string | undefined => {
    const key = issue.code === "unrecognized_keys" ? issue.keys?.[0] : undefined;
    return key === undefined ? undefined : `${key} ${notAField(key, noun.fields, noun.what, noun.hints)}`;
  };
}
