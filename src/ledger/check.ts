// Checking a ledger from outside, without zod: the rules of LedgerSchema, for
// ledger() and for every function that takes a ledger. A checked ledger is a
// frozen copy, remembered, so that it is checked once. Not exported from the package.

import { fail, isId, isObject, isText, notPlain, raise } from "../_lib/assert.js";
import { LookAlikes, lookAlike, visible } from "../_lib/forms.js";
import { keyText } from "../claim/indicator-key.js";
import type { FogcountErrorCode } from "../errors.js";
import { checkEstimate } from "../estimate/read.js";
import type { Estimate } from "../estimate/schema.js";
import { attributionProblem } from "../provenance/check.js";
import type { Attribution } from "../provenance/schema.js";
import { parsePeriod } from "../time/edtf.js";
import { copyAttribution, copyEstimate, own, storedText } from "./copy.js";
import { ENTRY, ESTIMATE, fieldProblem, LEDGER, PARTY, VALUATION, VALUE } from "./fields.js";
import type { Noun } from "./fields.js";
import type { Ledger, LedgerEntry, LedgerParty, LedgerValuation, LedgerValue } from "./schema.js";
import { isCurrencyCode, isLedgerCategory, LEDGER_EVIDENCE, LEDGER_STAGES, LEDGER_VALUE_BASES, NONE_OBSERVED, NOT_MONEY, UNKNOWN_CURRENCY } from "./vocabulary.js";

type Loose = Readonly<Record<string, unknown>>;

/** Where a ledger is checked, and what was read already (periods and attributions repeat across entries). @internal */
export interface Place {
  readonly where: string;
  readonly code: FogcountErrorCode;
  readonly periods: Map<string, string | undefined>;
  readonly attributions: Map<object, Attribution>;
  /** Texts as they are stored (see `storedText`): items, units and references repeat across entries. */
  readonly texts: Map<string, string>;
}

/** A place to check in, for the function `where`. @internal */
export function placeFor(where: string, code: FogcountErrorCode = "invalid-ledger"): Place {
  return { where, code, periods: new Map(), attributions: new Map(), texts: new Map() };
}

/** The ledgers this room built or checked: frozen, used as they are. @internal */
export const builtLedgers = /* @__PURE__ */ new WeakSet<object>();

function bad(place: Place, path: string, why: string, value: unknown): never {
  fail(place.where, path, why, value, place.code);
}

/** Refuses an object that is not plain data (see `notPlain`). */
function plain(place: Place, path: string, value: object): void {
  const why = notPlain(value);
  if (why !== undefined) bad(place, path, why, value);
}

/** Refuses a field the noun does not have, naming it and the field most likely meant: a misspelt field is never dropped. */
function onlyFields(place: Place, path: string, value: Loose, noun: Noun): void {
  const problem = fieldProblem(noun, value);
  if (problem !== undefined) bad(place, `${path}.${problem[0]}`, problem[1], own(value, problem[0]));
}

const isCode = (v: unknown): v is string => typeof v === "string" && /^[A-Z]{2}$/.test(v);
/** Whether a value is an id: non-empty text without whitespace that is not blank (see `isIdText`). @internal */
export { isId };

/** A party, checked and copied: its name trimmed and in Unicode normalization form C (see `keyText`), so that one name is one name however its accents are encoded. @internal */
export function checkParty(place: Place, path: string, value: unknown): LedgerParty {
  if (!isObject(value) || Array.isArray(value)) bad(place, path, "must be a party: { code, name }", value);
  plain(place, path, value);
  onlyFields(place, path, value, PARTY);
  const code = own(value, "code");
  const name = own(value, "name");
  if (!isCode(code)) bad(place, `${path}.code`, "must be an ISO 3166-1 alpha-2 code: two uppercase letters", code);
  if (!isText(name)) bad(place, `${path}.name`, "must be non-empty text", name);
  return Object.freeze({ code, name: keyText(name) });
}

