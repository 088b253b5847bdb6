import { fail } from "../../_lib/assert.js";
import { guarded } from "../../_lib/guard.js";
import type { Estimate } from "../../estimate/schema.js";
import { checkEntry, placeFor } from "../../ledger/check.js";
import type { LedgerEntry, LedgerValue } from "../../ledger/schema.js";
import { isCurrencyCode, isLedgerCategory, LEDGER_EVIDENCE, LEDGER_STAGES, LEDGER_VALUE_BASES, UNKNOWN_CURRENCY } from "../../ledger/vocabulary.js";
import type { LedgerCategory, LedgerEvidence, LedgerStage, LedgerValueBasis } from "../../ledger/vocabulary.js";
import type { Source } from "../../provenance/schema.js";
import { optionsOf } from "../../_lib/assert.js";
import { countryArg, estimateArg, idArg, idsArg, missing, slug, sourceArg, textArg, timeArg, wordArg } from "./common.js";

/** How a value was reached, for {@link LedgerEntryBuilder.worth}. */
export interface WorthOptions {
  /** `"stated"` for money (by default, for a currency or `"unknown"`), `"price-list"`, or `"index"` (by default for any other unit, such as `"SIPRI-TIV-million"`). */
  readonly basis?: LedgerValueBasis;
  /** Which price list or index: `"SIPRI TIV"`. */
  readonly reference?: string;
}

/**
 * A ledger entry in the making: each method returns a new builder with one
 * more part, and `build()` returns the entry, checked. An estimate or source
 * given is kept as a deep frozen copy: editing it afterwards changes neither
 * the builder nor the entries it builds.
 */
export interface LedgerEntryBuilder {
  /** The entry's id; by default the two countries and the item's words: `"ru-kp-air-defence-missiles"`. */
  withId(id: string): LedgerEntryBuilder;
  /** The party that sends, ISO 3166-1 alpha-2. */
  from(country: string): LedgerEntryBuilder;
  /** The party that receives, ISO 3166-1 alpha-2. */
  to(country: string): LedgerEntryBuilder;
  /** What was sent, as the source says it, and its category. */
  sending(item: string, category: LedgerCategory): LedgerEntryBuilder;
  /** How many, as stated. */
  quantity(estimate: Estimate): LedgerEntryBuilder;
  /** What it was worth, and how that was reached. */
  worth(estimate: Estimate, options?: WorthOptions): LedgerEntryBuilder;
  /** How far the transfer went: `"delivered"` by default. */
  atStage(stage: LedgerStage): LedgerEntryBuilder;
  /** What the source has for it: `"reported"` by default. */
  withEvidence(evidence: LedgerEvidence): LedgerEntryBuilder;
  /** The source looked and saw no sign of it: evidence `"none-observed"`. */
  noneObserved(): LedgerEntryBuilder;
  /** When, as EDTF. */
  during(period: string): LedgerEntryBuilder;
  /** Who says so: a source, or a name. */
  by(originator: Source | string): LedgerEntryBuilder;
  /** The ids of the claims the entry rests on. */
  restingOn(...claimIds: string[]): LedgerEntryBuilder;
  /** The sentence as the source wrote it. */
  quoting(text: string): LedgerEntryBuilder;
  /** The entry, checked as `ledgerEntry()` checks one. */
  build(): LedgerEntry;
}

interface State {
  readonly id?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly item?: string | undefined;
  readonly category?: LedgerCategory | undefined;
  readonly quantity?: Estimate | undefined;
  readonly value?: LedgerValue | undefined;
  readonly stage: LedgerStage;
  readonly evidence: LedgerEvidence;
  readonly period?: string | undefined;
  readonly originator?: Source | undefined;
  readonly claims?: readonly string[] | undefined;
  readonly text?: string | undefined;
}

function valueOf(where: string, estimate: unknown, options: WorthOptions | undefined): LedgerValue {
  const e = estimateArg(where, "estimate", estimate);
  const o = optionsOf(where, options, "options", ["basis", "reference"]);
  const money = isCurrencyCode(e.unit) || e.unit === UNKNOWN_CURRENCY;
  const basis = o.basis === undefined ? (money ? "stated" : "index") : wordArg(where, "options.basis", o.basis, LEDGER_VALUE_BASES);
  return { estimate: e, basis, ...(o.reference !== undefined && { reference: textArg(where, "options.reference", o.reference) }) };
}

