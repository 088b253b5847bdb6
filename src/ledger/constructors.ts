import { rethrow } from "../_lib/guard.js";
import { fail, isObject, show } from "../_lib/assert.js";
import { buildLedger, checkEntry, checkParty, checkValuation, placeFor } from "./check.js";
import type { Ledger, LedgerEntry, LedgerInput, LedgerParty, LedgerValuation } from "./schema.js";

/** What {@link ledger} accepts: parties, entries and valuations (left out: none); `kind` may be left out. */
export interface LedgerInit {
  readonly kind?: "ledger";
  readonly parties: readonly [LedgerParty, LedgerParty];
  readonly entries: readonly LedgerInput["entries"][number][];
  readonly valuations?: readonly NonNullable<LedgerInput["valuations"]>[number][];
}

/**
 * A party of a ledger, checked: an ISO 3166-1 alpha-2 country code (two
 * uppercase letters, such as `"KP"`) and the name reporting uses, trimmed
 * and in Unicode normalization form C.
 *
 * @category Ledger
 * @throws {FogcountError} `invalid-ledger` for a code that is not two uppercase letters or a name that is not non-empty text.
 * @example
 * ledgerParty("KP", "North Korea");
 * //=> { code: "KP", name: "North Korea" }
 */
export function ledgerParty(code: string, name: string): LedgerParty {
  try {
    return checkParty(placeFor("ledgerParty"), "party", { code, name });
  } catch (error) {
    rethrow("ledgerParty", { code, name }, error);
  }
}

const whereFor = (fn: string, init: unknown): string => {
  const id = isObject(init) ? init["id"] : undefined;
  return typeof id === "string" ? `${fn} ${show(id)}` : fn;
};

/**
 * A ledger entry, checked by the rules of `LedgerEntrySchema` (without
 * loading zod) and returned as a frozen copy. A field the schema does not
 * name is refused, with the field most likely meant (`quantty`: did you mean
 * quantity?), never dropped. Its item, its units and its value's reference
 * are stored trimmed and in Unicode normalization form C, as the schema reads
 * them, so that an accent written as one character or as a letter and a
 * combining mark is one item and one unit. Its parties are checked against a
 * ledger's when it is put in one.
 *
 * @category Ledger
 * @throws {FogcountError} `invalid-ledger` for a value that is not an entry object, a field `LedgerEntrySchema` does not name (`quantty`, named with the field meant), a field the kind of a quantity's or value's estimate does not have (`aprox`, `stict`, named with the field meant), an empty or spaced id, a `from` or `to` that is not an ISO 3166-1 alpha-2 code (or the same party twice), an unknown category, stage or evidence level, an empty item, a quantity or value that is not an estimate or allows a value below zero, a quantity or value on an entry with the evidence none-observed, a value with an unknown basis, money in a unit that is not an ISO 4217 code (current, list one of 2026-01-01, or withdrawn, list three) or `"unknown"`, an index in one that is, a period that is not EDTF, an attribution that is not one, claim links that are not ids, or a text that is not text.
 * @example
 * ledgerEntry({
 *   id: "kp-ru-laborers",
 *   from: "KP",
 *   to: "RU",
 *   category: "labor",
 *   item: "laborers",
 *   quantity: approx(15_000, "person", { hedge: "around" }),
 *   stage: "delivered",
 *   evidence: "reported",
 *   period: "../2025-04-30",
 *   attribution: { originator: nis },
 * }).quantity;
 * //=> { kind: "approx", value: 15000, hedge: "around", unit: "person" }
 */
export function ledgerEntry(init: LedgerEntry): LedgerEntry {
  try {
    return checkEntry(placeFor(whereFor("ledgerEntry", init)), "entry", init);
  } catch (error) {
    rethrow("ledgerEntry", { init }, error);
  }
}

/**
 * A valuation of more than one entry, checked by the rules of
 * `LedgerValuationSchema` and returned as a frozen copy: "the value of
 * military supplies exchanged is estimated in the billions". With `from` and
 * `to` it values what one party sent; without, the exchange as a whole.
 *
 * @category Ledger
 * @throws {FogcountError} `invalid-ledger` for a value that is not a valuation object, a field `LedgerValuationSchema` does not name, an empty or spaced id, only one of `from` and `to` (or the same party twice), an empty item, a value that is not one (see {@link ledgerEntry}), a period that is not EDTF, an attribution that is not one, claim links that are not ids, or a text that is not text.
 * @example
 * ledgerValuation({
 *   id: "kp-ru-exchange-value",
 *   item: "military supplies exchanged",
 *   value: { estimate: magnitude("billions", "unknown"), basis: "stated" },
 *   period: "../2025-04-30",
 *   attribution: { originator: nis },
 * }).value.estimate;
 * //=> { kind: "magnitude", order: "billions", unit: "unknown" }
 */
export function ledgerValuation(init: LedgerValuation): LedgerValuation {
  try {
    return checkValuation(placeFor(whereFor("ledgerValuation", init)), "valuation", init);
  } catch (error) {
    rethrow("ledgerValuation", { init }, error);
  }
}

/**
 * A ledger: two parties and what each sent the other, checked in full and
 * returned frozen, with every entry and valuation a frozen copy; the other
 * functions of this room read a ledger built here without checking it again.
 * Ids are unique across entries and valuations; every entry goes from one
 * party to the other. Items, units, value references and party names are
 * stored trimmed and in Unicode normalization form C (see {@link ledgerEntry}),
 * so that a summary or a balance has one line for one unit and a merge finds
 * one item however its accents are encoded. A ledger read from JSON is checked by every function
 * that takes it; pass it through `ledger()` once to check it once.
 *
 * @category Ledger
 * @throws {FogcountError} `invalid-ledger` for a value that is not a ledger init object, a field a ledger (or one of its parties, entries, valuations or values) does not have, a `kind` other than `"ledger"`, parties that are not two different parties, an entry or valuation that is not one (named by its place, as `ledger.entries[3].value.basis`), or an entry whose `from` or `to` is not one of the parties; `duplicate-entry-id` for an id used twice, or two ids that look alike (the same text in another Unicode form, in compatibility characters or with invisible characters).
 * @example
 * const l = ledger({ parties: [ledgerParty("KP", "North Korea"), ledgerParty("RU", "Russia")], entries: [] });
 * l.kind;
 * //=> "ledger"
 * l.valuations;
 * //=> []
 */
export function ledger(init: LedgerInit): Ledger {
  try {
    const where = "ledger";
    const place = placeFor(where);
    if (!isObject(init) || Array.isArray(init)) fail(where, "init", "must be an object: { parties, entries, valuations? }", init, "invalid-ledger");
    if (init["kind"] !== undefined && init["kind"] !== "ledger") fail(where, "init.kind", 'must be "ledger" or left out', init["kind"], "invalid-ledger");
    return buildLedger(place, "init", init);
  } catch (error) {
    rethrow("ledger", { init }, error);
  }
}
