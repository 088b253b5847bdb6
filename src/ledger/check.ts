// Checking a ledger from outside, without zod: the rules of LedgerSchema, for
// ledger() and for every function that takes a ledger. A checked ledger is a
// frozen copy, remembered, so that it is checked once. Not exported from the package.

import { fail, isObject, isText, raise } from "../_lib/assert.js";
import type { FogcountErrorCode } from "../errors.js";
import { checkEstimate } from "../estimate/read.js";
import type { Estimate } from "../estimate/schema.js";
import { attributionProblem } from "../provenance/check.js";
import type { Attribution } from "../provenance/schema.js";
import { parsePeriod } from "../time/edtf.js";
import { copyAttribution, copyEstimate, pick } from "./copy.js";
import type { Ledger, LedgerEntry, LedgerParty, LedgerValuation, LedgerValue } from "./schema.js";
import { isCurrencyCode, isLedgerCategory, LEDGER_EVIDENCE, LEDGER_STAGES, LEDGER_VALUE_BASES, UNKNOWN_CURRENCY } from "./vocabulary.js";

type Loose = Readonly<Record<string, unknown>>;

/** Where a ledger is checked, and what was read already (periods and attributions repeat across entries). @internal */
export interface Place {
  readonly where: string;
  readonly code: FogcountErrorCode;
  readonly periods: Map<string, string | undefined>;
  readonly attributions: Map<object, Attribution>;
}

/** A place to check in, for the function `where`. @internal */
export function placeFor(where: string, code: FogcountErrorCode = "invalid-ledger"): Place {
  return { where, code, periods: new Map(), attributions: new Map() };
}

/** The ledgers this room built or checked: frozen, used as they are. @internal */
export const builtLedgers = /* @__PURE__ */ new WeakSet<object>();

function bad(place: Place, path: string, why: string, value: unknown): never {
  fail(place.where, path, why, value, place.code);
}

const isCode = (v: unknown): v is string => typeof v === "string" && /^[A-Z]{2}$/.test(v);
const isId = (v: unknown): v is string => typeof v === "string" && /^\S+$/.test(v);

/** A party, checked and copied. @internal */
export function checkParty(place: Place, path: string, value: unknown): LedgerParty {
  if (!isObject(value) || Array.isArray(value)) bad(place, path, "must be a party: { code, name }", value);
  if (!isCode(value["code"])) bad(place, `${path}.code`, "must be an ISO 3166-1 alpha-2 code: two uppercase letters", value["code"]);
  if (!isText(value["name"])) bad(place, `${path}.name`, "must be non-empty text", value["name"]);
  return Object.freeze({ code: value["code"], name: value["name"].trim() });
}

/** A quantity or value estimate: an estimate that allows no value below zero. */
function checkAmount(place: Place, path: string, value: unknown): Estimate {
  const interval = checkEstimate(value as Estimate, place.where, path, place.code);
  if (interval.low < 0) bad(place, path, "must not allow a value below zero (a transfer is never negative)", value);
  return copyEstimate(value as Estimate);
}

/** A value, checked and copied. @internal */
export function checkValue(place: Place, path: string, value: unknown): LedgerValue {
  if (!isObject(value) || Array.isArray(value)) bad(place, path, "must be a value: { estimate, basis }", value);
  const basis = value["basis"];
  if (!(LEDGER_VALUE_BASES as readonly unknown[]).includes(basis)) bad(place, `${path}.basis`, `must be one of ${LEDGER_VALUE_BASES.join(", ")}`, basis);
  const estimate = checkAmount(place, `${path}.estimate`, value["estimate"]);
  const money = isCurrencyCode(estimate.unit) || estimate.unit === UNKNOWN_CURRENCY;
  if (basis === "index" && money) bad(place, `${path}.estimate.unit`, "must not be a currency code or \"unknown\": an index is not money", estimate.unit);
  if (basis !== "index" && !money) bad(place, `${path}.estimate.unit`, 'must be an ISO 4217 currency code, or "unknown" where the source names none', estimate.unit);
  if (value["reference"] !== undefined && !isText(value["reference"])) bad(place, `${path}.reference`, "must be non-empty text", value["reference"]);
  return pick({ estimate, basis, reference: (value["reference"] as string | undefined)?.trim() }, ["estimate", "basis", "reference"]);
}

/** An EDTF string, checked (each string once per place). @internal */
export function checkPeriodText(place: Place, path: string, value: unknown): string {
  if (typeof value !== "string") bad(place, path, "must be an EDTF date or interval", value);
  let problem = place.periods.get(value);
  if (!place.periods.has(value)) {
    const read = parsePeriod(value);
    problem = read.ok ? undefined : read.reason;
    place.periods.set(value, problem);
  }
  if (problem !== undefined) bad(place, path, `must be an EDTF date or interval (${problem})`, value);
  return value;
}

function checkAttribution(place: Place, path: string, value: unknown): Attribution {
  const known = isObject(value) ? place.attributions.get(value) : undefined;
  if (known !== undefined) return known;
  raise(place.where, path, attributionProblem(value), place.code);
  const copy = copyAttribution(value as Attribution);
  place.attributions.set(value as object, copy);
  return copy;
}