function build(s: State): LedgerEntry {
  const where = "aLedgerEntry.build";
  if (s.from === undefined) missing(where, "from", ".from(country)", "invalid-ledger");
  if (s.to === undefined) missing(where, "to", ".to(country)", "invalid-ledger");
  if (s.item === undefined || s.category === undefined) missing(where, "item", ".sending(item, category)", "invalid-ledger");
  if (s.period === undefined) missing(where, "period", ".during(period)", "invalid-ledger");
  if (s.originator === undefined) missing(where, "attribution.originator", ".by(source)", "invalid-ledger");
  const entry = {
    id: s.id ?? `${s.from.toLowerCase()}-${s.to.toLowerCase()}-${slug(s.item)}`,
    from: s.from,
    to: s.to,
    category: s.category,
    item: s.item,
    ...(s.quantity !== undefined && { quantity: s.quantity }),
    ...(s.value !== undefined && { value: s.value }),
    stage: s.stage,
    evidence: s.evidence,
    period: s.period,
    attribution: { originator: s.originator },
    ...(s.claims !== undefined && { claims: [...s.claims] }),
    ...(s.text !== undefined && { text: s.text }),
  };
  return checkEntry(placeFor(where), "entry", entry);
}

function builder(s: State): LedgerEntryBuilder {
  const next = (patch: Partial<State>): LedgerEntryBuilder => builder({ ...s, ...patch });
  const method = <A extends Record<string, unknown>>(name: string, args: A, body: (where: string) => Partial<State>): LedgerEntryBuilder =>
    next(guarded(`aLedgerEntry.${name}`, args, () => body(`aLedgerEntry.${name}`)));
  return Object.freeze({
    withId: (id: string) => method("withId", { id }, (w) => ({ id: idArg(w, "id", id) })),
    from: (country: string) => method("from", { country }, (w) => ({ from: countryArg(w, "country", country) })),
    to: (country: string) => method("to", { country }, (w) => ({ to: countryArg(w, "country", country) })),
    sending: (item: string, category: LedgerCategory) =>
      method("sending", { item, category }, (w) => {
        if (!isLedgerCategory(category)) fail(w, "category", "must be one of LEDGER_CATEGORIES or namespace:name in lowercase", category);
        return { item: textArg(w, "item", item), category };
      }),
    quantity: (estimate: Estimate) => method("quantity", { estimate }, (w) => ({ quantity: estimateArg(w, "estimate", estimate) })),
    worth: (estimate: Estimate, options?: WorthOptions) => method("worth", { estimate, options }, (w) => ({ value: valueOf(w, estimate, options) })),
    atStage: (stage: LedgerStage) => method("atStage", { stage }, (w) => ({ stage: wordArg(w, "stage", stage, LEDGER_STAGES) })),
    withEvidence: (evidence: LedgerEvidence) => method("withEvidence", { evidence }, (w) => ({ evidence: wordArg(w, "evidence", evidence, LEDGER_EVIDENCE) })),
    noneObserved: () => next({ evidence: "none-observed" }),
    during: (period: string) => method("during", { period }, (w) => ({ period: timeArg(w, "period", period) })),
    by: (originator: Source | string) => method("by", { originator }, (w) => ({ originator: sourceArg(w, "originator", originator) })),
    restingOn: (...claimIds: string[]) => method("restingOn", { claimIds }, (w) => ({ claims: idsArg(w, "claimIds", claimIds) })),
    quoting: (text: string) => method("quoting", { text }, (w) => ({ text: textArg(w, "text", text) })),
    build: () => guarded("aLedgerEntry.build", {}, () => build(s)),
  });
}

/**
 * A builder of ledger entries that reads as a sentence:
 * `aLedgerEntry().from("RU").to("KP").sending("air-defence missiles", "weapon-systems").during("../2025-04-30").by("NIS").build()`.
 * Left out, the stage is `"delivered"`, the evidence `"reported"`, and the
 * id made of the countries and the item. `build()` checks the entry as
 * `ledgerEntry()` does (and returns it frozen), naming the builder and the field.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-argument` for an `id` that is not an id, and from each method for an argument that is not what it takes (naming `aLedgerEntry.<method>` and the argument); `invalid-option` for `worth` options that are not an object or hold a name it does not take; from `build()`: `invalid-ledger` for a missing party, item, period or originator, or an entry `ledgerEntry()` refuses (one party twice, money in a unit that is not a currency, an index in one that is).
 * @example
 * aLedgerEntry().from("RU").to("KP").sending("cash payments", "cash").noneObserved().during("../2025-04-30").by("NIS").build().evidence;
 * //=> "none-observed"
 */
export function aLedgerEntry(id?: string): LedgerEntryBuilder {
  return guarded("aLedgerEntry", { id }, () => builder({ ...(id !== undefined && { id: idArg("aLedgerEntry", "id", id) }), stage: "delivered", evidence: "reported" }));
}