/** Why the numbers of an estimate make none, where a reader would not see it at once: a number that is not finite, a range in reverse. */
function numbersProblem(e: Loose): string | undefined {
  for (const k of ["value", "low", "high", "best"]) {
    const n = own(e, k);
    if (n !== undefined && !(typeof n === "number" && Number.isFinite(n))) return `${k} must be a finite number`;
  }
  const [low, high] = [own(e, "low"), own(e, "high")] as number[];
  return own(e, "kind") === "range" && (low as number) > (high as number) ? "low must not exceed high (a range in reverse)" : undefined;
}

/** A quantity or value estimate: an estimate that allows no value below zero. */
function checkAmount(place: Place, path: string, value: unknown): Estimate {
  const noun = isObject(value) && !Array.isArray(value) ? ESTIMATE.get(own(value, "kind")) : undefined;
  if (noun !== undefined) {
    onlyFields(place, path, value as Loose, noun);
    const problem = numbersProblem(value as Loose);
    if (problem !== undefined) bad(place, path, `is not an estimate: ${problem}`, value);
  }
  const interval = checkEstimate(value as Estimate, place.where, path, place.code);
  if (interval.low < 0) bad(place, path, "must not allow a value below zero (a transfer is never negative)", value);
  return copyEstimate(value as Estimate, place.texts);
}