/** The fields entries and valuations share, checked and copied. */
function checkCommon(place: Place, path: string, value: Loose, parties: readonly string[] | undefined, optionalEnds: boolean): Record<string, unknown> {
  if (!isId(value["id"])) bad(place, `${path}.id`, "must be non-empty text without whitespace", value["id"]);
  const ends = [value["from"], value["to"]];
  if (!(optionalEnds && ends[0] === undefined && ends[1] === undefined)) {
    ends.forEach((end, k) => {
      const at = `${path}.${k === 0 ? "from" : "to"}`;
      if (!isCode(end)) bad(place, at, "must be an ISO 3166-1 alpha-2 code: two uppercase letters", end);
      if (parties !== undefined && !parties.includes(end)) bad(place, at, `must be one of the ledger's parties (${parties.join(", ")})`, end);
    });
    if (ends[0] === ends[1]) bad(place, `${path}.to`, "must be the other party (an entry goes from one party to the other)", ends[1]);
  }
  if (!isText(value["item"])) bad(place, `${path}.item`, "must be non-empty text", value["item"]);
  const claims = value["claims"];
  if (claims !== undefined && !(Array.isArray(claims) && Array.from(claims).every(isId))) {
    bad(place, `${path}.claims`, "must be a list of claim ids: non-empty text without whitespace", claims);
  }
  if (value["text"] !== undefined && typeof value["text"] !== "string") bad(place, `${path}.text`, "must be text", value["text"]);
  return {
    ...value,
    item: value["item"].trim(),
    period: checkPeriodText(place, `${path}.period`, value["period"]),
    attribution: checkAttribution(place, `${path}.attribution`, value["attribution"]),
    claims: claims === undefined ? undefined : Object.freeze([...(claims as string[])]),
  };
}

const ENTRY_KEYS = ["id", "from", "to", "category", "item", "quantity", "value", "stage", "evidence", "period", "attribution", "claims", "text"];
const VALUATION_KEYS = ["id", "from", "to", "item", "value", "period", "attribution", "claims", "text"];

/** An entry, checked (against the ledger's party codes, where given), as a frozen copy. @internal */
export function checkEntry(place: Place, path: string, value: unknown, parties?: readonly string[]): LedgerEntry {
  if (!isObject(value) || Array.isArray(value)) bad(place, path, "must be a ledger entry object", value);
  const out = checkCommon(place, path, value, parties, false);
  if (!isLedgerCategory(value["category"])) bad(place, `${path}.category`, "must be one of LEDGER_CATEGORIES or namespace:name in lowercase", value["category"]);
  for (const [key, list] of [["stage", LEDGER_STAGES], ["evidence", LEDGER_EVIDENCE]] as const) {
    if (!(list as readonly unknown[]).includes(value[key])) bad(place, `${path}.${key}`, `must be one of ${list.join(", ")}`, value[key]);
  }
  if (value["quantity"] !== undefined) out["quantity"] = checkAmount(place, `${path}.quantity`, value["quantity"]);
  if (value["value"] !== undefined) out["value"] = checkValue(place, `${path}.value`, value["value"]);
  return pick(out, ENTRY_KEYS);
}

/** A valuation, checked (against the ledger's party codes, where given), as a frozen copy. @internal */
export function checkValuation(place: Place, path: string, value: unknown, parties?: readonly string[]): LedgerValuation {
  if (!isObject(value) || Array.isArray(value)) bad(place, path, "must be a valuation object", value);
  const out = checkCommon(place, path, value, parties, true);
  out["value"] = checkValue(place, `${path}.value`, value["value"]);
  return pick(out, VALUATION_KEYS);
}

function listOf(place: Place, path: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) bad(place, path, "must be an array", value);
  return value;
}

/**
 * The checked, frozen ledger of `parties`, `entries` and `valuations` (left
 * out: none). Throws `place.code` naming the first problem, and
 * `duplicate-entry-id` for an id used twice. @internal
 */
export function buildLedger(place: Place, path: string, init: Loose): Ledger {
  const given = listOf(place, `${path}.parties`, init["parties"]);
  if (given.length !== 2) bad(place, `${path}.parties`, "must be two parties", given);
  const parties = [checkParty(place, `${path}.parties[0]`, given[0]), checkParty(place, `${path}.parties[1]`, given[1])] as const;
  const codes = parties.map((p) => p.code);
  if (codes[0] === codes[1]) bad(place, `${path}.parties[1].code`, "must differ from the other party's", codes[1]);
  const seen = new Map<string, string>();
  const read = <T extends { readonly id: string }>(name: string, list: readonly unknown[], check: (place: Place, path: string, value: unknown, parties: readonly string[]) => T): T[] => {
    const out: T[] = [];
    // An index loop: a hole in a sparse array is an entry that is not one, not an entry to skip.
    for (let i = 0; i < list.length; i++) {
      const at = `${path}.${name}[${i}]`;
      const item = check(place, at, list[i], codes);
      const before = seen.get(item.id);
      if (before !== undefined) fail(place.where, `${at}.id`, `repeats the id of ${before}`, item.id, "duplicate-entry-id");
      seen.set(item.id, at);
      out.push(item);
    }
    return out;
  };
  const entries = read<LedgerEntry>("entries", listOf(place, `${path}.entries`, init["entries"]), checkEntry);
  const valuations = read<LedgerValuation>("valuations", init["valuations"] === undefined ? [] : listOf(place, `${path}.valuations`, init["valuations"]), checkValuation);
  const ledger: Ledger = Object.freeze({ kind: "ledger", parties: Object.freeze(parties), entries: Object.freeze(entries), valuations: Object.freeze(valuations) }) as Ledger;
  builtLedgers.add(ledger);
  return ledger;
}

/** The ledger to read for `where`: one this room built, as it is, or any other value checked. @internal */
export function checkLedger(where: string, path: string, value: unknown): Ledger {
  if (isObject(value) && builtLedgers.has(value)) return value as Ledger;
  const place = placeFor(where);
  if (!isObject(value) || Array.isArray(value)) bad(place, path, "must be a ledger object", value);
  if (value["kind"] !== "ledger") bad(place, `${path}.kind`, 'must be "ledger"', value["kind"]);
  return buildLedger(place, path, value);
}