/** A value, checked and copied: its unit and reference trimmed and in normal form C. @internal */
export function checkValue(place: Place, path: string, value: unknown): LedgerValue {
  if (!isObject(value) || Array.isArray(value)) bad(place, path, "must be a value: { estimate, basis }", value);
  plain(place, path, value);
  onlyFields(place, path, value, VALUE);
  const basis = own(value, "basis");
  if (!(LEDGER_VALUE_BASES as readonly unknown[]).includes(basis)) bad(place, `${path}.basis`, `must be one of ${LEDGER_VALUE_BASES.join(", ")}`, basis);
  const estimate = checkAmount(place, `${path}.estimate`, own(value, "estimate"));
  const money = isCurrencyCode(estimate.unit) || estimate.unit === UNKNOWN_CURRENCY;
  if (basis === "index" && money) bad(place, `${path}.estimate.unit`, "must not be a currency code or \"unknown\": an index is not money", estimate.unit);
  if (basis !== "index" && !money) bad(place, `${path}.estimate.unit`, NOT_MONEY, estimate.unit);
  if (own(value, "reference") !== undefined && !isText(own(value, "reference"))) bad(place, `${path}.reference`, "must be non-empty text", own(value, "reference"));
  const reference = own(value, "reference");
  return Object.freeze(reference === undefined ? { estimate, basis } : { estimate, basis, reference: storedText(place.texts, reference as string) }) as LedgerValue;
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

const ENDS = "must be an ISO 3166-1 alpha-2 code: two uppercase letters";

/** `from` and `to`: codes of two different parties (of the ledger, where its codes are given). */
function checkEnds(place: Place, path: string, from: unknown, to: unknown, parties: readonly string[] | undefined): void {
  if (!isCode(from)) bad(place, `${path}.from`, ENDS, from);
  if (!isCode(to)) bad(place, `${path}.to`, ENDS, to);
  if (parties !== undefined && !(parties.includes(from) && parties.includes(to))) {
    const end = parties.includes(from) ? "to" : "from";
    bad(place, `${path}.${end}`, `must be one of the ledger's parties (${parties.join(", ")})`, end === "to" ? to : from);
  }
  if (from === to) bad(place, `${path}.to`, "must be the other party (an entry goes from one party to the other)", to);
}

/**
 * The fields entries and valuations share after their ends, checked, written into `out` in schema order:
 * the item trimmed and in normal form C, so that "Obús" is one item whether its accent is one character or two.
 */
function checkCommon(place: Place, path: string, value: Loose, out: Record<string, unknown>): void {
  const item = own(value, "item");
  if (!isText(item)) bad(place, `${path}.item`, "must be non-empty text", item);
  out["item"] = storedText(place.texts, item);
}

function checkTail(place: Place, path: string, value: Loose, out: Record<string, unknown>): void {
  out["period"] = checkPeriodText(place, `${path}.period`, own(value, "period"));
  out["attribution"] = checkAttribution(place, `${path}.attribution`, own(value, "attribution"));
  const claims = own(value, "claims");
  if (claims !== undefined) {
    if (!(Array.isArray(claims) && Array.from(claims).every(isId))) bad(place, `${path}.claims`, "must be a list of claim ids: non-empty text without whitespace", claims);
    out["claims"] = Object.freeze([...(claims as string[])]);
  }
  const text = own(value, "text");
  if (text !== undefined) {
    if (typeof text !== "string") bad(place, `${path}.text`, "must be text", text);
    out["text"] = text;
  }
}

const STAGES: readonly unknown[] = LEDGER_STAGES;
const EVIDENCE: readonly unknown[] = LEDGER_EVIDENCE;

/** The entries and valuations this room checked and copied: frozen, taken as they are into another ledger. @internal */
const builtItems = /* @__PURE__ */ new WeakSet<object>();

/** An entry, checked (against the ledger's party codes, where given), as a frozen copy. @internal */
export function checkEntry(place: Place, path: string, value: unknown, parties?: readonly string[]): LedgerEntry {
  if (!isObject(value) || Array.isArray(value)) bad(place, path, "must be a ledger entry object", value);
  plain(place, path, value);
  if (builtItems.has(value)) return reused(place, path, value, parties) as LedgerEntry;
  onlyFields(place, path, value, ENTRY);
  const id = own(value, "id");
  if (!isId(id)) bad(place, `${path}.id`, "must be non-empty text without whitespace", id);
  const [from, to, category, stage, evidence] = ["from", "to", "category", "stage", "evidence"].map((k) => own(value, k));
  checkEnds(place, path, from, to, parties);
  if (!isLedgerCategory(category)) bad(place, `${path}.category`, "must be one of LEDGER_CATEGORIES or namespace:name in lowercase", category);
  const out: Record<string, unknown> = { id, from, to, category };
  checkCommon(place, path, value, out);
  if (own(value, "quantity") !== undefined) out["quantity"] = checkAmount(place, `${path}.quantity`, own(value, "quantity"));
  if (own(value, "value") !== undefined) out["value"] = checkValue(place, `${path}.value`, own(value, "value"));
  if (!STAGES.includes(stage)) bad(place, `${path}.stage`, `must be one of ${LEDGER_STAGES.join(", ")}`, stage);
  if (!EVIDENCE.includes(evidence)) bad(place, `${path}.evidence`, `must be one of ${LEDGER_EVIDENCE.join(", ")}`, evidence);
  // "No indication of cash payments" worth $5 million contradicts itself.
  if (evidence === "none-observed") for (const key of ["quantity", "value"]) if (out[key] !== undefined) bad(place, `${path}.${key}`, NONE_OBSERVED, own(value, key));
  out["stage"] = stage;
  out["evidence"] = evidence;
  checkTail(place, path, value, out);
  return made(out) as LedgerEntry;
}

function made(out: object): object {
  Object.freeze(out);
  builtItems.add(out);
  return out;
}

/** An entry or valuation this room made, as it is: only its ends are checked against the ledger's parties. */
function reused(place: Place, path: string, value: Loose, parties: readonly string[] | undefined): Loose {
  if (own(value, "from") !== undefined) checkEnds(place, path, own(value, "from"), own(value, "to"), parties);
  return value;
}

/** A valuation, checked (against the ledger's party codes, where given), as a frozen copy. @internal */
export function checkValuation(place: Place, path: string, value: unknown, parties?: readonly string[]): LedgerValuation {
  if (!isObject(value) || Array.isArray(value)) bad(place, path, "must be a valuation object", value);
  plain(place, path, value);
  if (builtItems.has(value)) return reused(place, path, value, parties) as LedgerValuation;
  onlyFields(place, path, value, VALUATION);
  const id = own(value, "id");
  if (!isId(id)) bad(place, `${path}.id`, "must be non-empty text without whitespace", id);
  const [from, to] = [own(value, "from"), own(value, "to")];
  const out: Record<string, unknown> = { id };
  if ((from === undefined) !== (to === undefined)) bad(place, `${path}.${from === undefined ? "from" : "to"}`, "is missing: give both from and to, or neither (a valuation of what one party sent, or of the exchange)", undefined);
  if (from !== undefined || to !== undefined) {
    checkEnds(place, path, from, to, parties);
    out["from"] = from;
    out["to"] = to;
  }
  checkCommon(place, path, value, out);
  out["value"] = checkValue(place, `${path}.value`, own(value, "value"));
  checkTail(place, path, value, out);
  return made(out) as LedgerValuation;
}

function listOf(place: Place, path: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) bad(place, path, "must be an array", value);
  return value;
}

/**
 * The checked, frozen ledger of `parties`, `entries` and `valuations` (left
 * out: none). Throws `place.code` naming the first problem, and
 * `duplicate-entry-id` for an id used twice, or two ids that look alike (the same
 * text in another Unicode form, in compatibility characters or with invisible characters; see
 * `looks`). @internal
 */
export function buildLedger(place: Place, path: string, init: Loose): Ledger {
  onlyFields(place, path, init, LEDGER);
  const given = listOf(place, `${path}.parties`, own(init, "parties"));
  if (given.length !== 2) bad(place, `${path}.parties`, "must be two parties", given);
  const parties = [checkParty(place, `${path}.parties[0]`, given[0]), checkParty(place, `${path}.parties[1]`, given[1])] as const;
  const codes = parties.map((p) => p.code);
  if (codes[0] === codes[1]) bad(place, `${path}.parties[1].code`, "must differ from the other party's", codes[1]);
  const seen = new Map<string, string>();
  const lookAlikes = new LookAlikes<string>(); // ids that look alike are one id to a reader
  const read = <T extends { readonly id: string }>(name: string, list: readonly unknown[], check: (place: Place, path: string, value: unknown, parties: readonly string[]) => T): T[] => {
    const out: T[] = [];
    // An index loop: a hole in a sparse array is an entry that is not one, not an entry to skip.
    for (let i = 0; i < list.length; i++) {
      const at = `${path}.${name}[${i}]`;
      const item = check(place, at, list[i], codes);
      const before = seen.get(item.id);
      if (before !== undefined) fail(place.where, `${at}.id`, `repeats the id of ${before}`, item.id, "duplicate-entry-id");
      const alike = lookAlikes.met(item.id, at, (id) => seen.get(id));
      if (alike !== undefined) {
        const why = `${lookAlike(item.id, alike.text)}: ids are compared as written, but no reader could tell the two apart`;
        fail(place.where, `${at}.id`, `${visible(item.id)} is the id ${visible(alike.text)} of ${alike.at}, ${why}`, item.id, "duplicate-entry-id");
      }
      seen.set(item.id, at);
      out.push(item);
    }
    return out;
  };
  const entries = read<LedgerEntry>("entries", listOf(place, `${path}.entries`, own(init, "entries")), checkEntry);
  const valuations = read<LedgerValuation>("valuations", own(init, "valuations") === undefined ? [] : listOf(place, `${path}.valuations`, own(init, "valuations")), checkValuation);
  const ledger: Ledger = Object.freeze({ kind: "ledger", parties: Object.freeze(parties), entries: Object.freeze(entries), valuations: Object.freeze(valuations) }) as Ledger;
  builtLedgers.add(ledger);
  return ledger;
}

/** The ledger to read for `where`: one this room built, as it is, or any other value checked. @internal */
export function checkLedger(where: string, path: string, value: unknown): Ledger {
  if (isObject(value) && builtLedgers.has(value)) return value as Ledger;
  const place = placeFor(where);
  if (!isObject(value) || Array.isArray(value)) bad(place, path, "must be a ledger object", value);
  plain(place, path, value);
  if (own(value, "kind") !== "ledger") bad(place, `${path}.kind`, 'must be "ledger"', own(value, "kind"));
  return buildLedger(place, path, value);
}
